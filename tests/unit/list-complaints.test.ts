import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lambdas/domain/complaint';
import { ValidationError } from '../../lambdas/domain/errors';
import { listComplaints, type ListFilters } from '../../lambdas/use-cases/list-complaints';
import { recordAction } from '../../lambdas/use-cases/record-action';
import { getComplaint } from '../../lambdas/use-cases/get-complaint';
import { respondToOutcome } from '../../lambdas/use-cases/respond-to-outcome';
import { submitComplaint, type ComplaintSubmission } from '../../lambdas/use-cases/submit-complaint';
import { agencySubmission, parentSubmission, principal } from '../helpers/submissions';
import { exampleOrg, testWorld, type TestWorld } from '../helpers/use-case-context';

// Seven open complaints, each with a running clock, across the two settings, the world's clock on Monday 2 March 2026,
// 10:00 GMT. Deadlines worked out by hand (23:59:59 London on the Nth day after receipt;
// from 29 March that is 22:59:59Z):
//
//   ref        setting      level           received          deadline               key person  about
//   WIL1-EEEE  willow-lane  settingManager  1 Feb (phone)     1 Mar 23:59:59Z  overdue   farah
//   WIL3-GGGG  willow-lane  keyPerson       26 Feb (phone)    3 Mar 23:59:59Z  due soon  farah
//   OAK2-BBBB  oak-street   keyPerson       2 Mar             7 Mar 23:59:59Z  on track  amira
//   OAK1-AAAA  oak-street   settingManager  10 Feb (phone)   10 Mar 23:59:59Z  on track  amira
//   WIL2-FFFF  willow-lane  lineManager     2 Mar            16 Mar 23:59:59Z  on track  farah       elena (manager)
//   OAK3-CCCC  oak-street   settingManager  2 Mar            30 Mar 22:59:59Z  on track  ben
//   OAK4-DDDD  oak-street   agencyMeeting   2 Mar            30 Mar 22:59:59Z  on track  —           dawid (agency)
//
// The last two share a deadline and are ordered by reference.

const ALL_SETTINGS = ['oak-street', 'willow-lane'];
const IN_DEADLINE_ORDER = ['WIL1-EEEE', 'WIL3-GGGG', 'OAK2-BBBB', 'OAK1-AAAA', 'WIL2-FFFF', 'OAK3-CCCC', 'OAK4-DDDD'];

const online: Actor = { kind: 'complainant' };
const byPhone = (staffId: string): Actor => ({ kind: 'staff', staffId, role: 'settingManager' });

async function dashboardWorld(): Promise<TestWorld> {
  const world = testWorld({
    references: ['OAK1-AAAA', 'OAK2-BBBB', 'OAK3-CCCC', 'OAK4-DDDD', 'WIL1-EEEE', 'WIL2-FFFF', 'WIL3-GGGG'],
  });
  const submissions: [ComplaintSubmission, Actor][] = [
    [parentSubmission({ keyPersonId: 'amira-khan', channel: 'phone', receivedAt: '2026-02-10T09:00:00Z' }), byPhone('chloe-evans')],
    [parentSubmission({ classification: 'concern', keyPersonId: 'amira-khan' }), online],
    [parentSubmission({ keyPersonId: 'ben-jones', interpreterLanguage: 'Polish' }), online],
    [
      agencySubmission({
        subjectStaffId: 'dawid-nowak',
        contact: { name: 'Jo Caseworker', email: 'jo@agency.example.org', organisation: 'Leeds Family Services' },
      }),
      online,
    ],
    [
      parentSubmission({ settingId: 'willow-lane', keyPersonId: 'farah-ali', channel: 'phone', receivedAt: '2026-02-01T09:00:00Z' }),
      byPhone('elena-popescu'),
    ],
    [parentSubmission({ settingId: 'willow-lane', keyPersonId: 'farah-ali', about: 'manager', subjectStaffId: 'elena-popescu' }), online],
    [
      parentSubmission({
        settingId: 'willow-lane',
        classification: 'concern',
        keyPersonId: 'farah-ali',
        channel: 'phone',
        receivedAt: '2026-02-26T12:00:00Z',
      }),
      byPhone('elena-popescu'),
    ],
  ];
  for (const [submission, actor] of submissions) await submitComplaint(world.ctx, submission, { actor });
  return world;
}

const list = (world: TestWorld, staffId: string, filters: Partial<ListFilters> = {}) =>
  listComplaints(world.ctx, principal(staffId), ALL_SETTINGS, { limit: 25, ...filters });

