/** GET /admin/changes — who changed what in the directory, and when, newest first (administrators only). */
import { ValidationError } from '../domain/errors';
import { listDirectoryChanges } from '../use-cases/view-directory';
import { directoryAdmin } from './admin-runtime';
import { directoryChangesQuery } from './directory-changes-query';
import { httpHandler, json } from './http';

export const handler = httpHandler(async (event) => {
  const { ctx, principal } = await directoryAdmin(event);
  const query = directoryChangesQuery.safeParse(event.queryStringParameters ?? {});
  if (!query.success) {
    throw new ValidationError(query.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  }
  const { limit, after } = query.data;
  return json(200, await listDirectoryChanges(ctx, principal, { limit, ...(after ? { after } : {}) }));
});
