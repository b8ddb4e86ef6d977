/** The status page's query (GET /forms/status): its link and language, for the page and the OpenAPI document. */
import * as z from 'zod/mini';
import { LANGUAGES } from '../domain/language';
import { RESPONSE_TYPES } from '../templates/site/form/status-response';
import type { ResponseType } from '../templates/site/paths';
import { statusReference, statusToken } from './status-link-parts';

/** The kinds of a reply (the page says which was recorded; the OpenAPI document's reply form takes one). */
export const responseType = z.enum(RESPONSE_TYPES as [ResponseType, ...ResponseType[]]);

export const statusPageQuery = z
  .object({
    ref: statusReference,
    token: statusToken,
    /** The page's language; the complaint's own when absent. */
    lang: z.optional(z.enum(LANGUAGES)),
    /** Set by the redirect after a reply, so that the page says it was recorded. */
    done: z.optional(responseType),
  });
