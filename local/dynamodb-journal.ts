/**
 * DynamoDB Local keeps a persisted table in one SQLite file, and leaves SQLite in its default
 * rollback-journal mode, where a commit writes a journal, syncs it, writes the database,
 * syncs that and deletes the journal. strace counted 4 fsyncs and 2 journal deletions per
 * TransactWriteItems; with an fsync at ~4 ms on a shared disk, that (not our stores) held
 * persisted intake to about half of in-memory intake: every write of every request waits for
 * the one before it to reach the disk.
 *
 * In write-ahead-log mode a commit appends its pages to `<file>-wal` and syncs that once (1.3
 * fsyncs per TransactWriteItems, counted the same way). SQLite folds the log into the database
 * now and then (a checkpoint) and replays what is left of it on the next open, after a stop
 * or a crash alike, so a commit that was answered is on disk just as before: a SIGKILL (or a
 * power cut) loses no acknowledged write. The mode is stored in the file itself (bytes 18 and
 * 19 of its header are 2 for WAL, 1 for the rollback journal), so DynamoDB Local, which never
 * asks for a mode, opens it in WAL from then on. DynamoDB Local has no option for it, so this
 * sets it before java starts:
 *
 * - no database yet: write an empty database already in WAL mode (4 KiB pages, SQLite's
 *   default today; DynamoDB Local's own SQLite would pick 1 KiB), and DynamoDB Local creates
 *   its tables in it. A log or journal left beside a database that was deleted belongs to
 *   that database: it goes too, or SQLite would replay it into the new one;
 * - a database from an earlier version, closed cleanly: set those two bytes, which is what
 *   `PRAGMA journal_mode=WAL` writes on a database nobody has open;
 * - a rollback journal beside it (a process killed mid-commit left it "hot"): leave the file
 *   alone, so SQLite rolls that commit back on open as it must; the next start switches it.
 */
import { closeSync, existsSync, openSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

/** The database file DynamoDB Local writes in its -dbPath with -sharedDb. */
export const SHARED_DB_FILE = 'shared-local-instance.db';

export type JournalOutcome = 'created' | 'switched' | 'already' | 'left: rollback journal present' | 'left: not an SQLite database';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const PAGE_SIZE = 4096;
/** Header offsets (https://www.sqlite.org/fileformat2.html#the_database_header). */
const WRITE_VERSION = 18;
const WAL = 2;

export function useWriteAheadLog(dbPath: string): JournalOutcome {
  const file = path.join(dbPath, SHARED_DB_FILE);
  if (!existsSync(file) || statSync(file).size === 0) {
    for (const leftover of ['-wal', '-shm', '-journal']) rmSync(`${file}${leftover}`, { force: true });
    writeFileSync(file, emptyWalDatabase());
    return 'created';
  }
  const fd = openSync(file, 'r+');
  try {
    const header = Buffer.alloc(100);
    readSync(fd, header, 0, header.length, 0);
    if (!header.subarray(0, MAGIC.length).equals(MAGIC)) return 'left: not an SQLite database';
    if (header[WRITE_VERSION] === WAL && header[WRITE_VERSION + 1] === WAL) return 'already';
    if (existsSync(`${file}-journal`)) return 'left: rollback journal present';
    writeSync(fd, Buffer.from([WAL, WAL]), 0, 2, WRITE_VERSION);
    return 'switched';
  } finally {
    closeSync(fd);
  }
}

/** One page: the header of a database in WAL mode, then an empty schema table (what sqlite3 writes for it). */
export function emptyWalDatabase(): Buffer {
  const page = Buffer.alloc(PAGE_SIZE);
  MAGIC.copy(page, 0);
  page.writeUInt16BE(PAGE_SIZE, 16);
  page[WRITE_VERSION] = WAL;
  page[WRITE_VERSION + 1] = WAL;
  page[21] = 64; // maximum embedded payload fraction, fixed by the format
  page[22] = 32; // minimum embedded payload fraction
  page[23] = 32; // leaf payload fraction
  page.writeUInt32BE(1, 24); // file change counter
  page.writeUInt32BE(1, 28); // size in pages
  page.writeUInt32BE(1, 92); // the change counter the size above is valid for
  page.writeUInt32BE(3_040_001, 96); // the SQLite version that wrote it (informational)
  page[100] = 0x0d; // page 1's b-tree: a table leaf with no cells
  page.writeUInt16BE(PAGE_SIZE, 105); // its cell content area starts at the end of the page
  return page;
}
