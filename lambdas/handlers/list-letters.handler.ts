/** GET /staff/letters — letters waiting to be printed and posted, per setting, oldest first (P5). */
import { ValidationError } from '../domain/errors';
import { listLettersToPrint } from '../use-cases/list-letters';
import { principalFrom } from './auth';
import { httpHandler, json } from './http';
import { listLettersQuery } from './list-letters-query';
import { useCaseContext } from './runtime';

export const handler = httpHandler(async (event) => {
  const context = await useCaseContext();
  const principal = principalFrom(event, context.directory);
  const query = listLettersQuery.safeParse(event.queryStringParameters ?? {});
  if (!query.success) {
    throw new ValidationError(query.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  }
  const { settingId, limit } = query.data;
  return json(200, await listLettersToPrint(context, principal, context.directory.settings.map((s) => s.id), { limit, ...(settingId ? { settingId } : {}) }));
});
