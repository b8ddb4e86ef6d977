/** Query strings against a zod schema: a bad parameter is a 400 naming it, like a bad body field. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod/mini';
import { ValidationError } from '../domain/errors';

export function parseQuery<S extends z.ZodMiniType>(event: APIGatewayProxyEventV2, schema: S): z.infer<S> {
  const result = schema.safeParse(event.queryStringParameters ?? {});
  if (!result.success) {
    throw new ValidationError(result.error.issues.map((issue) => ({ field: issue.path.join('.') || 'query', message: issue.message })));
  }
  return result.data;
}
