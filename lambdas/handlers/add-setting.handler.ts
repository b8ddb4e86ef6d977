/** POST /admin/settings — add a setting (administrators only). */
import { addSetting } from '../use-cases/add-setting';
import { directoryAdmin } from './admin-runtime';
import { newSettingRequest } from './new-setting-request';
import { httpHandler, json, parseJsonBody } from './http';

export const handler = httpHandler(async (event) => {
  const { ctx, principal } = await directoryAdmin(event);
  const request = parseJsonBody(event, newSettingRequest);
  return json(201, await addSetting(ctx, principal, request));
});
