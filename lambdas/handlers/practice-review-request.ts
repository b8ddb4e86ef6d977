/** The owners' findings and actions of a practice review (R4). */
import * as z from 'zod/mini';
import { text } from './schema-parts';

export const practiceReviewRequest = z.object({ findings: text(8_000), actions: text(8_000) });
