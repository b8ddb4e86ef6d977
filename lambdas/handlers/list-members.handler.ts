/** GET /admin/members — everyone in the directory, active or not (administrators only). */
import { listMembers } from '../use-cases/view-directory';
import { directoryAdmin } from './admin-runtime';
import { httpHandler, json } from './http';

export const handler = httpHandler(async (event) => {
  const { ctx, principal } = await directoryAdmin(event);
  return json(200, await listMembers(ctx, principal));
});
