/** GET /staff/complaints — the dashboard: every open complaint, with what it waits for and on whom, running deadlines first. */
import { ValidationError } from '../domain/errors';
import { listComplaints } from '../use-cases/list-complaints';
import { principalFrom } from './auth';
import { httpHandler, json } from './http';
import { useCaseContext } from './runtime';
import { listComplaintsQuery } from './list-complaints-query';

export const handler = httpHandler(async (event) => {
  const context = await useCaseContext();
  const principal = principalFrom(event, context.directory);
  const query = listComplaintsQuery.safeParse(event.queryStringParameters ?? {});
  if (!query.success) {
    throw new ValidationError(query.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  }
  const { after, settingId, track, state, limit } = query.data;
  const page = await listComplaints(
    context,
    principal,
    context.directory.settings.map((s) => s.id),
    { limit, ...(after ? { after } : {}), ...(settingId ? { settingId } : {}), ...(track ? { track } : {}), ...(state ? { state } : {}) },
  );
  return json(200, page);
});
