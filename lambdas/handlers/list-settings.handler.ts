/** GET /admin/settings — the settings, each with what the procedure still needs there (administrators only). */
import { listSettings } from '../use-cases/view-directory';
import { directoryAdmin } from './admin-runtime';
import { httpHandler, json } from './http';

export const handler = httpHandler(async (event) => {
  const { ctx, principal } = await directoryAdmin(event);
  return json(200, await listSettings(ctx, principal));
});
