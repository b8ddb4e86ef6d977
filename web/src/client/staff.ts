/// <reference lib="dom.iterable" />
/**
 * The staff console: an app on the JSON API with the signed-in person's ID token (kept in
 * sessionStorage: this tab only, gone when it closes) as a bearer token. Each page is a shell
 * (web/src/staff/pages.ts) this script fills with the views of web/src/staff/views.ts.
 *
 * Sign-in follows /config.json: the embedded default's local sign-in (choose a member of
 * staff), or Cognito's hosted pages (authorization code + PKCE, ./cognito.ts). The API
 * decides what each person may see and do; a 401 sends them back to sign in.
 */
import type { ComplaintView } from '../../../lambdas/use-cases/get-complaint';
import type { DashboardRow } from '../../../lambdas/use-cases/list-complaints';
import { formValues, type FieldError } from '../../../lambdas/templates/site/form/fields';
import { staffText } from '../i18n/staff';
import { API_BASE, CONSOLE_CONFIG_PATH, STAFF_PAGES, type ConsoleConfig } from '../../../lambdas/templates/site/paths';
import { actionRequestFromForm, responseRequestFromForm, STAFF_ACTION_TYPES, type StaffActionType } from '../staff/actions';
import { RESPONSE_TYPES, type ResponseType } from '../../../lambdas/domain/available-responses';
import { paperEn } from '../i18n/staff-paper-en';
import { isCurrent, safeNext, SESSION_KEY, sessionFromIdToken, type StaffSession } from '../staff/session';
import {
  actionFormContext,
  renderActionForm,
  renderResponseForm,
  renderCognitoSignIn,
  renderComplaint,
  renderDashboard,
  renderLocalSignIn,
  renderNotice,
  type ActionFormContext,
  type ActionFormState,
  type DashboardFilters,
  type LocalStaffMember,
  type Named,
} from '../staff/views';
import { visibleSettings } from '../../../lambdas/domain/access';
import { html, type Html } from '../../../lambdas/templates/site/pages/html';
import { cognitoSignOutUrl, completeCognitoSignIn, startCognitoSignIn } from './cognito';
import { setBusy } from './errors';
import { parkedPage } from './staff-parked';
import { recordEn } from '../i18n/staff-record-en';
import { renderRecordSections } from '../staff/record-complaint';
import { showAccessLog, showSubjectAccess, submitRecordForm, type RecordComplaintDeps } from './staff-record-complaint';

const t = staffText('en');
const app = document.getElementById('app') as HTMLElement;
/**
 * The settings' and staff's names, read from the directory as it is now (GET /staff/names),
 * never from the build: a renamed setting or a newcomer shows without rebuilding the pages.
 */
let names: { settings: Named[]; staff: Named[] } = { settings: [], staff: [] };
const organisation = document.querySelector('.header__organisation')?.textContent ?? '';
const params = new URLSearchParams(window.location.search);

class SignedOut extends Error {}

