/** GET /staff/complaints/{id} — one complaint with its clocks and its full record; the read is logged (F3). */
import { readComplaint } from '../use-cases/access-log';
import { principalFrom } from './auth';
import { httpHandler, json, pathParameter } from './http';
import { recordContext } from './record-runtime';

export const handler = httpHandler(async (event) => {
  const context = await recordContext();
  const principal = principalFrom(event, context.directory);
  const view = await readComplaint(context, principal, pathParameter(event, 'id'));
  return json(200, view);
});