const references = (page: { items: { reference: string }[] }) => page.items.map((row) => row.reference);

/** Follows `next` until the last page, as a dashboard would. */
async function allPages(world: TestWorld, staffId: string, limit: number): Promise<string[][]> {
  const pages: string[][] = [];
  let after: string | undefined;
  do {
    const page = await list(world, staffId, { limit, ...(after ? { after } : {}) });
    pages.push(references(page));
    after = page.next;
  } while (after && pages.length < 20);
  return pages;
}

describe('Use case: listComplaints', () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await dashboardWorld();
  });

  it('orders running clocks by the nearest deadline across settings', async () => {
    expect(references(await list(world, 'ian-murray'))).toEqual(IN_DEADLINE_ORDER);
  });

  it('each row says how its clock reads, with the statutory date and any interpreter request (F2)', async () => {
    // Act
    const { items } = await list(world, 'ian-murray');

    // Assess
    expect(items[0]).toEqual({
      reference: 'WIL1-EEEE',
      settingId: 'willow-lane',
      track: 'parent',
      level: 'settingManager',
      classification: 'complaint',
      waitingOn: 'staff',
      waitingFor: 'outcome',
      responsible: 'settingManager',
      state: 'overdue',
      deadlineAt: '2026-03-01T23:59:59Z',
      statutoryDeadlineAt: '2026-03-01T23:59:59Z',
      receivedAt: '2026-02-01T09:00:00.000Z',
    });
    expect(items.find((row) => row.reference === 'OAK3-CCCC')).toMatchObject({ interpreterLanguage: 'Polish', state: 'onTrack' });
    expect(items.find((row) => row.reference === 'OAK4-DDDD')).toMatchObject({ track: 'agency', level: 'agencyMeeting' });
  });

  describe('filters', () => {
    it.each([
      ['settingId willow-lane', { settingId: 'willow-lane' }, ['WIL1-EEEE', 'WIL3-GGGG', 'WIL2-FFFF']],
      ['track agency', { track: 'agency' }, ['OAK4-DDDD']],
      ['state overdue', { state: 'overdue' }, ['WIL1-EEEE']],
      // P1: the 5-day concern that arrived today is not due soon yet; the one from 26 February is.
      ['state dueSoon (within 7 days, or the second half of a shorter clock)', { state: 'dueSoon' }, ['WIL3-GGGG']],
      ['state onTrack', { state: 'onTrack' }, ['OAK2-BBBB', 'OAK1-AAAA', 'WIL2-FFFF', 'OAK3-CCCC', 'OAK4-DDDD']],
      ['setting and track together', { settingId: 'oak-street', track: 'parent' }, ['OAK2-BBBB', 'OAK1-AAAA', 'OAK3-CCCC']],
    ] as const)('%s', async (_case, filters, expected) => {
      expect(references(await list(world, 'ian-murray', filters))).toEqual(expected);
    });

    it('a manager asking for another setting gets nothing from it', async () => {
      expect(references(await list(world, 'chloe-evans', { settingId: 'willow-lane' }))).toEqual([]);
    });
  });

  describe('who sees which rows (F3)', () => {
    it.each([
      ['a key person sees only the complaints where they are the key person', 'amira-khan', ['OAK2-BBBB', 'OAK1-AAAA']],
      ['another key person of the same setting sees only theirs', 'ben-jones', ['OAK3-CCCC']],
      ['a manager sees only their setting', 'chloe-evans', ['OAK2-BBBB', 'OAK1-AAAA', 'OAK3-CCCC', 'OAK4-DDDD']],
      ['the safeguarding lead never sees the complaint about them', 'dawid-nowak', ['OAK2-BBBB', 'OAK1-AAAA', 'OAK3-CCCC']],
      ['a manager never sees the complaint about them', 'elena-popescu', ['WIL1-EEEE', 'WIL3-GGGG']],
      ['the line manager of both settings sees both', 'gareth-price', IN_DEADLINE_ORDER],
      ['an owner sees everything', 'helen-okafor', IN_DEADLINE_ORDER],
    ])('%s', async (_case, staffId, expected) => {
      expect(references(await list(world, staffId))).toEqual(expected);
    });
  });

  describe('pagination', () => {
    it('limit 3 gives three pages in deadline order, the last without `next`', async () => {
      // Act
      const first = await list(world, 'ian-murray', { limit: 3 });
      const second = await list(world, 'ian-murray', { limit: 3, after: first.next! });
      const third = await list(world, 'ian-murray', { limit: 3, after: second.next! });

      // Assess
      expect(references(first)).toEqual(['WIL1-EEEE', 'WIL3-GGGG', 'OAK2-BBBB']);
      expect(references(second)).toEqual(['OAK1-AAAA', 'WIL2-FFFF', 'OAK3-CCCC']);
      expect(references(third)).toEqual(['OAK4-DDDD']);
      expect(first.next).toBeDefined();
      expect(second.next).toBeDefined();
      expect(third.next).toBeUndefined();
    });

    it('a page that exactly empties the list has no `next`', async () => {
      const page = await list(world, 'ian-murray', { limit: 7 });

      expect(references(page)).toEqual(IN_DEADLINE_ORDER);
      expect(page.next).toBeUndefined();
    });

    it.each([1, 2, 3, 4, 5, 6, 7, 8])('every row comes exactly once across pages of %i, in order', async (limit) => {
      const pages = await allPages(world, 'ian-murray', limit);

      expect(pages.flat()).toEqual(IN_DEADLINE_ORDER);
      expect(pages.every((page) => page.length <= limit)).toBe(true);
      expect(pages).toHaveLength(Math.ceil(IN_DEADLINE_ORDER.length / limit));
    });

    it.each([
      ['amira-khan', ['OAK2-BBBB', 'OAK1-AAAA']],
      ['dawid-nowak', ['OAK2-BBBB', 'OAK1-AAAA', 'OAK3-CCCC']],
      ['elena-popescu', ['WIL1-EEEE', 'WIL3-GGGG']],
    ])('paging one row at a time, %s still gets each of their rows exactly once', async (staffId, expected) => {
      expect((await allPages(world, staffId, 1)).flat()).toEqual(expected);
    });

    it.each([
      ['not base64 of a position', 'bm90LWEtY3Vyc29y'],
      ['a position with something appended', Buffer.from('2026-03-01T23:59:59Z#WIL1-EEEE#settingManager#x').toString('base64url')],
      ['plain text', 'OAK1-AAAA'],
    ])('a forged cursor (%s) is a ValidationError naming `after`', async (_case, after) => {
      const attempt = list(world, 'ian-murray', { after });

      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await expect(attempt).rejects.toMatchObject({ fields: [{ field: 'after' }] });
    });
  });
});

