/**
 * R2: a member of staff writes up a complaint for the record of complaints — which EYFS
 * areas it concerns, what was raised, how it was investigated and what was done — in their
 * own words, not the complainant's.
 *
 * Primary course: give every person the complaint involves a label ("child A", "staff
 * member B"), keeping those already given; check each summary against every name the
 * complaint holds (the complainant, the child, the organisation's staff, the agency) and
 * refuse it with each match and the label to write instead; otherwise keep it on the
 * complaint, with who wrote it and when.
 */
import type { StaffPrincipal } from '../domain/access';
import { mayRefer } from '../domain/access';
import type { Complaint } from '../domain/complaint';
import type { Directory } from '../domain/directory';
import { ForbiddenError } from '../domain/errors';
import { findNames, type NameMatch, type NameSource } from '../domain/name-check';
import { NameInRecordError } from '../domain/name-in-record-error';
import type { Pseudonyms, SummativeText } from '../domain/record';
import { assignPseudonyms, peopleOf } from '../domain/record';
import type { UseCaseContext } from './context';
import { eventRecorder, retryOnConflict } from './context';
import { loadVisible } from './load-complaint';

/** Every name a complaint holds, and whose it is. */
export function namesHeldBy(complaint: Complaint, directory: Directory): NameSource[] {
  const complainant = complaint.track === 'agency' ? 'agency' : 'complainant';
  return [
    { person: complainant, kind: complainant, name: complaint.contact.name },
    ...(complaint.childName ? [{ person: 'child', kind: 'child' as const, name: complaint.childName }] : []),
    ...(complaint.contact.organisation
      ? [{ person: 'agency', kind: 'agency' as const, name: complaint.contact.organisation, phrase: true }]
      : []),
    ...directory.members.map((member) => ({ person: `staff:${member.id}`, kind: 'staff' as const, name: member.name })),
  ];
}

/**
 * Checks texts meant for the record; refuses with every match and the label that stands
 * for the person. Returns the pseudonyms, with any person the check met given a label.
 */
export function checkForNames(
  complaint: Complaint,
  directory: Directory,
  fields: Readonly<Record<string, string>>,
): Pseudonyms {
  const matches = findNames(fields, namesHeldBy(complaint, directory));
  const pseudonyms = assignPseudonyms(complaint.pseudonyms ?? {}, [
    ...peopleOf(complaint),
    ...matches.map((match) => match.person),
  ]);
  if (matches.length > 0) {
    throw new NameInRecordError(matches.map((match: NameMatch) => ({ ...match, suggestion: pseudonyms[match.person]! })));
  }
  return pseudonyms;
}

export function writeSummativeRecord(
  ctx: UseCaseContext,
  principal: StaffPrincipal,
  complaintId: string,
  text: SummativeText,
): Promise<Complaint> {
  return retryOnConflict(async () => {
    const aggregate = await loadVisible(ctx, principal, complaintId);
    // Those who manage complaints write the record; a key person's own notes go in the CIR.
    if (!mayRefer(principal)) throw new ForbiddenError('The record of complaints is written by managers and the safeguarding lead');
    const { raised, investigation, actionTaken } = text;
    const pseudonyms = checkForNames(aggregate.complaint, ctx.directory, { raised, investigation, actionTaken });

    const now = ctx.clock.now();
    const complaint: Complaint = {
      ...aggregate.complaint,
      summativeRecord: { ...text, eyfsAreas: [...new Set(text.eyfsAreas)], writtenAt: now.toISOString(), writtenBy: principal.staffId },
      pseudonyms,
      version: aggregate.complaint.version + 1,
    };
    const { events, record } = eventRecorder(complaintId, now);
    record(
      'recordWritten',
      { kind: 'staff', staffId: principal.staffId, role: principal.roles[0]! },
      'Written up for the record of complaints (R2).',
      { visibleToComplainant: false, details: { eyfsAreas: complaint.summativeRecord!.eyfsAreas.join(', ') } },
    );
    await ctx.repo.save({ complaint, expectedVersion: aggregate.complaint.version, levels: [], events, effects: [] });
    return complaint;
  });
}
