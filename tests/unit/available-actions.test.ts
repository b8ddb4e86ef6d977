/**
 * Which actions each member of staff may take on a complaint now, and why not the rest:
 * every role of the example organisation against every state of both tracks. The same verdict
 * serves the console (GET /staff/complaints/{id}) and the API (record-action), so the last
 * part proves that nothing offered is refused and nothing refused is recorded.
 */
import { describe, expect, it } from 'vitest';
import { levelClock } from '../helpers/level-clock';
import { maySeeComplaint } from '../../lambdas/domain/access';
import { actionsOffered, actionVerdicts, STAFF_ACTION_TYPES, verdictFor, type StaffActionType } from '../../lambdas/domain/available-actions';
import { RESPONSE_TYPES, responsesOffered, responseVerdictFor, type ResponseType } from '../../lambdas/domain/available-responses';
import { recordResponseOnBehalf } from '../../lambdas/use-cases/record-response-on-behalf';
import type { ComplainantResponse } from '../../lambdas/use-cases/respond-to-outcome';
import type { ComplaintAggregate, LevelClock } from '../../lambdas/domain/complaint';
import { ConflictError, ForbiddenError } from '../../lambdas/domain/errors';
import type { LevelId } from '../../lambdas/domain/procedure';
import { getComplaint } from '../../lambdas/use-cases/get-complaint';
import { recordAction, type StaffAction } from '../../lambdas/use-cases/record-action';
import { principal } from '../helpers/submissions';
import { testWorld } from '../helpers/use-case-context';

const NOW = '2026-03-10T10:00:00Z';
const STAFF = ['amira-khan', 'chloe-evans', 'dawid-nowak', 'gareth-price', 'helen-okafor', 'ian-murray'] as const;
type Staff = (typeof STAFF)[number];

const clock = levelClock;
const done = { doneAt: '2026-03-09T10:00:00Z', doneBy: 'chloe-evans' };
const lapsed = { lapsedAt: '2026-03-09T00:00:00Z' };

function parent(currentLevel: LevelId, levels: ComplaintAggregate['levels'], extra: Partial<ComplaintAggregate['complaint']> = {}): ComplaintAggregate {
  return {
    complaint: {
      id: 'K7QM-4XRT',
      track: 'parent',
      settingId: 'oak-street',
      status: 'open',
      currentLevel,
      classification: 'concern',
      about: 'service',
      // Amira is the child's key person and the complaint is not about her (she may see it).
      keyPersonId: 'amira-khan',
      allegationOfHarm: false,
      channel: 'online',
      language: 'en',
      contact: { name: 'Sam Taylor', email: 'sam@example.com' },
      description: 'Lunchboxes mixed up.',
      receivedAt: '2026-03-02T10:00:00Z',
      version: 1,
      ...extra,
    },
    levels,
  };
}

function agency(currentLevel: LevelId, levels: ComplaintAggregate['levels'], extra: Partial<ComplaintAggregate['complaint']> = {}): ComplaintAggregate {
  const base = parent(currentLevel, levels, extra);
  const { keyPersonId: _none, ...complaint } = base.complaint;
  return { complaint: { ...complaint, track: 'agency', classification: 'complaint', contact: { ...complaint.contact, organisation: 'Health visiting' } }, levels };
}

