/** GET /staff/complaints/{id} — one complaint with its clocks and its full record. */
import { getComplaint } from '../use-cases/get-complaint';
import { principalFrom } from './auth';
import { httpHandler, json, pathParameter } from './http';
import { getRuntime } from './runtime';

export const handler = httpHandler(async (event) => {
  const principal = principalFrom(event);
  const view = await getComplaint(getRuntime().context, principal, pathParameter(event, 'id'));
  return json(200, view);
});
