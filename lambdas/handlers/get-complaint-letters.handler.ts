/** GET /staff/complaints/{id}/letters — every letter of one complaint, ready to print, and whether it was posted (P5). */
import { lettersOfComplaint } from '../use-cases/list-letters';
import { principalFrom } from './auth';
import { httpHandler, json, pathParameter } from './http';
import { useCaseContext } from './runtime';

export const handler = httpHandler(async (event) => {
  const context = await useCaseContext();
  const principal = principalFrom(event, context.directory);
  return json(200, await lettersOfComplaint(context, principal, pathParameter(event, 'id')));
});
