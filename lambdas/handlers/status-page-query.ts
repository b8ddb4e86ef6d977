/**
 * The status page's link and its reply form, as the OpenAPI document describes them (kept
 * apart from the page's handler, so that the document's function does not bundle the pages).
 */
import * as z from 'zod/mini';
import { REFERENCE_PATTERN } from '../adapters/secrets';
import { LANGUAGES } from '../domain/language';
import { PAGE_LANGUAGE_FIELD } from '../templates/site/form/fields';
import { REFERENCE_FIELD, RESPONSE_TYPES, TOKEN_FIELD } from '../templates/site/form/status-response';
import type { ResponseType } from '../templates/site/paths';

export const statusReference = z.string().check(z.regex(REFERENCE_PATTERN));
/** Tokens are 43 characters of base64url; anything much longer is not one. */
export const statusToken = z.string().check(z.minLength(1), z.maxLength(200));
const responseType = z.enum(RESPONSE_TYPES as [ResponseType, ...ResponseType[]]);

export const statusPageQuery = z
  .object({
    ref: statusReference,
    token: statusToken,
    /** The page's language; the complaint's own when absent. */
    lang: z.optional(z.enum(LANGUAGES)),
    /** Set by the redirect after a reply, so that the page says it was recorded. */
    done: z.optional(responseType),
  });

/** The reply form's fields: the link's reference and token, the page's language, the reply. */
export const statusReplyForm = z
  .object({
    [REFERENCE_FIELD]: statusReference,
    [TOKEN_FIELD]: statusToken,
    [PAGE_LANGUAGE_FIELD]: z.optional(z.enum(LANGUAGES)),
    type: responseType,
    reason: z.optional(z.string().check(z.maxLength(8_000))),
  });
