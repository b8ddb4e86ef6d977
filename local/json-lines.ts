/**
 * Append-only JSON Lines files for the embedded default's own stores (the inbox, the
 * executions). Each change appends one line, synchronously, so the cost of a write does not
 * grow with what is stored (rewriting a whole JSON file did: 266–400 ms per email at 4,784
 * emails). A process killed mid-write leaves at most a torn last line, which reading skips:
 * that change was never acknowledged to anyone. On open a store compacts its file (a fresh
 * file with one line per live record, written aside and renamed over), so it stays as long
 * as what it holds.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function readJsonLines<T>(file: string): T[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`${file} could not be read`, { cause: error });
  }
  const lines = text.split('\n');
  const values: T[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      values.push(JSON.parse(line) as T);
    } catch (error) {
      // Only the last line can be torn (by a kill mid-append); anything else is damage.
      const isLast = lines.slice(index + 1).every((rest) => rest.trim() === '');
      if (!isLast) throw new Error(`${file}: line ${index + 1} is not JSON`, { cause: error });
    }
  });
  return values;
}

export class JsonLinesFile<T> {
  constructor(private readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
  }

  append(value: T): void {
    appendFileSync(this.file, `${JSON.stringify(value)}\n`);
  }

  /** Replaces the file with these values (written aside, then renamed over: never half of one). */
  rewrite(values: Iterable<T>): void {
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, [...values].map((value) => `${JSON.stringify(value)}\n`).join(''));
    renameSync(temporary, this.file);
  }
}

/**
 * What an earlier version kept in one JSON file beside `file` (same name ending in `.json`),
 * read once so that an upgrade loses no open clock and no email; the caller writes it into
 * the new file and then removes it with `removeLegacy`.
 */
export function legacyJsonFile(file: string): string | undefined {
  const legacy = file.replace(/\.jsonl$/, '.json');
  return legacy !== file && existsSync(legacy) ? legacy : undefined;
}

export function removeLegacy(legacy: string | undefined): void {
  if (legacy) rmSync(legacy, { force: true });
}
