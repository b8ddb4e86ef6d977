/// <reference lib="dom.iterable" />
/**
 * The console's directory page (issue 12), loaded by the console script only on that page
 * (a chunk of its own: nobody else downloads it). It reads the /admin routes, shows them with
 * web/src/staff/admin-views.ts, and sends each form as its JSON request; a refusal is shown
 * beside the form that caused it, and focus goes to it.
 */
import type { DirectoryChangeRecord, MemberRecord } from '../../../lambdas/domain/staff-directory';
import type { SettingView } from '../../../lambdas/use-cases/view-directory';
import { adminEn as a } from '../i18n/staff-admin-en';
import type { StaffMessages } from '../i18n/staff';
import { adminRequestFromForm, renderAdminForm, renderAdminPage, renderSaved, type AdminData, type AdminFormKind, type FormProblem } from '../staff/admin-views';
import { renderNotice } from '../staff/views';
import type { ConsolePage } from './console-page';
import { setBusy } from './errors';

export interface AdminPagePorts extends ConsolePage {
  t: StaffMessages;
}

const ROUTES: Record<AdminFormKind, (id?: string) => string> = {
  addMember: () => '/admin/members',
  changeMember: (id) => `/admin/members/${encodeURIComponent(id ?? '')}`,
  handOver: (id) => `/admin/members/${encodeURIComponent(id ?? '')}/handover`,
  addSetting: () => '/admin/settings',
  changeSetting: (id) => `/admin/settings/${encodeURIComponent(id ?? '')}`,
};

export async function adminPage(ports: AdminPagePorts): Promise<void> {
  ports.setTitle(a.title);
  let data = await load(ports);
  if (!data) return;
  ports.show(renderAdminPage(ports.t, a, data));

  ports.app.addEventListener('submit', (event) => {
    const form = event.target instanceof HTMLFormElement && event.target.matches('form[data-admin-form]') ? event.target : null;
    if (!form || !data) return;
    event.preventDefault();
    void submit(form, data).then((next) => {
      if (next) data = next;
    });
  });

  async function submit(form: HTMLFormElement, current: AdminData): Promise<AdminData | undefined> {
    const kind = form.dataset.adminForm as AdminFormKind;
    const id = form.dataset.id;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button?.getAttribute('aria-disabled') === 'true') return undefined;
    const entries = new FormData(form);
    const values = { get: (name: string) => entries.get(name)?.toString(), getAll: (name: string) => entries.getAll(name).map(String) };
    const before = kind === 'changeMember' ? current.members.find((m) => m.id === id) : current.settings.find((s) => s.id === id);
    const request = adminRequestFromForm(kind, values, before);

    setBusy(button, true);
    let response: Response;
    try {
      response = await ports.api(ROUTES[kind](id), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
    } catch {
      setBusy(button, false);
      return showProblem(current, kind, id, { problems: [a.network] });
    }
    setBusy(button, false);
    const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: FormProblem['errors']; problems?: string[]; handedOver?: string[] };
    if (response.ok) {
      const next = await load(ports);
      if (!next) return undefined;
      const notice = kind === 'handOver' ? renderSaved(a, a.handedOver(body.handedOver?.length ?? 0)) : renderSaved(a);
      ports.show(renderAdminPage(ports.t, a, next, notice));
      return next;
    }
    if (response.status === 400) return showProblem(current, kind, id, { errors: body.errors ?? [] });
    if (response.status === 409 && body.problems) return showProblem(current, kind, id, { problems: body.problems });
    return showProblem(current, kind, id, { problems: [body.message ?? a.server] });
  }

  function showProblem(current: AdminData, kind: AdminFormKind, id: string | undefined, problem: FormProblem): undefined {
    const key = id ? `${kind}-${id}` : kind;
    const container = document.getElementById(`form-${key}`);
    const form = container?.querySelector('form');
    if (!container || !form) return undefined;
    // Keep what the person typed: the form is drawn again, then their values put back.
    const typed = new FormData(form);
    container.outerHTML = renderAdminForm(a, current, { kind, ...(id ? { id } : {}) }, problem, ports.t).value;
    const redrawn = document.getElementById(`form-${key}`)?.querySelector('form');
    if (redrawn) restore(redrawn, typed);
    document.getElementById(`form-${key}`)?.closest('details')?.setAttribute('open', '');
    document.getElementById(`form-${key}`)?.querySelector<HTMLElement>('[data-focus]')?.focus();
    return undefined;
  }
}

function restore(form: HTMLFormElement, typed: FormData): void {
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      element.checked = typed.getAll(element.name).map(String).includes(element.value);
    } else if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
      const value = typed.get(element.name);
      if (typeof value === 'string') element.value = value;
    }
  }
}

async function load(ports: AdminPagePorts): Promise<AdminData | undefined> {
  const [members, settings, changes] = await Promise.all([
    ports.api('/admin/members'),
    ports.api('/admin/settings'),
    ports.api('/admin/changes?limit=50'),
  ]);
  if (members.status === 403) {
    ports.show(renderNotice(a.forbidden, 'error'));
    return undefined;
  }
  if (!members.ok || !settings.ok || !changes.ok) {
    ports.show(renderNotice(ports.t.loadFailed, 'error'));
    return undefined;
  }
  return {
    members: ((await members.json()) as { members: MemberRecord[] }).members,
    settings: ((await settings.json()) as { settings: SettingView[] }).settings,
    changes: ((await changes.json()) as { items: DirectoryChangeRecord[] }).items,
  };
}
