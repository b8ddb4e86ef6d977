/**
 * The status page's reply form as the OpenAPI document describes it (the function that takes
 * the reply maps and checks it field by field: status-reply.ts).
 */
import * as z from 'zod/mini';
import { LANGUAGES } from '../domain/language';
import { PAGE_LANGUAGE_FIELD } from '../templates/site/form/fields';
import { REFERENCE_FIELD, TOKEN_FIELD } from '../templates/site/form/status-response';
import { statusReference, statusToken } from './status-link-parts';
import { responseType } from './status-page-query';

/** The reply form's fields: the link's reference and token, the page's language, the reply. */
export const statusReplyForm = z
  .object({
    [REFERENCE_FIELD]: statusReference,
    [TOKEN_FIELD]: statusToken,
    [PAGE_LANGUAGE_FIELD]: z.optional(z.enum(LANGUAGES)),
    type: responseType,
    reason: z.optional(z.string().check(z.maxLength(8_000))),
  });
