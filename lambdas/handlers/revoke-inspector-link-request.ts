/** Revoking an inspector link (R1), with the reason the access log keeps. */
import * as z from 'zod/mini';
import { text } from './schema-parts';

export const revokeLinkRequest = z.object({ reason: text(500) });