/** Every state a complaint can be in, named by the rule that puts it there. */
const STATES: Record<string, ComplaintAggregate> = {
  'P1: a concern with the key person': parent('keyPerson', { keyPerson: clock('keyPerson') }),
  'P6: with the setting manager': parent('settingManager', { settingManager: clock('settingManager') }),
  'P6: the manager gave the outcome; waiting on the complainant': parent('settingManager', { settingManager: clock('settingManager', done) }),
  'P7: with the line manager': parent('lineManager', { lineManager: clock('lineManager') }),
  'P8: an appeal with the owners': parent('owners', { owners: clock('owners') }),
  'P8: the owners’ deadline passed (overdue reminders repeat)': parent('owners', { owners: clock('owners', lapsed) }),
  'A2: an agency complaint to acknowledge': agency('agencyAcknowledgement', {
    agencyAcknowledgement: clock('agencyAcknowledgement'),
    agencyMeeting: clock('agencyMeeting'),
  }),
  'A3: acknowledged, the meeting to hold': agency('agencyMeeting', {
    agencyAcknowledgement: clock('agencyAcknowledgement', done),
    agencyMeeting: clock('agencyMeeting'),
  }),
  'A4: met, agreement to record': agency('agencyMeeting', {
    agencyAcknowledgement: clock('agencyAcknowledgement', done),
    agencyMeeting: clock('agencyMeeting', done),
  }),
  'A5: the letter to the line manager to acknowledge': agency('lineManagerAcknowledgement', {
    lineManagerAcknowledgement: clock('lineManagerAcknowledgement'),
    lineManagerReport: clock('lineManagerReport'),
  }),
  'A5: the line manager’s report': agency('lineManagerReport', {
    lineManagerAcknowledgement: clock('lineManagerAcknowledgement', done),
    lineManagerReport: clock('lineManagerReport'),
  }),
  'A6: an appeal with the owners': agency('agencyAppeal', { agencyAppeal: clock('agencyAppeal') }),
  'closed': parent('settingManager', { settingManager: clock('settingManager', done) }, { status: 'closed' }),
  'withdrawn': parent('settingManager', { settingManager: clock('settingManager', { endedAt: NOW }) }, { status: 'withdrawn' }),
  'P3: referred to the allegations procedure': parent('settingManager', {}, { status: 'referred' }),
};

/** Who may record the duty each state owes: the responsible role, and the manager for the key person (P4). */
const DUTY_HOLDERS: Record<string, { duties: StaffActionType[]; staff: Staff[] } | undefined> = {
  'P1: a concern with the key person': { duties: ['outcome'], staff: ['amira-khan', 'chloe-evans', 'dawid-nowak'] },
  'P6: with the setting manager': { duties: ['outcome'], staff: ['chloe-evans'] },
  'P6: the manager gave the outcome; waiting on the complainant': undefined,
  'P7: with the line manager': { duties: ['outcome'], staff: ['gareth-price'] },
  'P8: an appeal with the owners': { duties: ['outcome'], staff: ['helen-okafor'] },
  'P8: the owners’ deadline passed (overdue reminders repeat)': { duties: ['outcome'], staff: ['helen-okafor'] },
  // A3's clock runs from receipt alongside A2's: the meeting can be recorded before the acknowledgement.
  'A2: an agency complaint to acknowledge': { duties: ['acknowledgement', 'meeting'], staff: ['chloe-evans'] },
  'A3: acknowledged, the meeting to hold': { duties: ['meeting'], staff: ['chloe-evans'] },
  'A4: met, agreement to record': { duties: ['agreement'], staff: ['chloe-evans'] },
  // A5's report runs from the same letter as its acknowledgement.
  'A5: the letter to the line manager to acknowledge': { duties: ['acknowledgement', 'outcome'], staff: ['gareth-price'] },
  'A5: the line manager’s report': { duties: ['outcome'], staff: ['gareth-price'] },
  'A6: an appeal with the owners': { duties: ['outcome'], staff: ['helen-okafor'] },
  'closed': undefined,
  'withdrawn': undefined,
  'P3: referred to the allegations procedure': undefined,
};

const MANAGING: Staff[] = ['chloe-evans', 'gareth-price', 'helen-okafor', 'ian-murray'];
const REFERRING: Staff[] = [...MANAGING, 'dawid-nowak'];

const INTERNAL_WORDS = /\b(keyPerson|settingManager|lineManager|safeguardingLead|agencyMeeting|agencyAppeal|[PAFR]\d{1,2})\b/;

