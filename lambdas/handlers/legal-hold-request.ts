/** Placing or lifting a legal hold on a complaint's record, always with a reason (R3). */
import * as z from 'zod/mini';
import { text } from './schema-parts';

export const legalHoldRequest = z.object({ reason: text(1_000) });