describe('Use case: listComplaints cursor (F3)', () => {
  it('never names a complaint the caller may not see, and fills each page with what they may', async () => {
    // Prepare
    const world = await dashboardWorld();
    const hidden = (await list(world, 'ian-murray', { limit: 100 })).items.map((row) => row.reference);
    const own = references(await list(world, 'amira-khan', { limit: 100 }));
    // Act
    const pages = await allPages(world, 'amira-khan', 1);
    // Assess
    const cursors: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await list(world, 'amira-khan', { limit: 1, ...(after ? { after } : {}) });
      if (!page.next) break;
      cursors.push(Buffer.from(page.next, 'base64url').toString('utf8'));
      after = page.next;
    }
    for (const cursor of cursors) {
      const named = hidden.find((reference) => cursor.includes(reference));
      expect(own).toContain(named);
    }
    expect(pages.every((page) => page.length === 1)).toBe(true);
    expect(pages.flat()).toEqual(own);
  });
});

describe('Use case: listComplaints keeps every open complaint (what it waits for, on whom)', () => {
  it('P6, P4: once the manager gives the outcome, the complaint stays, waiting on the complainant since then; satisfied, it leaves', async () => {
    // Prepare
    const world = await dashboardWorld();
    world.clock.set(new Date('2026-03-05T11:00:00Z'));

    // Act
    // Not upheld: an upheld outcome opens the owners' practice review (R4), which keeps it listed.
    await recordAction(world.ctx, 'OAK3-CCCC', { type: 'outcome', outcome: 'notUpheld', summary: 'We are sorry.' }, principal('chloe-evans'));
    const waiting = await list(world, 'chloe-evans');

    // Assess: after every row with a deadline, with whom it waits and since when
    expect(references(waiting)).toEqual(['OAK2-BBBB', 'OAK1-AAAA', 'OAK4-DDDD', 'OAK3-CCCC']);
    expect(waiting.items.at(-1)).toMatchObject({
      reference: 'OAK3-CCCC',
      level: 'settingManager',
      waitingOn: 'complainant',
      waitingFor: 'reply',
      waitingSince: '2026-03-05T11:00:00.000Z',
    });
    expect(waiting.items.at(-1)).not.toHaveProperty('deadlineAt');

    await respondToOutcome(world.ctx, 'OAK3-CCCC', { type: 'satisfied' });
    expect(references(await list(world, 'chloe-evans'))).not.toContain('OAK3-CCCC');
  });

  it('A4, A5: after the meeting the agency complaint waits on the manager for the agreement; with none, on the agency', async () => {
    // Prepare
    const world = await dashboardWorld();
    world.clock.set(new Date('2026-03-06T09:00:00Z'));

    // Act
    await recordAction(world.ctx, 'OAK4-DDDD', { type: 'meeting', heldOn: '2026-03-05T14:00:00Z' }, principal('chloe-evans'));
    const afterMeeting = (await list(world, 'chloe-evans', { track: 'agency' })).items;
    await recordAction(world.ctx, 'OAK4-DDDD', { type: 'agreement', reached: false }, principal('chloe-evans'));
    const afterNoAgreement = (await list(world, 'chloe-evans', { track: 'agency' })).items;

    // Assess
    expect(afterMeeting).toMatchObject([
      { reference: 'OAK4-DDDD', level: 'agencyMeeting', waitingOn: 'staff', waitingFor: 'agreement', responsible: 'settingManager' },
    ]);
    expect(afterNoAgreement).toMatchObject([{ reference: 'OAK4-DDDD', waitingOn: 'complainant', waitingFor: 'reply' }]);
  });

  it('a state filter keeps to rows with a running clock; pages run on across rows without one, longest waiting first, each row once', async () => {
    // Prepare: two complaints waiting on their complainants
    const world = await dashboardWorld();
    world.clock.set(new Date('2026-03-05T11:00:00Z'));
    // Not upheld: an upheld outcome opens the owners' practice review (R4), which keeps it listed.
    await recordAction(world.ctx, 'OAK3-CCCC', { type: 'outcome', outcome: 'notUpheld', summary: 'We are sorry.' }, principal('chloe-evans'));
    world.clock.set(new Date('2026-03-05T12:00:00Z'));
    await recordAction(world.ctx, 'OAK1-AAAA', { type: 'outcome', outcome: 'notUpheld', summary: 'We found no fault.' }, principal('chloe-evans'));

    // Act
    const onePerPage = await allPages(world, 'ian-murray', 1);
    const onTrack = references(await list(world, 'ian-murray', { state: 'onTrack' }));

    // Assess
    expect(onePerPage.flat()).toEqual(['WIL1-EEEE', 'WIL3-GGGG', 'OAK2-BBBB', 'WIL2-FFFF', 'OAK4-DDDD', 'OAK3-CCCC', 'OAK1-AAAA']);
    expect(onTrack).not.toContain('OAK3-CCCC');
  });
});

