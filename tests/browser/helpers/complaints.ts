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

export async function recordStaffAction(stack: WebStack, staffId: string, reference: string, action: Record<string, unknown>): Promise<Response> {
  const token = await stack.embedded.signIn(staffId);
  return fetch(`${stack.webUrl}/api/staff/complaints/${reference}/actions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(action),
  });
}

export async function getComplaintAs(stack: WebStack, staffId: string, reference: string) {
  const token = await stack.embedded.signIn(staffId);
  const response = await fetch(`${stack.webUrl}/api/staff/complaints/${reference}`, { headers: { authorization: `Bearer ${token}` } });
  return (await response.json()) as { complaint: { currentLevel?: string; status: string }; levels: Record<string, unknown> };
}
