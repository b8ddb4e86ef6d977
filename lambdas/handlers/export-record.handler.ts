/** GET /staff/record/export — the record of a period and setting(s), as JSON, CSV or a printable page (R1). */
import { produceRecord } from '../use-cases/produce-record';
import { principalFrom } from './auth';
import { httpHandler } from './http';
import { parseQuery } from './query';
import { recordResponse } from './record-responses';
import { exportRecordQuery } from './record-export-query';
import { logger } from './logger';
import { recordReadContext } from './record-read-runtime';

export const handler = httpHandler(async (event) => {
  const context = await recordReadContext();
  const principal = principalFrom(event, context.directory);
  const { format, ...scope } = parseQuery(event, exportRecordQuery);
  const record = await produceRecord(context, { kind: 'staff', principal }, scope, format);
  logger.info('Record produced', { format, settings: scope.settingIds.length, complaints: record.entries.length });
  return recordResponse(record, format);
});
