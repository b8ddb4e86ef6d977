/** The record of complaints in the form asked for: JSON, CSV (a download) or the printable page. */
import type { RecordFormat } from '../domain/record-ports';
import { recordCsv } from '../templates/record-csv';
import type { RecordDocument } from '../use-cases/produce-record';
import { ASSETS } from '../templates/site/generated/assets';
import { renderRecordPage } from '../templates/site/pages/record';
import { htmlPage } from './response';
import { json, type HttpResult } from './http';

export function recordResponse(
  record: RecordDocument,
  format: RecordFormat,
  links?: { csv: string; json: string },
): HttpResult {
  if (format === 'json') return json(200, record);
  if (format === 'csv') {
    const name = `record-of-complaints-${record.period.from}-to-${record.period.to}.csv`;
    return {
      statusCode: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      },
      body: recordCsv(record),
    };
  }
  return htmlPage(200, renderRecordPage(record, ASSETS.css, links));
}