describe('Available actions: every role in every state', () => {
  for (const [state, aggregate] of Object.entries(STATES)) {
    const open = aggregate.complaint.status === 'open';
    for (const staffId of STAFF) {
      const who = principal(staffId);
      if (!maySeeComplaint(who, aggregate.complaint)) continue;
      it(`${state} — ${staffId}`, () => {
        const offered = new Map(actionVerdicts(who, aggregate).map((verdict) => [verdict.type, verdict]));
        const holders = DUTY_HOLDERS[state];

        // F3, P9: notes and Ofsted's involvement are for anyone who may see the complaint, open or not.
        expect(offered.get('note')?.allowed).toBe(true);
        expect(offered.get('ofsted')?.allowed).toBe(true);
        // P3: a referral for the safeguarding lead and managers; closing for managers and up.
        expect(offered.get('referral')?.allowed).toBe(open && REFERRING.includes(staffId));
        expect(offered.get('close')?.allowed).toBe(open && MANAGING.includes(staffId));
        for (const duty of ['acknowledgement', 'meeting', 'outcome', 'agreement'] as const) {
          expect(offered.get(duty)?.allowed, duty).toBe(Boolean(holders?.duties.includes(duty) && holders.staff.includes(staffId)));
        }
        for (const verdict of offered.values()) {
          if (verdict.allowed) continue;
          expect(verdict.reason, verdict.type).not.toMatch(INTERNAL_WORDS);
          expect(verdict.reason.length).toBeGreaterThan(20);
        }
      });
    }
  }

  it('P4: the key person and the setting manager record the key person’s feedback; the record names each in their own role', () => {
    const aggregate = STATES['P1: a concern with the key person']!;
    expect(verdictFor(principal('amira-khan'), aggregate, 'outcome')).toEqual({ type: 'outcome', allowed: true, actingAs: 'keyPerson' });
    expect(verdictFor(principal('chloe-evans'), aggregate, 'outcome')).toEqual({ type: 'outcome', allowed: true, actingAs: 'settingManager' });
  });

  it('P6: a key person offered the manager’s outcome is told, in words, who records it', () => {
    const verdict = verdictFor(principal('amira-khan'), STATES['P6: with the setting manager']!, 'outcome');
    expect(verdict).toEqual({
      type: 'outcome',
      allowed: false,
      refusal: 'forbidden',
      reason: 'At this stage only the setting manager can record the feedback or outcome',
    });
  });

  it('a key person is not offered "Close", and is told who can close', () => {
    const verdict = verdictFor(principal('amira-khan'), STATES['P1: a concern with the key person']!, 'close');
    expect(verdict).toMatchObject({ allowed: false, refusal: 'forbidden' });
    expect(verdict.allowed ? '' : verdict.reason).toBe(
      "Only the setting manager, the setting manager's line manager, the owners or trustees or an administrator can close a complaint",
    );
  });

  it('A5: at the line manager’s stage the setting manager is told the line manager records it', () => {
    const verdict = verdictFor(principal('chloe-evans'), STATES['A5: the line manager’s report']!, 'outcome');
    expect(verdict.allowed ? '' : verdict.reason).toBe("At this stage only the setting manager's line manager can record the feedback or outcome");
  });

  it('P8: an extension is for whoever is responsible, and never once the deadline has passed', () => {
    expect(verdictFor(principal('helen-okafor'), STATES['P8: an appeal with the owners']!, 'extension').allowed).toBe(true);
    expect(verdictFor(principal('chloe-evans'), STATES['P8: an appeal with the owners']!, 'extension')).toMatchObject({
      allowed: false,
      refusal: 'forbidden',
      reason: 'Only the owners or trustees can extend this deadline',
    });
    expect(verdictFor(principal('helen-okafor'), STATES['P8: the owners’ deadline passed (overdue reminders repeat)']!, 'extension')).toMatchObject({
      allowed: false,
      refusal: 'conflict',
      reason: 'This deadline has already passed: it can no longer be extended',
    });
  });

  it('P6: waiting on the complainant, nothing is owed: the manager is offered no duty, only notes, Ofsted, referral, a new status link and closing', () => {
    expect(actionsOffered(principal('chloe-evans'), STATES['P6: the manager gave the outcome; waiting on the complainant']!).availableActions).toEqual([
      'note',
      'ofsted',
      'referral',
      'renewStatusLink',
      'close',
    ]);
  });

  it('A4: before the meeting, agreement is a conflict that says to record the meeting first', () => {
    expect(verdictFor(principal('chloe-evans'), STATES['A3: acknowledged, the meeting to hold']!, 'agreement')).toMatchObject({
      allowed: false,
      refusal: 'conflict',
      reason: 'Agreement is sought after the meeting: record the meeting first',
    });
  });

  it('P3: a closed, withdrawn or referred complaint says which it is, and offers only notes, Ofsted and a new status link (links work a while after the end)', () => {
    const reasons = ['closed', 'withdrawn', 'P3: referred to the allegations procedure'].map((state) => {
      const offered = actionsOffered(principal('ian-murray'), STATES[state]!);
      expect(offered.availableActions).toEqual(['note', 'ofsted', 'renewStatusLink']);
      return offered.unavailableActions[0]!.reason;
    });
    expect(reasons).toEqual([
      'This complaint is closed: only notes, Ofsted involvement and posted letters can be recorded',
      'This complaint was withdrawn: only notes, Ofsted involvement and posted letters can be recorded',
      'This complaint was referred to the allegations procedure: only notes, Ofsted involvement and posted letters can be recorded',
    ]);
  });

  it('lists every action exactly once, as offered or as refused with a reason', () => {
    const offered = actionsOffered(principal('amira-khan'), STATES['P6: with the setting manager']!);
    expect([...offered.availableActions, ...offered.unavailableActions.map((refused) => refused.type)].sort()).toEqual([...STAFF_ACTION_TYPES].sort());
  });
});