async function start(): Promise<void> {
  document.getElementById('sign-out')?.addEventListener('click', () => void signOut());
  switch (app.dataset.page) {
    case 'signIn':
      return signInPage();
    case 'signedIn':
      return signedInPage();
    case 'dashboard':
      return dashboardPage(requireSession());
    case 'complaint':
      return complaintPage(requireSession());
    case 'admin': {
      requireSession();
      // The directory page's code is a chunk of its own: only administrators' browsers load it.
      const { adminPage } = await import('./admin');
      return adminPage({ t, app, api, show, setTitle });
    }
    case 'parked':
      requireSession();
      return parkedPage({ app, api, show, setTitle });
    // The pages for paper (P5, A1) are chunks of their own, like the directory page.
    case 'letters': {
      const session = requireSession();
      const [{ lettersPage }] = await Promise.all([import('./staff-letters'), loadNames()]);
      return lettersPage({ app, api, show, setTitle, settings: visibleTo(session), params });
    }
    case 'agencyLetter': {
      const session = requireSession();
      const [{ agencyLetterPage }] = await Promise.all([import('./staff-agency-letter'), loadNames()]);
      return agencyLetterPage({ t, app, api, show, setTitle, settings: visibleTo(session), staff: names.staff });
    }
    // The record of complaints (R1), a chunk of its own too.
    case 'record': {
      const session = requireSession();
      const [{ recordPage }] = await Promise.all([import('./staff-record'), loadNames()]);
      return recordPage({ t, app, api, show, setTitle, settings: visibleTo(session), params, administrator: session.roles.includes('administrator') });
    }
    case 'recordLinks': {
      requireSession();
      const [{ linksPage }] = await Promise.all([import('./staff-record-links'), loadNames()]);
      return linksPage({ t, app, api, show, setTitle, settings: names.settings, staff: names.staff });
    }
    case 'recordPrint': {
      requireSession();
      const { recordPrintPage } = await import('./staff-record');
      return recordPrintPage({ t, app, api, show, setTitle, params });
    }
  }
}

/** The settings a person may see (and enter or post for): the API decides in any case. */
function visibleTo(session: StaffSession): Named[] {
  const visible = new Set(visibleSettings(session, names.settings.map((setting) => setting.id)));
  return names.settings.filter((setting) => visible.has(setting.id));
}

function show(view: Html): void {
  app.innerHTML = view.value;
  app.querySelector<HTMLElement>('[data-focus]')?.focus();
}

function setTitle(title: string): void {
  document.title = `${title} – ${t.consoleName} – ${organisation}`;
}

// ── Configuration and session ─────────────────────────────────────────────────────

async function loadConfig(): Promise<ConsoleConfig | undefined> {
  const response = await fetch(CONSOLE_CONFIG_PATH, { cache: 'no-store' }).catch(() => undefined);
  const config = (await response?.json().catch(() => undefined)) as Partial<ConsoleConfig> | undefined;
  if (config?.signIn === 'local') return { signIn: 'local' };
  if (config?.signIn === 'cognito' && config.domain && config.clientId && config.region) {
    return { signIn: 'cognito', domain: config.domain, clientId: config.clientId, region: config.region };
  }
  return undefined;
}

function currentSession(): StaffSession | undefined {
  const session = sessionFromIdToken(sessionStorage.getItem(SESSION_KEY) ?? '');
  return isCurrent(session, new Date()) ? session : undefined;
}

const here = () => `${window.location.pathname}${window.location.search}`;

function toSignIn(reason?: 'expired' | 'signedOut', next?: string): never {
  const query = new URLSearchParams();
  if (next) query.set('next', next);
  if (reason) query.set(reason, '1');
  window.location.replace(withQuery(STAFF_PAGES.signIn, query));
  throw new SignedOut();
}

function requireSession(): StaffSession {
  const session = currentSession();
  if (!session) toSignIn(sessionStorage.getItem(SESSION_KEY) ? 'expired' : undefined, here());
  const nav = document.getElementById('session');
  const name = document.getElementById('session-name');
  if (name) name.textContent = t.signedInAs(session.name);
  nav?.removeAttribute('hidden');
  // Shown to administrators only; the API decides in any case (the token may be an hour old).
  if (session.roles.includes('administrator')) document.getElementById('admin-link')?.removeAttribute('hidden');
  if (session.roles.includes('administrator')) document.getElementById('parked-link')?.removeAttribute('hidden');
  return session;
}

/** Called from a click: nothing may be thrown from here, or it is an uncaught error on the page. */
async function signOut(): Promise<void> {
  sessionStorage.removeItem(SESSION_KEY);
  const config = await loadConfig();
  if (config?.signIn === 'cognito') window.location.assign(cognitoSignOutUrl(config));
  else window.location.replace(withQuery(STAFF_PAGES.signIn, new URLSearchParams({ signedOut: '1' })));
}

