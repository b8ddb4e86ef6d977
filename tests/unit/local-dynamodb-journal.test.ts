import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyWalDatabase, SHARED_DB_FILE, useWriteAheadLog } from '../../local/dynamodb-journal';

/** A database as DynamoDB Local's SQLite leaves it in rollback-journal mode: the header says 1 and 1. */
function rollbackDatabase(): Buffer {
  const file = Buffer.concat([emptyWalDatabase(), Buffer.alloc(4096, 7)]);
  file[18] = 1;
  file[19] = 1;
  return file;
}

describe('Function: useWriteAheadLog', () => {
  const dirs: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dynamodb-journal-test-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes an empty database already in WAL mode, with 4 KiB pages, where there is none', () => {
    // Prepare
    const dir = folder();

    // Act
    const outcome = useWriteAheadLog(dir);
    const file = readFileSync(path.join(dir, SHARED_DB_FILE));

    // Assess
    expect(outcome).toBe('created');
    expect(file.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(file.length).toBe(4096);
    expect(file.readUInt16BE(16)).toBe(4096);
    expect([file[18], file[19]]).toEqual([2, 2]);
    expect(file[100]).toBe(0x0d);
  });

  it('removes a log left beside a database that was deleted, so that SQLite does not replay it into the new one', () => {
    // Prepare
    const dir = folder();
    writeFileSync(path.join(dir, `${SHARED_DB_FILE}-wal`), Buffer.alloc(8192, 3));
    writeFileSync(path.join(dir, `${SHARED_DB_FILE}-shm`), Buffer.alloc(32768, 3));

    // Act
    const outcome = useWriteAheadLog(dir);

    // Assess
    expect(outcome).toBe('created');
    expect(readdirSync(dir)).toEqual([SHARED_DB_FILE]);
  });

  it('switches a database kept by an earlier version to WAL, changing nothing else', () => {
    // Prepare
    const dir = folder();
    const before = rollbackDatabase();
    writeFileSync(path.join(dir, SHARED_DB_FILE), before);

    // Act
    const outcome = useWriteAheadLog(dir);
    const after = readFileSync(path.join(dir, SHARED_DB_FILE));

    // Assess
    expect(outcome).toBe('switched');
    expect([after[18], after[19]]).toEqual([2, 2]);
    expect(Buffer.concat([after.subarray(0, 18), after.subarray(20)])).toEqual(Buffer.concat([before.subarray(0, 18), before.subarray(20)]));
  });

  it('leaves a database with a rollback journal beside it alone, so SQLite can roll the interrupted commit back', () => {
    // Prepare
    const dir = folder();
    const before = rollbackDatabase();
    writeFileSync(path.join(dir, SHARED_DB_FILE), before);
    writeFileSync(path.join(dir, `${SHARED_DB_FILE}-journal`), Buffer.alloc(512, 1));

    // Act
    const outcome = useWriteAheadLog(dir);

    // Assess
    expect(outcome).toBe('left: rollback journal present');
    expect(readFileSync(path.join(dir, SHARED_DB_FILE))).toEqual(before);
  });

  it('leaves a database in WAL mode, and a file that is not SQLite, as they are', () => {
    // Prepare
    const walDir = folder();
    const otherDir = folder();
    writeFileSync(path.join(walDir, SHARED_DB_FILE), emptyWalDatabase());
    writeFileSync(path.join(otherDir, SHARED_DB_FILE), 'not a database');

    // Act
    const outcomes = [useWriteAheadLog(walDir), useWriteAheadLog(otherDir)];

    // Assess
    expect(outcomes).toEqual(['already', 'left: not an SQLite database']);
    expect(readFileSync(path.join(walDir, SHARED_DB_FILE))).toEqual(emptyWalDatabase());
    expect(readFileSync(path.join(otherDir, SHARED_DB_FILE), 'utf8')).toBe('not a database');
  });
});
