/** GET /staff/complaints/{id} — one complaint with its clocks and its full record. */
import { getComplaint } from '../use-cases/get-complaint';
import { principalFrom } from './auth';
import { httpHandler, json, pathParameter } from './http';
import { useCaseContext } from './runtime';

export const handler = httpHandler(async (event) => {
  const context = await useCaseContext();
  const principal = principalFrom(event, context.directory);
  const view = await getComplaint(context, principal, pathParameter(event, 'id'));
  return json(200, view);
});
