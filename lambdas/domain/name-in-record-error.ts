import { ValidationError } from './errors';
import type { NameMatch } from './name-check';

type Match = NameMatch & { suggestion: string };

/**
 * R2: a summary for the record names someone: a 400 that shows where, and what to write
 * instead. Per field, as every 400 names its fields; the matches (with the words found) go
 * back only to their writer, so the console can highlight them, and are never logged.
 */
export class NameInRecordError extends ValidationError {
  constructor(readonly matches: ReadonlyArray<Match>) {
    super(fieldsOf(matches), { message: 'People are not named in the record', matches });
    this.name = 'NameInRecordError';
  }
}

function fieldsOf(matches: ReadonlyArray<Match>): Array<{ field: string; message: string }> {
  return [...new Set(matches.map((m) => m.field))].map((field) => ({
    field,
    message: `names someone: write ${matches
      .filter((m) => m.field === field)
      .map((m) => `"${m.suggestion}"`)
      .filter((s, i, all) => all.indexOf(s) === i)
      .join(', ')} instead`,
  }));
}
