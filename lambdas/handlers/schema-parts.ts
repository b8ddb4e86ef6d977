/** Small schema parts shared by the request modules (zod/mini, so each function carries only what it uses). */
import * as z from 'zod/mini';

export const text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(max, `must be at most ${max} characters`));
export const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max, `must be at most ${max} characters`)));

/**
 * A day in England ('YYYY-MM-DD'), or a moment with its offset: when something really happened.
 * Built by the schema that uses it, not here at import: a bundle that never reads a date
 * (a legal hold, a link's revocation) then carries neither zod's date checks nor their patterns.
 */
export const dateOrMoment = () =>
  z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'must be a date (YYYY-MM-DD) or a date and time',
  });

/** A day in England, as a period of the record is given. */
export const londonDate = () => z.iso.date('use a date like 2026-03-31');
export const settingIdField = () => z.string().check(z.maxLength(63));
