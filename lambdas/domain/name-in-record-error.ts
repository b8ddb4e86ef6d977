import type { NameMatch } from './name-check';

/** R2: a summary for the record names someone: a 400 that shows where, and what to write instead. */
export class NameInRecordError extends Error {
  constructor(readonly matches: ReadonlyArray<NameMatch & { suggestion: string }>) {
    super(`A name was found in ${[...new Set(matches.map((m) => m.field))].join(', ')}`);
    this.name = 'NameInRecordError';
  }

  /** Per field, as every 400 names its fields; without the matched words, which are personal data. */
  get fields(): Array<{ field: string; message: string }> {
    return [...new Set(this.matches.map((m) => m.field))].map((field) => ({
      field,
      message: `names someone: write ${this.matches
        .filter((m) => m.field === field)
        .map((m) => `"${m.suggestion}"`)
        .filter((s, i, all) => all.indexOf(s) === i)
        .join(', ')} instead`,
    }));
  }
}
