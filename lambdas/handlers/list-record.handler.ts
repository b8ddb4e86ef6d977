/** GET /staff/record — the record of complaints (R1): every complaint the caller may see, newest first. */
import { listRecord } from '../use-cases/list-record';
import { principalFrom } from './auth';
import { httpHandler, json } from './http';
import { parseQuery } from './query';
import { listRecordQuery } from './record-list-query';
import { recordReadContext } from './record-read-runtime';

export const handler = httpHandler(async (event) => {
  const context = await recordReadContext();
  const principal = principalFrom(event, context.directory);
  const { after, ...filters } = parseQuery(event, listRecordQuery);
  const page = await listRecord(context, principal, {
    ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
    limit: filters.limit,
    ...(after ? { after } : {}),
  });
  return json(200, page);
});
