/** GET /staff/names — the settings' and staff's names, as the directory has them now (any member of staff). */
import { listNames } from '../use-cases/list-names';
import { principalFrom } from './auth';
import { httpHandler, json } from './http';
import { useCaseContext } from './runtime';

export const handler = httpHandler(async (event) => {
  const context = await useCaseContext();
  return json(200, listNames(context.directory, principalFrom(event, context.directory)));
});
