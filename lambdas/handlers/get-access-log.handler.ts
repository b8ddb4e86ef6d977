/** GET /staff/complaints/{id}/access-log — who read or exported a complaint, and when (F3). Administrators. */
import { accessLogOf } from '../use-cases/access-log';
import { principalFrom } from './auth';
import { httpHandler, json, pathParameter } from './http';
import { recordContext } from './record-runtime';

export const handler = httpHandler(async (event) => {
  const context = await recordContext();
  const principal = principalFrom(event, context.directory);
  const items = await accessLogOf(context, principal, pathParameter(event, 'id'));
  return json(200, { items });
});
