/**
 * Shared fixtures for the use-case unit tests: the complaints a parent and an agency send
 * in, the staff principals, and the "submit, then clear what intake sent" prelude. Every
 * world starts on Monday 2 March 2026, 10:00 GMT (see use-case-context.ts).
 */
import type { StaffPrincipal } from '../../lambdas/domain/access';
import type { Actor, Complaint } from '../../lambdas/domain/complaint';
import { recordAction, type StaffAction } from '../../lambdas/use-cases/record-action';
import { respondToOutcome } from '../../lambdas/use-cases/respond-to-outcome';
import { submitComplaint, type ComplaintSubmission } from '../../lambdas/use-cases/submit-complaint';
import { exampleOrg, testWorld, type TestWorld } from './use-case-context';

/** The reference the worlds below hand to the first complaint. */
export const REFERENCE = 'K7QM-4XRT';
export const PARENT_EMAIL = 'sam.parent@example.com';
export const AGENCY_EMAIL = 'caseworker@leeds-family-services.example.org';

/** Sent in online by the complainant. */
export const online: { actor: Actor } = { actor: { kind: 'complainant' } };

/** A parent's complaint about the service at Oak Street, sent in online. */
export function parentSubmission(overrides: Partial<ComplaintSubmission> = {}): ComplaintSubmission {
  return {
    track: 'parent',
    settingId: 'oak-street',
    classification: 'complaint',
    about: 'service',
    allegationOfHarm: false,
    channel: 'online',
    language: 'en',
    contact: { name: 'Sam Parent', email: PARENT_EMAIL },
    description: 'Lunches have been served cold all week.',
    ...overrides,
  };
}

/** An agency's complaint about other staff at Oak Street, sent in by letter; otherwise as `parentSubmission`. */
export function agencySubmission(overrides: Partial<ComplaintSubmission> = {}): ComplaintSubmission {
  return parentSubmission({
    track: 'agency',
    channel: 'letter',
    about: 'otherStaff',
    contact: { name: 'Jo Caseworker', email: AGENCY_EMAIL, organisation: 'Leeds Family Services' },
    ...overrides,
  });
}

/** A parent's complaint as stored: open at Oak Street, received 2 March 2026 at 10:00 GMT. */
export function storedComplaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    id: REFERENCE,
    track: 'parent',
    settingId: 'oak-street',
    status: 'open',
    classification: 'complaint',
    about: 'service',
    allegationOfHarm: false,
    channel: 'online',
    language: 'en',
    contact: { name: 'Sam Parent', email: 'sam@example.com' },
    description: 'Lunches were cold.',
    receivedAt: '2026-03-02T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** A staff member of the example organisation, as the access rules see them. */
export function principal(staffId: string): StaffPrincipal {
  const member = exampleOrg.staff.find((s) => s.id === staffId);
  if (!member) throw new Error(`no staff member ${staffId}`);
  return { staffId, roles: member.roles, settings: member.settings };
}

/** Submits `submission` online, as the complainant. */
export function submitOnline(world: TestWorld, submission: ComplaintSubmission = parentSubmission()) {
  return submitComplaint(world.ctx, submission, online);
}

/** Forgets the emails sent and the clocks started so far. */
export function clearSent(world: TestWorld): void {
  world.mailer.sent.length = 0;
  world.workflows.started.length = 0;
}

/** A world holding one complaint under `REFERENCE`, with what intake sent cleared away. */
export async function worldWith(submission: ComplaintSubmission = parentSubmission()): Promise<TestWorld> {
  const world = testWorld({ references: [REFERENCE] });
  await submitOnline(world, submission);
  clearSent(world);
  return world;
}

/** `staffId` records `action` on the complaint `REFERENCE` at `at`. */
export async function staffDo(world: TestWorld, at: string, staffId: string, action: StaffAction) {
  world.clock.set(at);
  return recordAction(world.ctx, REFERENCE, action, principal(staffId));
}

/**
 * A3 held on 9 March, A4 no agreement on 10 March, A5: the agency wrote to the line manager
 * on 11 March. A world holding `submission` so far on, with what was sent cleared away.
 */
export async function agencyAtLineManager(submission: ComplaintSubmission = agencySubmission()): Promise<TestWorld> {
  const world = await worldWith(submission);
  await staffDo(world, '2026-03-10T10:00:00Z', 'chloe-evans', { type: 'meeting', heldOn: '2026-03-09T14:00:00Z' });
  await staffDo(world, '2026-03-10T11:00:00Z', 'chloe-evans', { type: 'agreement', reached: false });
  world.clock.set('2026-03-11T10:00:00Z');
  await respondToOutcome(world.ctx, REFERENCE, { type: 'notSatisfied', reason: 'We want the line manager to look at this.' });
  clearSent(world);
  return world;
}
