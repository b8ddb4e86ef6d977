/** A RecordContext on fakes: the use-case test world plus the in-memory record store. */
import type { RecordContext } from '../../lambdas/use-cases/record-context';
import { InMemoryRecordStore } from './record-fakes';
import { exampleOrg, testWorld, type TestWorld } from './use-case-context';

export interface RecordWorld extends TestWorld {
  rctx: RecordContext;
  records: InMemoryRecordStore;
}

export function recordWorld(options: Parameters<typeof testWorld>[0] = {}): RecordWorld {
  const world = testWorld(options);
  const org = options.org ?? exampleOrg;
  const records = new InMemoryRecordStore(world.repo);
  const rctx: RecordContext = {
    ...world.ctx,
    records,
    settings: org.settings.map(({ id, name, ofstedUrn }) => ({ id, name, ...(ofstedUrn ? { ofstedUrn } : {}) })),
    inspectorLinkDays: org.inspectorLinkDays,
  };
  return { ...world, rctx, records };
}
