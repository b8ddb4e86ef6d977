/**
 * An administrator hands a member of staff's running complaints to another key person, so
 * that the first can be deactivated or moved (issue 12, point 3).
 *
 * Primary course: find the open complaints that name them as the key person (the dashboard's
 * index, a query per setting); check the new key person works at each complaint's setting and
 * is not what it is about; on each complaint, name the new key person (its clocks carry on:
 * the next reminder goes to them) and note the handover on its record for staff only: the
 * complainant is never told the names of staff; tell the new key person by email, in their
 * language, in the same write (the outbox carries it out), saying whether the stage the
 * complaint is at is now theirs and by when; record the change in the directory's history.
 */
import type { StaffPrincipal } from '../domain/access';
import type { ComplaintAggregate, EmailEffect } from '../domain/complaint';
import { coversSetting, responsibleFor, type DirectoryMember } from '../domain/directory';
import { NotFoundError, ValidationError } from '../domain/errors';
import { directorySnapshot, type DirectorySnapshot } from '../domain/staff-directory';
import { waitingOf } from '../domain/waiting';
import { eventRecorder, retryOnConflict } from './context';
import { ensureSeeded } from './current-directory';
import { changeDirectory, openComplaintsOf, requireAdministrator, type DirectoryAdminContext } from './directory-admin';

export async function handOverComplaints(
  ctx: DirectoryAdminContext,
  principal: StaffPrincipal,
  fromStaffId: string,
  toStaffId: string,
): Promise<{ handedOver: string[] }> {
  requireAdministrator(principal);
  const { data } = await ensureSeeded(ctx.directories, ctx.seed, ctx.clock);
  const from = data.members.find((m) => m.id === fromStaffId);
  if (!from) throw new NotFoundError();
  const directory = directorySnapshot(ctx.organisationName, data);
  const to = directory.members.find((m) => m.id === toStaffId);
  if (!to || to.id === from.id) {
    throw new ValidationError([{ field: 'toStaffId', message: 'is not another active member of staff' }]);
  }

  const open = await openComplaintsOf(ctx.complaints, data.settings.map((s) => s.id));
  const theirs = open.filter((row) => row.complaint.keyPersonId === from.id).map((row) => row.complaint);
  const unsuitable = theirs.filter(
    (complaint) => !to.roles.includes('keyPerson') || !coversSetting(to, complaint.settingId) || complaint.subjectStaffId === to.id,
  );
  if (unsuitable.length > 0) {
    const names = [...new Set(unsuitable.map((c) => directory.settingName(c.settingId) ?? c.settingId))];
    throw new ValidationError([
      { field: 'toStaffId', message: `must be a key person at ${names.join(' and ')}, and not the subject of the complaint` },
    ]);
  }

  for (const { id } of theirs) {
    await retryOnConflict(async () => {
      const aggregate = await ctx.complaints.load(id);
      if (!aggregate || aggregate.complaint.keyPersonId !== from.id) return;
      const complaint = { ...aggregate.complaint, keyPersonId: to.id, version: aggregate.complaint.version + 1 };
      const now = ctx.clock.now();
      const { events, record } = eventRecorder(id, now);
      record(
        'note',
        { kind: 'staff', staffId: principal.staffId, role: 'administrator' },
        `Handed over from ${from.name} to ${to.name}, the key person from now on.`,
        { visibleToComplainant: false, details: { handedOverFrom: from.id, handedOverTo: to.id } },
      );
      const told = handOverNotice(ctx, directory, { ...aggregate, complaint }, to, now.toISOString());
      await ctx.complaints.save({ complaint, expectedVersion: aggregate.complaint.version, levels: [], events, effects: told ? [told] : [] });
    });
  }

  const handedOver = theirs.map((c) => c.id);
  await changeDirectory(ctx, ({ version }) =>
    ctx.directories.save({
      expectedVersion: version,
      record: {
        at: ctx.clock.now().toISOString(),
        by: principal.staffId,
        kind: 'complaintsHandedOver',
        target: from.id,
        after: { to: to.id, complaints: handedOver },
      },
    }),
  );
  return { handedOver };
}

/**
 * The email to the new key person: the stage the complaint is at, and its deadline when that
 * stage's duty is now theirs (the level waits on staff and they are its responsible person).
 * None for a complaint with no stage yet (nothing to tell).
 */
function handOverNotice(
  ctx: DirectoryAdminContext,
  directory: DirectorySnapshot,
  aggregate: ComplaintAggregate,
  to: DirectoryMember,
  at: string,
): EmailEffect | undefined {
  const { complaint } = aggregate;
  const waiting = waitingOf(aggregate);
  const level = waiting?.level ?? complaint.currentLevel;
  if (!level) return undefined;
  const theirs =
    waiting?.on === 'staff' && 'clock' in waiting && responsibleFor(directory, complaint, waiting.level).some((m) => m.id === to.id);
  const staffUrl = ctx.staffUrl(complaint.id);
  return {
    kind: 'email',
    key: `email#${to.id}#handedOver#${at}`,
    complaintId: complaint.id,
    createdAt: at,
    to: to.email,
    language: to.language,
    message: {
      kind: 'complaintHandedOver',
      reference: complaint.id,
      settingName: directory.settingName(complaint.settingId) ?? complaint.settingId,
      organisationName: directory.organisationName,
      level,
      ...(theirs ? { deadlineAt: waiting.clock.deadlineAt } : {}),
      ...(staffUrl ? { staffUrl } : {}),
    },
    withStatusLink: false,
  };
}
