/**
 * The status link's parts as requests carry them (its reference and token): shared by the status page's query (status-page-query.ts), the reply posted by its
 * form (status-reply.ts) and the form as the OpenAPI document describes it
 * (status-reply-form.ts), each in a module of its own so that a function builds only its own.
 */
import * as z from 'zod/mini';
import { REFERENCE_PATTERN } from '../adapters/secrets';

export const statusReference = z.string().check(z.regex(REFERENCE_PATTERN));
/** Tokens are 43 characters of base64url; anything much longer is not one. */
export const statusToken = z.string().check(z.minLength(1), z.maxLength(200));

