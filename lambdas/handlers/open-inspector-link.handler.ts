/**
 * GET /record/shared?token=… — the record of a period through an inspector's read-only link
 * (R1). A link that is unknown, expired or revoked is the same 404 page.
 */
import { NotFoundError } from '../domain/errors';
import { openInspectorLink } from '../use-cases/inspector-links';
import { recordSharedUrl } from '../templates/site/record-paths';
import { htmlPage } from './response';
import { httpHandler } from './http';
import { parseQuery } from './query';
import { recordResponse } from './record-responses';
import { sharedRecordQuery } from './shared-record-query';
import { logger } from './logger';
import { recordReadContext } from './record-read-runtime';

const NOT_FOUND = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Link not found</title></head><body><main><h1>This link does not work</h1><p>It may have expired or been withdrawn. Ask the setting for a new one.</p></main></body></html>`;

export const handler = httpHandler(async (event) => {
  const parsed = sharedRecordQuery.safeParse(event.queryStringParameters ?? {});
  if (!parsed.success) return htmlPage(404, NOT_FOUND);
  const { token, format } = parsed.data;
  try {
    const record = await openInspectorLink(await recordReadContext(), token, format);
    logger.info('Record opened through an inspector link', { format, complaints: record.entries.length });
    return recordResponse(record, format, { csv: recordSharedUrl(token, 'csv'), json: recordSharedUrl(token, 'json') });
  } catch (error) {
    if (error instanceof NotFoundError) return htmlPage(404, NOT_FOUND);
    throw error;
  }
});
