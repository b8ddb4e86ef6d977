/**
 * The directory as each invocation reads it: the stored one, or the configuration's until it
 * is stored, kept for a short while per warm function (a minute by default) so that most
 * invocations cost no read, and a change reaches reminders, alerts and access within that
 * minute. The function that makes a change forgets its copy at once.
 */
import type { DirectoryReader, DirectoryRepository, StoredDirectory } from '../domain/directory-ports';
import type { Clock } from '../domain/ports';
import type { DirectoryData } from '../domain/staff-directory';

export const DIRECTORY_CACHE_MS = 60_000;

export class CurrentDirectory {
  private cached?: { value: StoredDirectory | undefined; at: number };

  constructor(
    private readonly repository: DirectoryReader,
    /** What the configuration says: the directory until the seed is stored (loaded only then). */
    private readonly seed: () => Promise<DirectoryData>,
    private readonly clock: Clock,
    private readonly maxAgeMs = DIRECTORY_CACHE_MS,
  ) {}

  async data(): Promise<DirectoryData> {
    return (await this.stored())?.data ?? (await this.seed());
  }

  /** The stored directory (fresh within the cache's age), or undefined before the seed. */
  async stored(): Promise<StoredDirectory | undefined> {
    const now = this.clock.now().getTime();
    if (this.cached && now - this.cached.at < this.maxAgeMs) return this.cached.value;
    const value = await this.repository.load();
    this.cached = { value, at: now };
    return value;
  }

  forget(): void {
    this.cached = undefined;
  }
}

/**
 * Stores the configuration's directory if nothing is stored yet: at the first `npm start`,
 * and in AWS at the first run of the outbox sweeper (every minute from the deploy) or the
 * first change an administrator makes, whichever comes first.
 */
export async function ensureSeeded(repository: DirectoryRepository, seed: DirectoryData, clock: Clock): Promise<StoredDirectory> {
  const stored = await repository.load();
  if (stored) return stored;
  await repository.seed(seed, { at: clock.now().toISOString(), by: 'configuration', kind: 'seeded', target: 'directory' });
  const seeded = await repository.load();
  if (!seeded) throw new Error('The directory was seeded but cannot be read back');
  return seeded;
}
