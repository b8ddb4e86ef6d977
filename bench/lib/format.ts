/** Tables for the terminal and for bench/results.md, from the same rows. */

export type Cell = string | number;

export interface Table {
  title: string;
  /** A sentence under the title: what is measured against what, and the goal. */
  note?: string;
  columns: string[];
  rows: Cell[][];
}

export const fixed = (digits: number) => (value: number) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
export const ms = fixed(1);
export const times = (value: number) => (Number.isFinite(value) ? `×${value.toFixed(2)}` : '–');
export const kib = (bytes: number) => (bytes / 1024).toFixed(0);
export const percent = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(0)}%` : '–');
export const usd = (value: number) =>
  value === 0 ? '$0' : value < 0.01 ? `$${value.toPrecision(2)}` : `$${value.toFixed(value < 10 ? 3 : 2)}`;
export const verdict = (met: boolean) => (met ? 'yes' : '**no**');

export function markdownTable(table: Table): string {
  const line = (cells: Cell[]) => `| ${cells.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    `### ${table.title}`,
    '',
    ...(table.note ? [table.note, ''] : []),
    line(table.columns),
    line(table.columns.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...table.rows.map(line),
    '',
  ].join('\n');
}

export function terminalTable(table: Table): string {
  const plain = (cell: Cell) => String(cell).replace(/\*\*/g, '').replace(/`/g, '');
  const widths = table.columns.map((column, i) => Math.max(plain(column).length, ...table.rows.map((row) => plain(row[i] ?? '').length)));
  const line = (cells: Cell[]) =>
    cells.map((cell, i) => (i === 0 ? plain(cell).padEnd(widths[i]!) : plain(cell).padStart(widths[i]!))).join('  ');
  return [`\n${table.title}`, line(table.columns), widths.map((w) => '─'.repeat(w)).join('  '), ...table.rows.map(line)].join('\n');
}