/** The API with the bearer token; a 401 means the session is over. */
async function api(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`${API_BASE}${path}`, {
    ...init,
    headers: { accept: 'application/json', ...init.headers, authorization: `Bearer ${sessionStorage.getItem(SESSION_KEY) ?? ''}` },
  });
  if (response.status === 401) {
    sessionStorage.removeItem(SESSION_KEY);
    toSignIn('expired', here());
  }
  return response;
}

/** The directory's names; a page shows ids where they cannot be read (it still works). */
async function loadNames(): Promise<void> {
  const response = await api('/staff/names');
  if (response.ok) names = (await response.json()) as typeof names;
}

// ── Sign-in ───────────────────────────────────────────────────────────────────────

async function signInPage(): Promise<void> {
  const next = safeNext(params.get('next'), STAFF_PAGES.dashboard);
  if (currentSession()) {
    window.location.replace(next);
    return;
  }
  const config = await loadConfig();
  const notice = params.has('signedOut')
    ? renderNotice(t.signIn.signedOut, 'success')
    : params.has('expired')
      ? renderNotice(t.signIn.expired, 'info')
      : undefined;
  if (!config) return show(renderNotice(t.signIn.notConfigured, 'error'));
  if (config.signIn === 'cognito') {
    show(join(notice, renderCognitoSignIn(t)));
    app.querySelector('[data-cognito-sign-in]')?.addEventListener('click', () => void startCognitoSignIn(config, next));
    return;
  }
  const response = await fetch(`${API_BASE}/auth/local/staff`, { headers: { accept: 'application/json' } });
  if (!response.ok) return show(renderNotice(t.signIn.notConfigured, 'error'));
  const { staff, settings } = (await response.json()) as { staff: LocalStaffMember[]; settings: Named[] };
  show(join(notice, renderLocalSignIn(t, staff, settings)));
  app.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-staff-id]') : null;
    if (button) void signInLocally(button, next);
  });
}