/** A request for each action that is valid in itself, so only the verdict can refuse it. */
function requestFor(type: StaffActionType, aggregate: ComplaintAggregate): StaffAction {
  const current = aggregate.complaint.currentLevel ? aggregate.levels[aggregate.complaint.currentLevel] : undefined;
  switch (type) {
    case 'acknowledgement':
      return { type };
    case 'meeting':
      return { type, heldOn: '2026-03-09T10:00:00Z' };
    case 'outcome':
      return { type, outcome: 'upheld', summary: 'We are sorry; lunchboxes are now labelled.' };
    case 'agreement':
      return { type, reached: false };
    case 'extension':
      return {
        type,
        newDeadlineAt: new Date(new Date(current?.deadlineAt ?? NOW).getTime() + 3 * 86_400_000).toISOString(),
        reason: 'Waiting for a witness',
        complainantAgreedOn: NOW,
      };
    case 'referral':
      return { type, reason: 'An allegation of harm came up' };
    case 'ofsted':
      return { type, ofstedReference: 'OF-123' };
    case 'note':
      return { type, text: 'Called the parent.' };
    case 'renewStatusLink':
      return { type };
    case 'close':
      return { type, reason: 'Resolved at a meeting' };
    case 'letterPosted':
      return { type, letterKey: 'letter#complainant#acknowledgement', postedOn: NOW.slice(0, 10) };
  }
}

describe('Available actions: the console is offered exactly what the API records', () => {
  for (const [state, aggregate] of Object.entries(STATES)) {
    for (const staffId of STAFF) {
      const who = principal(staffId);
      if (!maySeeComplaint(who, aggregate.complaint)) continue;
      it(`${state} — ${staffId}: each offered action is recorded, each refused one is refused with the same reason`, async () => {
        const { availableActions } = await getComplaint(seeded(aggregate).ctx, who, aggregate.complaint.id);
        for (const type of STAFF_ACTION_TYPES) {
          const world = seeded(aggregate);
          const attempt = recordAction(world.ctx, aggregate.complaint.id, requestFor(type, aggregate), who);
          const verdict = verdictFor(who, aggregate, type);
          if (availableActions.includes(type)) {
            await expect(attempt, type).resolves.toBeDefined();
          } else {
            expect(verdict.allowed).toBe(false);
            if (verdict.allowed) continue;
            await expect(attempt, type).rejects.toThrow(verdict.reason);
            await expect(attempt, type).rejects.toBeInstanceOf(verdict.refusal === 'forbidden' ? ForbiddenError : ConflictError);
            expect(world.repo.saves, type).toBe(0);
          }
        }
      });
    }
  }
});

