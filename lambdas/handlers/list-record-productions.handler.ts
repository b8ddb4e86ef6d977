/** GET /staff/record/productions — who produced the record, when, for which period (R1). Administrators. */
import { requireAdministrator } from '../use-cases/record-context';
import { principalFrom } from './auth';
import { httpHandler, json } from './http';
import { recordContext } from './record-runtime';

export const handler = httpHandler(async (event) => {
  const context = await recordContext();
  const principal = principalFrom(event, context.directory);
  requireAdministrator(principal);
  return json(200, { items: await context.records.productions(200) });
});