describe('Use case: listComplaints and getComplaint agree (F3, P1, P3)', () => {
  it('for every member of staff, a complaint is on their dashboard exactly when they can open it — waiting, referred and closed ones too', async () => {
    // Prepare: running, answered (waiting on the complainant), referred and closed complaints
    const world = await dashboardWorld();
    await recordAction(world.ctx, 'OAK2-BBBB', { type: 'outcome', outcome: 'upheld', summary: 'Sorted at pick-up.' }, principal('amira-khan'));
    await recordAction(world.ctx, 'OAK3-CCCC', { type: 'referral', reason: 'An allegation came up.' }, principal('chloe-evans'));
    await recordAction(world.ctx, 'WIL1-EEEE', { type: 'close', reason: 'Resolved.' }, principal('elena-popescu'));
    const open = new Set(['OAK1-AAAA', 'OAK2-BBBB', 'OAK4-DDDD', 'WIL2-FFFF', 'WIL3-GGGG']);

    for (const member of exampleOrg.staff) {
      // Act
      const listed = new Set((await list(world, member.id, { limit: 100 })).items.map((row) => row.reference));
      const opens = new Set<string>();
      for (const reference of IN_DEADLINE_ORDER) {
        const seen = await getComplaint(world.ctx, principal(member.id), reference).then(
          () => true,
          () => false,
        );
        if (seen) opens.add(reference);
      }

      // Assess: listed = what they may open, among the open complaints
      expect([...listed].sort(), member.id).toEqual([...opens].filter((reference) => open.has(reference)).sort());
    }
  });
});