/** What each state lets a complainant answer, as staff may record it for them (P8, A4, A5). */
const ANSWERS: Record<string, ResponseType[]> = {
  'P6: the manager gave the outcome; waiting on the complainant': ['notSatisfied', 'satisfied', 'withdraw'],
  'A4: met, agreement to record': ['noAgreement', 'withdraw'],
  'closed': [],
  'withdrawn': [],
  'P3: referred to the allegations procedure': [],
};

const responseFor = (type: ResponseType): ComplainantResponse =>
  type === 'satisfied' ? { type } : type === 'withdraw' ? { type, reason: 'Moving away' } : { type, reason: 'Told us at pick-up.' };

describe('Available responses: staff record the complainant’s answer only when the procedure takes it', () => {
  it('P8, A4, A5: each state offers the answers its complainant may give, to staff of its setting', () => {
    for (const [state, aggregate] of Object.entries(STATES)) {
      const expected = ANSWERS[state] ?? (aggregate.complaint.status === 'open' ? ['withdraw'] : []);
      expect(responsesOffered(principal('chloe-evans'), aggregate).availableResponses, state).toEqual(expected);
      // Elena works at Willow Lane only: an Oak Street complainant's answer is not hers to record.
      expect(responsesOffered(principal('elena-popescu'), aggregate).availableResponses, state).toEqual([]);
    }
  });

  it('P8: refusals say why in words; at the last stage, that the complainant can go to Ofsted', () => {
    const { unavailableResponses } = responsesOffered(principal('helen-okafor'), parent('owners', { owners: clock('owners', done) }));
    expect(unavailableResponses).toContainEqual({
      type: 'notSatisfied',
      reason: 'There is no further step inside the setting: the complainant can take it to Ofsted',
    });
    for (const { reason } of Object.values(STATES).flatMap((aggregate) => responsesOffered(principal('elena-popescu'), aggregate).unavailableResponses)) {
      expect(reason).not.toMatch(INTERNAL_WORDS);
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  for (const [state, aggregate] of Object.entries(STATES)) {
    for (const staffId of STAFF) {
      const who = principal(staffId);
      if (!maySeeComplaint(who, aggregate.complaint)) continue;
      it(`${state} — ${staffId}: each offered answer is recorded, each refused one is refused with the same reason`, async () => {
        const { availableResponses } = await getComplaint(seeded(aggregate).ctx, who, aggregate.complaint.id);
        for (const type of RESPONSE_TYPES) {
          const world = seeded(aggregate);
          const attempt = recordResponseOnBehalf(world.ctx, who, aggregate.complaint.id, responseFor(type), { channel: 'phone' });
          const verdict = responseVerdictFor(who, aggregate, type);
          if (availableResponses.includes(type)) {
            await expect(attempt, type).resolves.toBeDefined();
          } else {
            if (verdict.allowed) throw new Error(`${type} refused by the offer but allowed by the verdict`);
            await expect(attempt, type).rejects.toThrow(verdict.reason);
            await expect(attempt, type).rejects.toBeInstanceOf(verdict.refusal === 'forbidden' ? ForbiddenError : ConflictError);
            expect(world.repo.saves, type).toBe(0);
          }
        }
      });
    }
  }
});

function seeded(aggregate: ComplaintAggregate) {
  const world = testWorld({ now: NOW });
  world.repo.aggregates.set(aggregate.complaint.id, structuredClone(aggregate));
  return world;
}
