/**
 * The SES emulator's inbox, read the way a person's mail client would be: over HTTP, from
 * `GET <inbox>/store`. Every email of the system names the complaint's reference in its
 * subject, so a test follows one complaint by its reference.
 */
import type { CapturedEmail } from '../../../local/ses-local';
import { eventually } from './embedded-process';

export type { CapturedEmail };

export const emailsIn = async (inbox: string): Promise<CapturedEmail[]> =>
  ((await (await fetch(`${inbox}/store`)).json()) as { emails: CapturedEmail[] }).emails;

export const aboutComplaint = (reference: string) => (email: CapturedEmail) => email.subject.includes(reference);

export const sentTo = (address: string) => (email: CapturedEmail) => email.destination.to.includes(address);

/** The emails about one complaint, oldest first. */
export async function emailsAbout(inbox: string, reference: string): Promise<CapturedEmail[]> {
  return (await emailsIn(inbox)).filter(aboutComplaint(reference));
}

/**
 * The first email that matches, once it has arrived; fails with what did arrive when none
 * has by the deadline, so a timeout explains itself.
 */
export async function waitForEmail(
  inbox: string,
  matches: (email: CapturedEmail) => boolean,
  { what, timeoutMs = 60_000 }: { what: string; timeoutMs?: number },
): Promise<CapturedEmail> {
  const emails = await eventually(() => emailsIn(inbox), (list) => list.some(matches), timeoutMs);
  const found = emails.find(matches);
  if (!found) {
    const seen = emails.map((email) => `${new Date(email.at * 1000).toISOString()} ${email.destination.to.join(',')}: ${email.subject}`);
    throw new Error(`No email ${what} within ${timeoutMs} ms. The inbox has:\n${seen.join('\n')}`);
  }
  return found;
}

/**
 * The private status link of a complainant's email: a URL with `ref=<reference>` and
 * `token=<token>` in its query (read from the plain-text body, where it is written out).
 */
export function statusLinkIn(email: CapturedEmail): { reference: string; token: string } {
  for (const candidate of (email.body.text ?? '').match(/https?:\/\/\S+/g) ?? []) {
    const url = new URL(candidate);
    const reference = url.searchParams.get('ref');
    const token = url.searchParams.get('token');
    if (url.pathname.includes('status') && reference && token) return { reference, token };
  }
  throw new Error(`No status link in "${email.subject}"`);
}

/** When the emulator received an email, in epoch milliseconds (it keeps whole seconds). */
export const receivedAtMs = (email: CapturedEmail) => email.at * 1000;
