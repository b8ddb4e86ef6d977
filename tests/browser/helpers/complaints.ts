/**
 * Complaints made and moved through the API, as a test's "Prepare" step: a parent's complaint
 * sent as the enhanced form sends it, the complainant's private link read from the
 * acknowledgement in the SES emulator's inbox, and a member of staff's action recorded with
 * the embedded default's sign-in.
 */
import type { CapturedEmail } from '../../../local/ses-local';
import type { WebStack } from './web-stack';
import { timingToken } from '../../helpers/form-token';

export interface ParentComplaint {
  email: string;
  description?: string;
  about?: 'service' | 'keyPerson' | 'otherStaff' | 'manager';
  classification?: 'concern' | 'complaint';
  keyPersonId?: string;
  language?: string;
  interpreterLanguage?: string;
}

export async function submitParentComplaint(stack: WebStack, complaint: ParentComplaint): Promise<string> {
  const response = await fetch(`${stack.webUrl}/api/complaints/parent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `test-${complaint.email}-${Date.now()}` },
    body: JSON.stringify({
      settingId: 'oak-street',
      classification: complaint.classification ?? 'complaint',
      about: complaint.about ?? 'service',
      ...(complaint.keyPersonId ? { keyPersonId: complaint.keyPersonId } : {}),
      allegationOfHarm: false,
      description: complaint.description ?? 'Lunchboxes keep going home with the wrong child.',
      contact: { name: 'Sam Taylor', email: complaint.email },
      language: complaint.language ?? 'en',
      ...(complaint.interpreterLanguage ? { interpreterLanguage: complaint.interpreterLanguage } : {}),
      consentToContact: true,
      formToken: await timingToken(`${stack.webUrl}/api`),
    }),
  });
  if (response.status !== 201) throw new Error(`Submitting answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { reference: string }).reference;
}

export async function emailsTo(stack: WebStack, address: string): Promise<CapturedEmail[]> {
  const { emails } = (await (await fetch(`${stack.inboxUrl}/store`)).json()) as { emails: CapturedEmail[] };
  return emails.filter((email) => email.destination.to.includes(address));
}

export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const STATUS_LINK = /https?:\/\/[^\s"<>]+\/api\/forms\/status\?[^\s"<>]+/;

/** The private link of the first email to this address that carries one, as a path. */
export async function statusLinkFor(stack: WebStack, address: string): Promise<string> {
  const emails = await eventually(
    () => emailsTo(stack, address),
    (found) => found.some((email) => STATUS_LINK.test(email.body.text ?? '')),
  );
  const link = emails.map((email) => STATUS_LINK.exec(email.body.text ?? '')?.[0]).find(Boolean);
  if (!link) throw new Error(`No status link was emailed to ${address}`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

/** A POST to the staff API as this member of staff, signed in through the embedded default. */
export async function staffPost(stack: WebStack, staffId: string, path: string, body: unknown): Promise<Response> {
  const token = await stack.embedded.signIn(staffId);
  return fetch(`${stack.webUrl}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': `test-${Date.now()}-${Math.random()}` },
    body: JSON.stringify(body),
  });
}

/** A GET from the staff API as this member of staff, its body as JSON. */
export async function staffGet<T>(stack: WebStack, staffId: string, path: string): Promise<T> {
  const token = await stack.embedded.signIn(staffId);
  return (await (await fetch(`${stack.webUrl}/api${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as T;
}

export function recordStaffAction(stack: WebStack, staffId: string, reference: string, action: Record<string, unknown>): Promise<Response> {
  return staffPost(stack, staffId, `/staff/complaints/${reference}/actions`, action);
}

export function getComplaintAs(stack: WebStack, staffId: string, reference: string) {
  return staffGet<{ complaint: { currentLevel?: string; status: string }; levels: Record<string, unknown> }>(stack, staffId, `/staff/complaints/${reference}`);
}
