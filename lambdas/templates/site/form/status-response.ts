/**
 * The complainant's reply on the status page (satisfied, not satisfied, no agreement after an
 * agency's meeting, withdraw), and the
 * one mapping from what a browser posts to the API's request (complainantResponseRequest in
 * lambdas/handlers/staff-schemas.ts). The plain form's handler and the enhancement script
 * both use it, so the two paths cannot send different things. Pure: no zod, no Node, no DOM.
 */
import type { ResponseType } from '../paths';
import { formValues, isTicked, type FieldError, type FormEntries } from './fields';

export const RESPONSE_TYPES: readonly ResponseType[] = ['satisfied', 'notSatisfied', 'noAgreement', 'withdraw'];

/** The hidden fields that carry the link: which complaint, its token, the page's language. */
export const REFERENCE_FIELD = 'ref';
export const TOKEN_FIELD = 'token';
/** The box that confirms a withdrawal; the API's field of the same name must be true. */
export const CONFIRM_WITHDRAWAL_FIELD = 'confirmWithdrawal';

export type ComplainantResponseRequest =
  | { type: 'satisfied' }
  | { type: 'notSatisfied'; reason: string }
  | { type: 'noAgreement'; reason: string }
  /** A withdrawal ends the complaint: the complainant confirms it (an old or forwarded link must not do it by one click). */
  | { type: 'withdraw'; reason?: string; confirmWithdrawal: true };

export type ResponseMapping = { request: ComplainantResponseRequest; errors: [] } | { request?: undefined; errors: FieldError[] };

export const isResponseType = (value: string | undefined): value is ResponseType =>
  (RESPONSE_TYPES as readonly string[]).includes(value ?? '');

/**
 * The request for a reply, or what is missing, named as the API names it: a reason is needed
 * only to say "not satisfied" or "no agreement" (it goes to the next level with the complaint); a reason typed
 * before choosing "satisfied" is not sent.
 */
export function responseFromForm(entries: FormEntries): ResponseMapping {
  const values = formValues(entries);
  const type = values.get('type');
  const reason = values.get('reason')?.trim() || undefined;
  if (!isResponseType(type)) return { errors: [{ field: 'type', message: 'is required' }] };
  if (type === 'satisfied') return { request: { type }, errors: [] };
  if (type === 'withdraw') {
    if (!isTicked(values.get(CONFIRM_WITHDRAWAL_FIELD))) return { errors: [{ field: CONFIRM_WITHDRAWAL_FIELD, message: 'is required' }] };
    return { request: reason ? { type, reason, confirmWithdrawal: true } : { type, confirmWithdrawal: true }, errors: [] };
  }
  if (!reason) return { errors: [{ field: 'reason', message: 'is required' }] };
  return { request: { type, reason }, errors: [] };
}
