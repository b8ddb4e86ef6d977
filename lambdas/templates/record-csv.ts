/**
 * The record of complaints as CSV (RFC 4180), for a spreadsheet. Every cell is quoted, and a
 * cell a spreadsheet would read as a formula (=, +, -, @, a tab or a carriage return first)
 * is written with a leading apostrophe, so that nothing a person typed ever runs as a
 * formula when the file is opened (CSV injection).
 */
import type { RecordDocument } from '../use-cases/produce-record';

const HEADERS = [
  'Reference',
  'Received',
  'Setting',
  'Ofsted URN',
  'Concern or complaint',
  'From',
  'EYFS requirements',
  'What was raised',
  'How it was investigated',
  'What was done',
  'Outcome',
  'Outcome given',
  'Complainant told',
  'Status',
  'Closed',
  'Ofsted involved',
  'Allegations procedure',
  'Practice review',
  'Practice review due',
  'Practice review done',
  'Practice review findings',
  'Practice review actions',
  'Details removed (retention)',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function recordCsv(record: RecordDocument): string {
  const urnOf = new Map(record.settings.map((setting) => [setting.id, setting.ofstedUrn ?? '']));
  const lines = record.entries.map((entry) =>
    [
      entry.reference,
      entry.receivedAt,
      entry.settingName,
      urnOf.get(entry.settingId),
      entry.classification,
      entry.track === 'agency' ? 'another agency' : 'parent',
      entry.eyfsAreas.join('; '),
      entry.summary?.raised,
      entry.summary?.investigation,
      entry.summary?.actionTaken,
      entry.outcome,
      entry.outcomeAt,
      entry.complainantToldAt,
      entry.status,
      entry.closedAt,
      entry.ofstedInvolvedAt,
      entry.allegationReferred ? 'yes' : 'no',
      entry.practiceReview?.status ?? 'none',
      entry.practiceReview?.dueAt,
      entry.practiceReview?.completedAt,
      entry.practiceReviewFindings?.findings,
      entry.practiceReviewFindings?.actions,
      entry.tombstone ? 'yes' : 'no',
    ]
      .map(csvCell)
      .join(','),
  );
  // A byte-order mark, so that spreadsheets read the file as UTF-8 (Welsh, Polish, Arabic, Urdu).
  return `\ufeff${[HEADERS.map(csvCell).join(','), ...lines].join('\r\n')}\r\n`;
}
