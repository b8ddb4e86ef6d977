/** POST /staff/complaints/{id}/practice-review — the owners' findings and actions (R4). */
import { recordPracticeReview } from '../use-cases/practice-review';
import { principalFrom } from './auth';
import { httpHandler, json, parseJsonBody, pathParameter } from './http';
import { practiceReviewRequest } from './practice-review-request';
// The use cases' context alone: this reads and saves the complaint and never calls the record's store.
import { logger, useCaseContext } from './runtime';

export const handler = httpHandler(async (event) => {
  const context = await useCaseContext();
  const principal = principalFrom(event, context.directory);
  const request = parseJsonBody(event, practiceReviewRequest);
  const reference = pathParameter(event, 'id');
  const { complaint } = await recordPracticeReview(context, reference, request, principal);
  logger.info('Practice review recorded', { reference });
  return json(200, { practiceReview: complaint.practiceReview });
});
