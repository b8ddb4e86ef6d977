/**
 * R1: the record lists every complaint, not only running clocks, from index partitions that
 * hold exactly what a filter asks for; a page reads the same number of rows however many
 * complaints the record holds.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lambdas/domain/complaint';
import { planRecordQuery } from '../../lambdas/domain/record';
import { listRecord, type RecordFilters } from '../../lambdas/use-cases/list-record';
import { recordAction } from '../../lambdas/use-cases/record-action';
import { respondToOutcome } from '../../lambdas/use-cases/respond-to-outcome';
import { submitComplaint } from '../../lambdas/use-cases/submit-complaint';
import { recordWorld, type RecordWorld } from '../helpers/record-world';
import { agencySubmission, parentSubmission, principal } from '../helpers/submissions';

const byPhone = (staffId: string): Actor => ({ kind: 'staff', staffId, role: 'settingManager' });

//   ref        setting      received   status     outcome    track
//   OAK1-AAAA  oak-street   10 Jan     closed     upheld     parent   key person amira
//   OAK2-BBBB  oak-street   1 Feb      withdrawn  none       parent   key person ben
//   OAK3-CCCC  oak-street   20 Feb     open       none       agency   about dawid
//   WIL1-DDDD  willow-lane  15 Feb     referred   none       parent   key person farah
//   OAK4-EEEE  oak-street   2 Mar      open       none       parent   key person amira
async function recordOfFive(): Promise<RecordWorld> {
  const world = recordWorld({ references: ['OAK1-AAAA', 'OAK2-BBBB', 'OAK3-CCCC', 'WIL1-DDDD', 'OAK4-EEEE'] });
  const { ctx } = world;
  await submitComplaint(ctx, parentSubmission({ keyPersonId: 'amira-khan', channel: 'phone', receivedAt: '2026-01-10T09:00:00Z' }), { actor: byPhone('chloe-evans') });
  await submitComplaint(ctx, parentSubmission({ keyPersonId: 'ben-jones', channel: 'phone', receivedAt: '2026-02-01T09:00:00Z' }), { actor: byPhone('chloe-evans') });
  await submitComplaint(ctx, agencySubmission({ subjectStaffId: 'dawid-nowak', receivedAt: '2026-02-20T09:00:00Z', channel: 'letter' }), { actor: byPhone('chloe-evans') });
  await submitComplaint(ctx, parentSubmission({ settingId: 'willow-lane', keyPersonId: 'farah-ali', channel: 'phone', receivedAt: '2026-02-15T09:00:00Z' }), { actor: byPhone('elena-popescu') });
  await submitComplaint(ctx, parentSubmission({ keyPersonId: 'amira-khan' }), { actor: { kind: 'complainant' } });
  await recordAction(ctx, 'OAK1-AAAA', { type: 'outcome', outcome: 'upheld', summary: 'We agree.' }, principal('chloe-evans'));
  await respondToOutcome(ctx, 'OAK1-AAAA', { type: 'satisfied' });
  await respondToOutcome(ctx, 'OAK2-BBBB', { type: 'withdraw' });
  await recordAction(ctx, 'WIL1-DDDD', { type: 'referral', reason: 'An allegation surfaced.' }, principal('elena-popescu'));
  return world;
}

const list = (world: RecordWorld, staffId: string, filters: Partial<RecordFilters> = {}) =>
  listRecord(world.rctx, principal(staffId), { limit: 25, ...filters });
const refs = (page: { items: { reference: string }[] }) => page.items.map((item) => item.reference);

describe('Use case: listRecord (R1)', () => {
  it('R1: an administrator sees every complaint, open, closed, withdrawn and referred, newest first', async () => {
    const world = await recordOfFive();
    const page = await list(world, 'ian-murray');
    expect(refs(page)).toEqual(['OAK4-EEEE', 'OAK3-CCCC', 'WIL1-DDDD', 'OAK2-BBBB', 'OAK1-AAAA']);
    expect(page.items.map((item) => item.status)).toEqual(['open', 'open', 'referred', 'withdrawn', 'closed']);
    expect(page.next).toBeUndefined();
  });

  it.each([
    [{ status: 'closed' }, ['OAK1-AAAA']],
    [{ status: 'open' }, ['OAK4-EEEE', 'OAK3-CCCC']],
    [{ outcome: 'upheld' }, ['OAK1-AAAA']],
    [{ outcome: 'none', track: 'parent' }, ['OAK4-EEEE', 'WIL1-DDDD', 'OAK2-BBBB']],
    [{ track: 'agency' }, ['OAK3-CCCC']],
    [{ settingId: 'willow-lane' }, ['WIL1-DDDD']],
    [{ from: '2026-02-01', to: '2026-02-20' }, ['OAK3-CCCC', 'WIL1-DDDD', 'OAK2-BBBB']],
    [{ from: '2026-02-16', status: 'open' }, ['OAK4-EEEE', 'OAK3-CCCC']],
  ] as const)('R1: filtered by %j', async (filters, expected) => {
    const world = await recordOfFive();
    expect(refs(await list(world, 'ian-murray', filters))).toEqual(expected);
  });

  it('F3: a manager sees their setting but not a complaint about them; a key person only their own', async () => {
    const world = await recordOfFive();
    expect(refs(await list(world, 'chloe-evans'))).toEqual(['OAK4-EEEE', 'OAK3-CCCC', 'OAK2-BBBB', 'OAK1-AAAA']);
    expect(refs(await list(world, 'amira-khan'))).toEqual(['OAK4-EEEE', 'OAK1-AAAA']);
    expect(refs(await list(world, 'dawid-nowak'))).not.toContain('OAK3-CCCC');
    expect(refs(await list(world, 'elena-popescu'))).toEqual(['WIL1-DDDD']);
  });

  it('R1: pages of two follow each other with no gap and no repeat', async () => {
    const world = await recordOfFive();
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await list(world, 'ian-murray', { limit: 2, ...(after ? { after } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...refs(page));
      after = page.next;
    } while (after);
    expect(seen).toEqual(['OAK4-EEEE', 'OAK3-CCCC', 'WIL1-DDDD', 'OAK2-BBBB', 'OAK1-AAAA']);
  });

  it('R3: an expired complaint stays in the record as a tombstone, without personal data', async () => {
    const world = await recordOfFive();
    world.records.expire('OAK1-AAAA');
    world.clock.set('2029-06-01T10:00:00Z');
    const page = await list(world, 'ian-murray', { status: 'closed' });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ reference: 'OAK1-AAAA', outcome: 'upheld', tombstone: true, settingName: 'Oak Street Nursery' });
    expect(JSON.stringify(page.items[0])).not.toMatch(/Sam|parent@example|Lunches|amira/i);
  });

  it('R1: a page reads at most limit + 1 rows per partition, whatever the size of the record', async () => {
    const small = await recordOfFive();
    const large = recordWorld({ references: Array.from({ length: 300 }, (_, i) => `L${String(i).padStart(3, '0')}-AAAA`) });
    for (let i = 0; i < 300; i += 1) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      await submitComplaint(large.ctx, parentSubmission({ channel: 'phone', receivedAt: `2026-02-${day}T09:00:00Z` }), { actor: byPhone('chloe-evans') });
    }
    for (const world of [small, large]) {
      world.records.rowsRead = 0;
      world.records.queries = 0;
      await list(world, 'ian-murray', { limit: 10, status: 'open' });
    }
    const partitions = planRecordQuery(['oak-street', 'willow-lane'], { status: 'open' }).length;
    expect(large.records.queries).toBe(partitions);
    expect(large.records.rowsRead).toBeLessThanOrEqual(partitions * 11);
    expect(large.records.queries).toBe(small.records.queries);
  });

  it('R1: filters by track, status and outcome read only partitions that match them', () => {
    expect(planRecordQuery(['oak-street'], {})).toEqual([{ index: 'recordBySetting', settingId: 'oak-street', facets: {} }]);
    const closed = planRecordQuery(['oak-street'], { status: 'closed' });
    expect(closed.every((p) => p.index === 'recordByFacets' && p.facets.status === 'closed')).toBe(true);
    expect(closed).toHaveLength(2 * 4);
    expect(planRecordQuery(['oak-street', 'willow-lane'], { status: 'closed', outcome: 'upheld', track: 'parent' })).toHaveLength(2);
  });

  it('R1: a cursor that this API did not give out is refused, naming the field', async () => {
    const world = await recordOfFive();
    await expect(list(world, 'ian-murray', { after: 'bm90IGEgY3Vyc29y' })).rejects.toMatchObject({ fields: [{ field: 'after' }] });
  });
});
