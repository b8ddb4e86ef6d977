/** POST /admin/settings/{id} — rename a setting or correct its details (administrators only). */
import { changeSetting } from '../use-cases/change-setting';
import { directoryAdmin } from './admin-runtime';
import { settingChangeRequest } from './setting-change-request';
import { httpHandler, json, parseJsonBody, pathParameter } from './http';

export const handler = httpHandler(async (event) => {
  const { ctx, principal } = await directoryAdmin(event);
  const change = parseJsonBody(event, settingChangeRequest);
  return json(200, await changeSetting(ctx, principal, pathParameter(event, 'id'), change));
});
