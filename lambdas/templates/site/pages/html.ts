/**
 * HTML as escaped strings. Every interpolated value is escaped unless it is already `Html`
 * (the output of `html` or `attributes`), so a name or a complaint typed with `<script>`
 * in it is shown as text, and no page needs a template engine.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation = Html | string | number | false | null | undefined | readonly Interpolation[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function render(value: Interpolation): string {
  if (value === false || value === null || value === undefined) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(out);
}

export type AttributeValue = string | number | boolean | null | undefined;

/** ` name="value"` pairs; `true` gives a bare attribute, `false`/empty/undefined none. */
export function attributes(values: Record<string, AttributeValue>): Html {
  return new Html(
    Object.entries(values)
      .filter(([, value]) => value !== false && value !== null && value !== undefined && value !== '')
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
      .join(''),
  );
}