async function signInLocally(button: HTMLButtonElement, next: string): Promise<void> {
  button.setAttribute('aria-disabled', 'true');
  const response = await fetch(`${API_BASE}/auth/local/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ staffId: button.dataset.staffId }),
  }).catch(() => undefined);
  const body = (await response?.json().catch(() => undefined)) as { idToken?: string } | undefined;
  if (!response?.ok || !body?.idToken) {
    button.removeAttribute('aria-disabled');
    app.querySelector('[data-focus]')?.remove();
    app.insertAdjacentHTML('afterbegin', renderNotice(t.signIn.failed, 'error').value);
    app.querySelector<HTMLElement>('[data-focus]')?.focus();
    return;
  }
  sessionStorage.setItem(SESSION_KEY, body.idToken);
  window.location.assign(next);
}

async function signedInPage(): Promise<void> {
  const config = await loadConfig();
  if (config?.signIn !== 'cognito') return show(renderNotice(t.signIn.notConfigured, 'error'));
  try {
    const { idToken, next } = await completeCognitoSignIn(config);
    sessionStorage.setItem(SESSION_KEY, idToken);
    window.location.replace(safeNext(next, STAFF_PAGES.dashboard));
  } catch {
    show(join(renderNotice(t.signIn.failed, 'error'), renderCognitoSignIn(t)));
    app.querySelector('[data-cognito-sign-in]')?.addEventListener('click', () => void startCognitoSignIn(config, STAFF_PAGES.dashboard));
  }
}

const join = (...views: (Html | undefined)[]): Html => html`${views}`;

const withQuery = (path: string, query: URLSearchParams): string => (query.toString() ? `${path}?${query.toString()}` : path);

// ── Dashboard ─────────────────────────────────────────────────────────────────────

async function dashboardPage(session: StaffSession): Promise<void> {
  setTitle(t.dashboard.title);
  const track = params.get('track');
  const limit = Number(params.get('limit'));
  const filters: DashboardFilters = {
    ...(params.get('settingId') ? { settingId: params.get('settingId')! } : {}),
    ...(track === 'parent' || track === 'agency' ? { track } : {}),
    ...(params.get('after') ? { after: params.get('after')! } : {}),
    ...(Number.isInteger(limit) && limit > 0 ? { limit } : {}),
  };
  const query = new URLSearchParams();
  if (filters.settingId) query.set('settingId', filters.settingId);
  if (filters.track) query.set('track', filters.track);
  if (filters.after) query.set('after', filters.after);
  if (filters.limit) query.set('limit', String(filters.limit));
  const [response] = await Promise.all([api(withQuery('/staff/complaints', query)), loadNames()]);
  if (!response.ok) return show(renderNotice(t.loadFailed, 'error'));
  const page = (await response.json()) as { items: DashboardRow[]; next?: string };
  show(renderDashboard({ t, rows: page.items, next: page.next, filters, settings: visibleTo(session) }));
}

// ── One complaint ─────────────────────────────────────────────────────────────────

async function complaintPage(session: StaffSession): Promise<void> {
  shownRoles = session.roles;
  const id = params.get('id');
  if (!id) {
    window.location.replace(STAFF_PAGES.dashboard);
    return;
  }
  const [view] = await Promise.all([loadComplaint(id), loadNames()]);
  if (!view) return;
  showComplaint(view);
  app.addEventListener('submit', (event) => {
    const form = event.target instanceof HTMLFormElement ? event.target : null;
    if (form?.matches('form[data-action]')) {
      event.preventDefault();
      void recordAction(id, form);
    } else if (form?.matches('form[data-response]')) {
      event.preventDefault();
      void recordResponse(id, form);
    } else if (form?.matches('form[data-record-form]')) {
      event.preventDefault();
      void submitRecordForm(recordDeps(id), id, form);
    }
  });
  app.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-access-log], button[data-subject-access]') : null;
    if (!button) return;
    if (button.matches('[data-access-log]')) void showAccessLog(recordDeps(id), id);
    else void showSubjectAccess(recordDeps(id), id, button);
  });
}

/** What the record's part of a complaint's page needs of this script (./staff-record-complaint.ts). */
function recordDeps(id: string): RecordComplaintDeps {
  return {
    t,
    app,
    api,
    send,
    view: () => shownView,
    reload: async (notice) => {
      const view = await loadComplaint(id);
      if (view) showComplaint(view, notice);
    },
    setTitle,
    staff: () => names.staff,
  };
}

async function loadComplaint(id: string): Promise<ComplaintView | undefined> {
  const response = await api(`/staff/complaints/${encodeURIComponent(id)}`);
  if (response.status === 404) {
    setTitle(t.complaint.title(id));
    show(renderNotice(t.complaint.notFound, 'error'));
    return undefined;
  }
  if (!response.ok) throw new Error(`GET complaint: ${response.status}`);
  return (await response.json()) as ComplaintView;
}

/** What the action forms need of the complaint shown (a concern's words, the stages still owing a duty). */
let shownContext: ActionFormContext | undefined;
let shownView: ComplaintView | undefined;
/** The signed-in person's roles: which of the record's forms to offer (the API decides). */
let shownRoles: readonly StaffSession['roles'][number][] = [];

function showComplaint(view: ComplaintView, notice?: string): void {
  shownContext = actionFormContext(view);
  shownView = view;
  setTitle(t.complaint.title(view.complaint.id));
  const recordSections = renderRecordSections({ t, r: recordEn, view, roles: shownRoles, staff: names.staff });
  show(renderComplaint({ t, view, now: new Date(), settings: names.settings, staff: names.staff, recordSections, ...(notice ? { notice } : {}) }));
}

function showActionForm(type: StaffActionType, state: ActionFormState): void {
  const body = document.getElementById(`action-${type}`);
  if (!body) return;
  body.innerHTML = renderActionForm(t, type, state, shownContext).value;
  body.closest('details')?.setAttribute('open', '');
  body.querySelector<HTMLElement>('[data-focus]')?.focus();
}

async function recordAction(id: string, form: HTMLFormElement): Promise<void> {
  const type = form.dataset.action as StaffActionType;
  if (!STAFF_ACTION_TYPES.includes(type)) return;
  const values = formValues(new FormData(form));
  const mapped = actionRequestFromForm(type, values);
  if (!mapped.request) return showActionForm(type, { values, errors: mapped.errors });

  const sent = await send(form, `/staff/complaints/${encodeURIComponent(id)}/actions`, mapped.request);
  if (!sent) return;
  if ('network' in sent) return showActionForm(type, { values, problem: { kind: 'network' } });
  if (sent.response.ok) {
    const view = await loadComplaint(id);
    if (view) showComplaint(view, t.complaint.recorded(t.actions[type].title));
    return;
  }
  showActionForm(type, { values, ...refusalOf(sent.response, sent.body) });
}

type ErrorBody = { message?: string; errors?: FieldError[] };

/**
 * Posts a form's request as JSON with its button busy; undefined while it is already on its
 * way or once the session has ended (the page is going to sign-in), `network` when nothing answered.
 */
async function send(form: HTMLFormElement, path: string, request: unknown): Promise<{ response: Response; body: ErrorBody } | { network: true } | undefined> {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  // A second press while the first is on its way sends nothing.
  if (button?.getAttribute('aria-disabled') === 'true') return undefined;
  setBusy(button, true);
  try {
    const response = await api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
    const body = (await response.json().catch(() => ({}))) as ErrorBody;
    return { response, body };
  } catch (error) {
    if (error instanceof SignedOut) return undefined;
    return { network: true };
  } finally {
    setBusy(button, false);
  }
}

/** What a refused request says on its form: the fields named (400), or the refusal in words. */
function refusalOf(response: Response, body: ErrorBody): Pick<ActionFormState, 'errors' | 'problem'> {
  if (response.status === 400) return { errors: body.errors ?? [{ field: 'body', message: body.message ?? '' }] };
  const kind = response.status === 403 ? 'forbidden' : response.status === 409 ? 'conflict' : response.status === 404 ? 'notFound' : 'server';
  return { problem: { kind, ...(body.message ? { message: body.message } : {}) } };
}

function showResponseForm(type: ResponseType, state: ActionFormState): void {
  const body = document.getElementById(`response-${type}`);
  if (!body) return;
  body.innerHTML = renderResponseForm(t, paperEn, type, state).value;
  body.closest('details')?.setAttribute('open', '');
  body.querySelector<HTMLElement>('[data-focus]')?.focus();
}

/** P8, A4, A5: the complainant's answer as it reached staff, recorded for them. */
async function recordResponse(id: string, form: HTMLFormElement): Promise<void> {
  const type = form.dataset.response as ResponseType;
  if (!RESPONSE_TYPES.includes(type)) return;
  const values = formValues(new FormData(form));
  const mapped = responseRequestFromForm(type, values);
  if (!mapped.request) return showResponseForm(type, { values, errors: mapped.errors });
  const sent = await send(form, `/staff/complaints/${encodeURIComponent(id)}/responses`, mapped.request);
  if (!sent) return;
  if ('network' in sent) return showResponseForm(type, { values, problem: { kind: 'network' } });
  if (sent.response.ok) {
    const view = await loadComplaint(id);
    if (view) showComplaint(view, paperEn.responses.recorded(paperEn.responses.types[type].title));
    return;
  }
  showResponseForm(type, { values, ...refusalOf(sent.response, sent.body) });
}

// Last, once every declaration above is in place.
start().catch((error: unknown) => {
  if (error instanceof SignedOut) return;
  show(renderNotice(t.loadFailed, 'error'));
  // Left in the console for whoever looks into it; the page says what to do.
  console.error(error);
});
