/** POST /staff/complaints/{id}/record — the complaint written up for the record (R2), no one named. */
import { writeSummativeRecord } from '../use-cases/write-summative-record';
import { principalFrom } from './auth';
import { httpHandler, json, parseJsonBody, pathParameter } from './http';
import { summativeRecordRequest } from './summative-record-request';
// The use cases' context alone: this reads and saves the complaint and never calls the record's store.
import { logger, useCaseContext } from './runtime';

export const handler = httpHandler(async (event) => {
  const context = await useCaseContext();
  const principal = principalFrom(event, context.directory);
  const request = parseJsonBody(event, summativeRecordRequest);
  const reference = pathParameter(event, 'id');
  const complaint = await writeSummativeRecord(context, principal, reference, request);
  logger.info('Written up for the record', { reference });
  return json(200, { summativeRecord: complaint.summativeRecord, pseudonyms: complaint.pseudonyms });
});
