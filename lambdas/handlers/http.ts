/**
 * The HTTP edge shared by every API handler: reading a JSON body against a zod schema, and
 * the one mapper from errors to responses. A bad request is a 400 naming every field, and
 * nothing behind it runs.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import {
  ConcurrencyError,
  ConflictError,
  DirectoryChangedError,
  DirectoryChangeRefusedError,
  ForbiddenError,
  IdempotencyKeyReusedError,
  NotFoundError,
  ValidationError,
} from '../domain/errors';
import { logger } from './logger';
import { UnauthenticatedError } from './auth';
import { json, type HttpResult } from './response';

/** Complaints are words, not files: 32 KB is many pages of text. */
export const MAX_BODY_BYTES = 32 * 1024;

/** As the API description says: a client's own retry key, not a document. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

export { json, type HttpResult } from './response';

export type FieldProblem = { field: string; message: string };

/**
 * A JSON route asked to read something else: a 415. Only application/json is read, because
 * a browser posts text/plain or a form across sites without asking first (no CORS preflight):
 * another website could otherwise file complaints in a visitor's name.
 */
export class UnsupportedMediaTypeError extends Error {
  constructor(public readonly accepted: string) {
    super(`Send the request as ${accepted}`);
    this.name = 'UnsupportedMediaTypeError';
  }
}

/** The media type of the request, lower-case, without parameters (charset and the like). */
export function mediaType(event: APIGatewayProxyEventV2): string {
  return (header(event, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

export function requireMediaType(event: APIGatewayProxyEventV2, accepted: string): void {
  if (mediaType(event) !== accepted) throw new UnsupportedMediaTypeError(accepted);
}

/**
 * Reads a JSON body against its schema, or the schema its content picks (a staff action's,
 * by its type: staff-schemas.ts). `check` adds what the schema cannot know (the
 * organisation's settings and staff): it sees the parsed JSON whether or not the schema
 * passed, so one 400 names every bad field at once.
 */
export function parseJsonBody<S extends z.ZodMiniType>(
  event: APIGatewayProxyEventV2,
  schema: S | ((body: unknown) => S),
  check?: (input: unknown) => FieldProblem[],
): z.infer<S> {
  requireMediaType(event, 'application/json');
  const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
  if (Buffer.byteLength(raw, 'utf8') > MAX_BODY_BYTES) {
    throw new ValidationError([{ field: 'body', message: `must be at most ${MAX_BODY_BYTES} bytes` }]);
  }
  if (raw.trim() === '') throw new ValidationError([{ field: 'body', message: 'is required (a JSON object)' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ValidationError([{ field: 'body', message: 'is not valid JSON' }]);
  }
  const result = (typeof schema === 'function' ? schema(parsed) : schema).safeParse(parsed);
  const problems = [...(result.success ? [] : fieldProblems(result.error)), ...(check?.(parsed) ?? [])];
  if (problems.length > 0) throw new ValidationError(uniqueByField(problems));
  return result.data as z.infer<S>;
}

export function fieldProblems(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): FieldProblem[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'body', message: issue.message }));
}

/** One message per field: the schema's own comes first, a directory check adds only new fields. */
export function uniqueByField(problems: readonly FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => !seen.has(problem.field) && Boolean(seen.add(problem.field)));
}

/** The client's Idempotency-Key, when it sent one; a key beyond the documented length is a 400. */
export function idempotencyKey(event: APIGatewayProxyEventV2): string | undefined {
  const key = header(event, 'idempotency-key');
  if (!key) return undefined;
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new ValidationError([{ field: 'Idempotency-Key', message: `must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters` }]);
  }
  return key;
}

export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const entry = Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === wanted);
  return entry?.[1];
}

export function pathParameter(event: APIGatewayProxyEventV2, name: string): string {
  const value = event.pathParameters?.[name];
  if (!value) throw new NotFoundError();
  try {
    return decodeURIComponent(value);
  } catch {
    // A malformed %-sequence names nothing that exists: the answer to a wrong address.
    throw new NotFoundError();
  }
}

/**
 * The complainant's status token: a header from the enhanced page, or the link's query
 * string for a page without JavaScript. Neither is logged (the access log has no query).
 */
export function statusToken(event: APIGatewayProxyEventV2): string {
  return header(event, 'x-status-token') ?? event.queryStringParameters?.token ?? '';
}

/** The one place errors become responses. Unknown errors say nothing about themselves. */
export function errorResponse(error: unknown): HttpResult {
  if (error instanceof ValidationError) return json(400, { message: 'Invalid request', errors: error.fields, ...error.answer });
  if (error instanceof UnauthenticatedError) return json(401, { message: error.message }, { 'www-authenticate': 'Bearer' });
  if (error instanceof NotFoundError) return json(404, { message: 'Not found' });
  if (error instanceof ForbiddenError) return json(403, { message: error.message });
  if (error instanceof ConflictError) return json(409, { message: error.message });
  if (error instanceof ConcurrencyError) return json(409, { message: 'The complaint changed meanwhile; try again' });
  if (error instanceof DirectoryChangeRefusedError) {
    return json(409, { message: `This change was not made: ${error.problems.join('; ')}.`, problems: error.problems });
  }
  if (error instanceof DirectoryChangedError) return json(409, { message: 'Someone else changed the directory meanwhile; try again' });
  if (error instanceof IdempotencyKeyReusedError) return json(422, { message: error.message });
  if (error instanceof UnsupportedMediaTypeError) return json(415, { message: error.message }, { accept: error.accepted });
  // Our errors carry references and field names, never what a person wrote.
  if (error instanceof Error) logger.error('Unhandled error', error);
  else logger.error('Unhandled error', { error: String(error) });
  return json(500, { message: 'Something went wrong on our side. Please try again.' });
}

/** Wraps a handler body so every error goes through the mapper. */
export function httpHandler(work: (event: APIGatewayProxyEventV2) => Promise<HttpResult>) {
  return async (event: APIGatewayProxyEventV2): Promise<HttpResult> => {
    try {
      return await work(event);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
