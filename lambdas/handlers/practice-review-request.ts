/** The owners' findings and actions of a practice review (R4). */
import * as z from 'zod/mini';
import { text } from './schema-parts';

export const practiceReviewRequest = z
  .object({ findings: text(8_000), actions: text(8_000) })
  .register(z.globalRegistry, {
    id: 'PracticeReview',
    examples: [
      {
        findings: 'Pick-up at the end of the day was rushed, with one member of staff at the door.',
        actions: 'A second member of staff at the door from 17:30; lunchbox shelf labelled by room.',
      },
    ],
  });
