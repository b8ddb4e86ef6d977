/** R2: the summative record, written by staff, with no one named in it. */
import { describe, expect, it } from 'vitest';
import { NameInRecordError } from '../../lambdas/domain/name-in-record-error';
import { recordRowOf } from '../../lambdas/domain/record';
import { writeSummativeRecord } from '../../lambdas/use-cases/write-summative-record';
import { recordWorld } from '../helpers/record-world';
import { agencySubmission, parentSubmission, principal, REFERENCE, submitOnline } from '../helpers/submissions';

const TEXT = {
  eyfsAreas: ['safeguardingAndWelfare', 'staffing'] as const,
  raised: 'Child A came home with another child’s lunchbox three times.',
  investigation: 'The manager spoke with staff member A and checked the pick-up routine.',
  actionTaken: 'Lunchboxes are now checked against a labelled shelf at pick-up.',
};

async function worldWithChild(submission = parentSubmission({ childName: 'Łukasz', keyPersonId: 'amira-khan' })) {
  const world = recordWorld({ references: [REFERENCE] });
  await submitOnline(world, submission);
  return world;
}

const write = (world: Awaited<ReturnType<typeof worldWithChild>>, text: Partial<Omit<typeof TEXT, 'eyfsAreas'>>, staffId = 'chloe-evans') =>
  writeSummativeRecord(world.ctx, principal(staffId), REFERENCE, { ...TEXT, ...text, eyfsAreas: [...TEXT.eyfsAreas] });

describe('Use case: writeSummativeRecord (R2)', () => {
  it('R2: a summary that names no one is kept with its EYFS areas, who wrote it and when; the row shows the areas', async () => {
    const world = await worldWithChild();
    const complaint = await write(world, {});
    expect(complaint.summativeRecord).toMatchObject({ ...TEXT, writtenBy: 'chloe-evans', writtenAt: '2026-03-02T10:00:00.000Z' });
    expect(recordRowOf(world.repo.get(REFERENCE).complaint).eyfsAreas).toEqual(['safeguardingAndWelfare', 'staffing']);
    expect(world.repo.recordEvents.get(REFERENCE)!.at(-1)).toMatchObject({ type: 'recordWritten', visibleToComplainant: false });
  });

  it.each([
    ['the child, in capitals', { raised: 'ŁUKASZ came home upset.' }, 'raised', 'ŁUKASZ', 'child A'],
    ['the child, declined (Polish)', { investigation: 'Rozmawialiśmy z Łukaszem.' }, 'investigation', 'Łukaszem', 'child A'],
    ['the complainant', { raised: 'Mr parent rang; sam was upset.' }, 'raised', 'sam', 'parent A'],
    ['a member of staff from the directory', { investigation: 'Chloe looked into it.' }, 'investigation', 'Chloe', 'staff member B'],
    ['the key person', { actionTaken: 'Amira will check lunchboxes.' }, 'actionTaken', 'Amira', 'staff member A'],
  ])('R2: a summary naming %s is refused with the match and the label to use', async (_who, text, field, word, label) => {
    const world = await worldWithChild();
    const error = await write(world, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NameInRecordError);
    const match = (error as NameInRecordError).matches.find((m) => m.text === word)!;
    expect(match).toMatchObject({ field, suggestion: label });
    const written = (text as Record<string, string>)[field]!;
    expect(written.slice(match.start, match.end)).toBe(word);
    expect((error as NameInRecordError).fields).toEqual([{ field, message: expect.stringContaining(label) }]);
    expect(world.repo.get(REFERENCE).complaint.summativeRecord).toBeUndefined();
  });

  it('R2: an agency is checked by its whole name, and is "agency A" in the record', async () => {
    const world = await worldWithChild(agencySubmission());
    const error = (await write(world, { raised: 'Leeds Family Services wrote about Jo.' }).catch((e: unknown) => e)) as NameInRecordError;
    expect(error.matches.map((m) => [m.text, m.suggestion])).toEqual([['Leeds Family Services', 'agency A']]);
  });

  it('R2: the labels are stable: the same person keeps the same label on every write', async () => {
    const world = await worldWithChild();
    await write(world, {});
    const first = world.repo.get(REFERENCE).complaint.pseudonyms;
    await write(world, { raised: 'Child A again.' });
    expect(world.repo.get(REFERENCE).complaint.pseudonyms).toEqual(first);
    expect(first).toMatchObject({ child: 'child A', complainant: 'parent A', 'staff:amira-khan': 'staff member A' });
  });

  it('F3: a key person may not write the record', async () => {
    const world = await worldWithChild();
    await expect(write(world, {}, 'amira-khan')).rejects.toMatchObject({ name: 'ForbiddenError' });
  });
});
