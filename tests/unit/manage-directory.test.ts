import { describe, expect, it } from 'vitest';
import { ConflictError, DirectoryChangeRefusedError, ForbiddenError, ValidationError } from '../../lambdas/domain/errors';
import { directorySnapshot, seedFrom } from '../../lambdas/domain/staff-directory';
import { responsibleFor } from '../../lambdas/domain/directory';
import { addMember, type NewMember } from '../../lambdas/use-cases/add-member';
import { addSetting } from '../../lambdas/use-cases/add-setting';
import { changeMember } from '../../lambdas/use-cases/change-member';
import { changeSetting } from '../../lambdas/use-cases/change-setting';
import { CurrentDirectory, DIRECTORY_CACHE_MS } from '../../lambdas/use-cases/current-directory';
import { handOverComplaints } from '../../lambdas/use-cases/hand-over-complaints';
import { listDirectoryChanges, listMembers, listSettings } from '../../lambdas/use-cases/view-directory';
import { listNames } from '../../lambdas/use-cases/list-names';
import { directoryWorld } from '../helpers/directory-fakes';
import { parentSubmission, principal, submitOnline } from '../helpers/submissions';
import { exampleOrg, testWorld } from '../helpers/use-case-context';
import type { EmailEffect } from '../../lambdas/domain/complaint';
import { LANGUAGES } from '../../lambdas/domain/language';
import { messagesFor } from '../../lambdas/templates/messages';
import { renderEmail } from '../../lambdas/templates/render-email';

const admin = principal('ian-murray');
const newcomer: NewMember = {
  id: 'jo-bloggs',
  name: 'Jo Bloggs',
  email: 'jo.bloggs@acorn-early-years.example.org',
  roles: ['keyPerson'],
  settings: ['oak-street'],
  language: 'cy',
};

function setup() {
  const world = testWorld({ references: ['CONC-0001', 'CONC-0002'] });
  return { world, ...directoryWorld(world) };
}

/** A concern at Oak Street with Amira Khan as its key person: her clock runs (P1). */
async function amirasConcern(world: ReturnType<typeof testWorld>) {
  return submitOnline(world, parentSubmission({ classification: 'concern', keyPersonId: 'amira-khan' }));
}

describe('Use case: addMember', () => {
  it('stores the member, creates their account and records who added them, seeding the directory first', async () => {
    // Prepare
    const { admin: ctx, directories, accounts, world } = setup();

    // Act
    const member = await addMember(ctx, admin, newcomer);

    // Assess
    expect(member).toEqual({ ...newcomer, active: true });
    expect(directories.member('jo-bloggs')).toEqual({ ...newcomer, active: true });
    expect(accounts.applied).toEqual([{ after: { ...newcomer, active: true } }]);
    expect(directories.records.map((r) => r.kind)).toEqual(['seeded', 'memberAdded']);
    expect(directories.records[1]).toMatchObject({ by: 'ian-murray', target: 'jo-bloggs', at: world.clock.now().toISOString() });
    expect(directories.records[1]!.after).toMatchObject({ email: newcomer.email, roles: ['keyPerson'] });
  });

  it('is for administrators only: a setting manager is refused and nothing changes', async () => {
    const { admin: ctx, directories, accounts } = setup();

    await expect(addMember(ctx, principal('chloe-evans'), newcomer)).rejects.toThrow(ForbiddenError);
    expect(directories.stored).toBeUndefined();
    expect(accounts.applied).toEqual([]);
  });

  it('refuses a taken id (409), an unknown setting and a taken email (400, by field)', async () => {
    const { admin: ctx, accounts } = setup();

    await expect(addMember(ctx, admin, { ...newcomer, id: 'amira-khan' })).rejects.toThrow(ConflictError);
    const refused = await addMember(ctx, admin, { ...newcomer, settings: ['oak-street', 'nowhere'], email: 'AMIRA.KHAN@acorn-early-years.example.org' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fields.map((f) => f.field)).toEqual(['settings.1', 'email']);
    expect(accounts.applied).toEqual([]);
  });
});

describe('Use case: changeMember', () => {
  it('P4: refuses to deactivate the only manager of Oak Street, saying so, and stores nothing', async () => {
    const { admin: ctx, directories, accounts } = setup();

    const refused = await changeMember(ctx, admin, 'chloe-evans', { active: false }).catch((e: unknown) => e);

    expect(refused).toBeInstanceOf(DirectoryChangeRefusedError);
    expect((refused as DirectoryChangeRefusedError).problems).toEqual(['Oak Street Nursery would be left without a setting manager']);
    expect(directories.member('chloe-evans').active).toBe(true);
    expect(directories.records.map((r) => r.kind)).toEqual(['seeded']);
    expect(accounts.applied).toEqual([]);
  });

  it('changes roles, updates the account and records only the fields that changed', async () => {
    const { admin: ctx, directories, accounts } = setup();

    await changeMember(ctx, admin, 'ben-jones', { roles: ['keyPerson', 'safeguardingLead'], language: 'en' });

    expect(directories.member('ben-jones').roles).toEqual(['keyPerson', 'safeguardingLead']);
    expect(accounts.applied[0]?.before?.roles).toEqual(['keyPerson']);
    expect(accounts.applied[0]?.after.roles).toEqual(['keyPerson', 'safeguardingLead']);
    expect(directories.records.at(-1)).toMatchObject({
      kind: 'memberChanged',
      by: 'ian-murray',
      target: 'ben-jones',
      before: { roles: ['keyPerson'] },
      after: { roles: ['keyPerson', 'safeguardingLead'] },
    });
  });

  it('refuses the last administrator taking their own role away', async () => {
    const { admin: ctx } = setup();

    await expect(changeMember(ctx, admin, 'ian-murray', { roles: ['owner'] })).rejects.toThrow(/without an administrator/);
  });

  it('P1: a key person alone responsible for a running concern is deactivated only after a handover', async () => {
    // Prepare
    const { admin: ctx, directories, accounts, world } = setup();
    const { reference } = await amirasConcern(world);

    // Act: refused while the concern is hers
    const refused = await changeMember(ctx, admin, 'amira-khan', { active: false }).catch((e: unknown) => e);

    // Assess
    expect(refused).toBeInstanceOf(DirectoryChangeRefusedError);
    expect((refused as DirectoryChangeRefusedError).problems).toEqual([
      `Amira Khan alone is responsible for a running complaint (${reference}): hand it over to someone else first`,
    ]);

    // Act: hand over to Ben Jones, then deactivate
    expect(await handOverComplaints(ctx, admin, 'amira-khan', 'ben-jones')).toEqual({ handedOver: [reference] });
    await changeMember(ctx, admin, 'amira-khan', { active: false });

    // Assess
    const aggregate = world.repo.get(reference);
    expect(aggregate.complaint.keyPersonId).toBe('ben-jones');
    const note = world.repo.recordEvents.get(reference)!.at(-1)!;
    expect(note).toMatchObject({ type: 'note', visibleToComplainant: false, actor: { kind: 'staff', staffId: 'ian-murray' } });
    // The dashboard's copy of the complaint names the new key person too.
    const [open] = await world.repo.openComplaints('oak-street', { limit: 10 });
    expect(open?.complaint.keyPersonId).toBe('ben-jones');
    expect(directories.member('amira-khan').active).toBe(false);
    expect(accounts.applied.at(-1)).toMatchObject({ before: { active: true }, after: { active: false } });
    expect(directories.records.map((r) => r.kind)).toEqual(['seeded', 'complaintsHandedOver', 'memberDeactivated']);
  });

  it('P1: from the handover on, the new key person is the one responsible (reminders go to them)', async () => {
    const { admin: ctx, directories, world } = setup();
    const { reference } = await amirasConcern(world);

    await handOverComplaints(ctx, admin, 'amira-khan', 'ben-jones');
    await changeMember(ctx, admin, 'amira-khan', { active: false });

    const directory = directorySnapshot(exampleOrg.name, directories.stored!.data);
    expect(responsibleFor(directory, world.repo.get(reference).complaint, 'keyPerson').map((m) => m.id)).toEqual(['ben-jones']);
  });

  it('P1: the new key person is emailed at once, in their language, with the stage that is now theirs and its deadline', async () => {
    // Prepare
    const { admin: ctx, world } = setup();
    const { reference } = await amirasConcern(world);
    const keyPersonClock = world.repo.get(reference).levels.keyPerson!;

    // Act
    await handOverComplaints(ctx, admin, 'amira-khan', 'ben-jones');

    // Assess: one email, to Ben Jones only, waiting in the outbox with the change
    const told = world.repo.pendingEffects().filter((e): e is EmailEffect => e.kind === 'email' && e.message.kind === 'complaintHandedOver');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      to: 'ben.jones@acorn-early-years.example.org',
      withStatusLink: false,
      message: { reference, level: 'keyPerson', deadlineAt: keyPersonClock.deadlineAt, settingName: 'Oak Street Nursery' },
    });
  });

  it('P4: for a complaint at the manager’s stage the new key person is told it is someone else’s stage, with no deadline of theirs', async () => {
    const { admin: ctx, world } = setup();
    const { reference } = await submitOnline(world, parentSubmission({ classification: 'complaint', keyPersonId: 'amira-khan' }));

    await handOverComplaints(ctx, admin, 'amira-khan', 'ben-jones');

    const [told] = world.repo.pendingEffects().filter((e): e is EmailEffect => e.kind === 'email' && e.message.kind === 'complaintHandedOver');
    expect(told?.message).toMatchObject({ reference, level: 'settingManager' });
    expect(told?.message).not.toHaveProperty('deadlineAt');
    expect(renderEmail(told!.message, 'en', messagesFor('en')).text).toContain('with someone else for now');
  });

  it('P1: the handover email names neither the complainant nor the colleague it came from, in every language', async () => {
    const { admin: ctx, world } = setup();
    const { reference } = await amirasConcern(world);
    await handOverComplaints(ctx, admin, 'amira-khan', 'ben-jones');
    const [effect] = world.repo.pendingEffects().filter((e): e is EmailEffect => e.kind === 'email' && e.message.kind === 'complaintHandedOver');

    for (const language of LANGUAGES) {
      const email = renderEmail(effect!.message, language, messagesFor(language));
      const everything = `${email.subject}\n${email.text}\n${email.html}`;
      expect(everything, language).toContain(reference);
      expect(everything, language).not.toMatch(/Sam Parent|parent@|Amira|Lunches/);
    }
  });

  it('a handover goes only to a key person of the complaint’s setting', async () => {
    const { admin: ctx, world } = setup();
    const { reference } = await amirasConcern(world);

    const refused = await handOverComplaints(ctx, admin, 'amira-khan', 'farah-ali').catch((e: unknown) => e);

    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fields[0]?.field).toBe('toStaffId');
    expect(world.repo.get(reference).complaint.keyPersonId).toBe('amira-khan');
  });
});

describe('Use case: settings', () => {
  it('adds a setting, which starts needing its staff, and renames it, recording both', async () => {
    const { admin: ctx, directories } = setup();

    await addSetting(ctx, admin, { id: 'elm-road', name: 'Elm Road Nursery' });
    await changeSetting(ctx, admin, 'elm-road', { name: 'Elm Road Nursery and Pre-school' });
    const { settings } = await listSettings(ctx, admin);

    expect(settings.find((s) => s.id === 'elm-road')).toEqual({
      id: 'elm-road',
      name: 'Elm Road Nursery and Pre-school',
      needs: ['settingManager', 'lineManager', 'allegationRecipients'],
    });
    expect(settings.find((s) => s.id === 'oak-street')?.needs).toEqual([]);
    expect(directories.records.at(-1)).toMatchObject({
      kind: 'settingChanged',
      before: { name: 'Elm Road Nursery' },
      after: { name: 'Elm Road Nursery and Pre-school' },
    });
    await expect(addSetting(ctx, admin, { id: 'elm-road', name: 'Again' })).rejects.toThrow(ConflictError);
  });

  it('P3: a setting added without a LADO, where the configuration gives no organisation-wide one, lists the LADO as a need until one is given', async () => {
    // Prepare: an organisation whose configuration names no LADO for a new setting
    const { admin: ctx, directories } = setup();
    ctx.configuredLado = () => undefined;

    // Act
    await addSetting(ctx, admin, { id: 'ash-grove', name: 'Ash Grove Nursery' });
    const before = (await listSettings(ctx, admin)).settings.find((s) => s.id === 'ash-grove');
    await changeSetting(ctx, admin, 'ash-grove', { lado: { name: 'Bradford LADO', phone: '01274 431 111' } });
    const after = (await listSettings(ctx, admin)).settings.find((s) => s.id === 'ash-grove');

    // Assess
    expect(before?.needs).toContain('lado');
    expect(after?.needs).not.toContain('lado');
    expect(after?.lado).toEqual({ name: 'Bradford LADO', phone: '01274 431 111' });
    expect(directories.records.at(-1)).toMatchObject({ kind: 'settingChanged', after: { lado: { phone: '01274 431 111' } } });
  });

  it('P3: with an organisation-wide LADO in the configuration, a new setting needs none of its own', async () => {
    // Prepare
    const { admin: ctx } = setup();

    // Act
    await addSetting(ctx, admin, { id: 'ash-grove', name: 'Ash Grove Nursery' });
    const { settings } = await listSettings(ctx, admin);

    // Assess
    expect(settings.find((s) => s.id === 'ash-grove')?.needs).not.toContain('lado');
  });

  it('a member can then be given the new setting', async () => {
    const { admin: ctx, directories } = setup();
    await addSetting(ctx, admin, { id: 'elm-road', name: 'Elm Road Nursery' });

    await addMember(ctx, admin, { ...newcomer, roles: ['settingManager'], settings: ['elm-road'] });

    expect(directories.member('jo-bloggs').settings).toEqual(['elm-road']);
  });
});

describe('Use case: the record of changes', () => {
  it('lists who changed what, newest first, to administrators only', async () => {
    const { admin: ctx } = setup();
    await addMember(ctx, admin, newcomer);
    await changeMember(ctx, admin, 'jo-bloggs', { name: 'Jo Bloggs-Smith' });

    const { items } = await listDirectoryChanges(ctx, admin, { limit: 10 });

    expect(items.map((r) => [r.kind, r.target, r.by])).toEqual([
      ['memberChanged', 'jo-bloggs', 'ian-murray'],
      ['memberAdded', 'jo-bloggs', 'ian-murray'],
      ['seeded', 'directory', 'configuration'],
    ]);
    await expect(listDirectoryChanges(ctx, principal('helen-okafor'), { limit: 10 })).rejects.toThrow(ForbiddenError);
    await expect(listMembers(ctx, principal('gareth-price'))).rejects.toThrow(ForbiddenError);
  });
});

describe('CurrentDirectory: a change reaches every use case within a minute', () => {
  it('reads the configuration until the directory is stored, then the stored one, at most a minute old', async () => {
    // Prepare
    const { admin: ctx, directories, world } = setup();
    const current = new CurrentDirectory(directories, async () => seedFrom(exampleOrg), world.clock);

    // Act / Assess: before the seed, the configuration
    expect((await current.data()).members.find((m) => m.id === 'chloe-evans')?.roles).toEqual(['settingManager']);
    await changeMember(ctx, admin, 'ben-jones', { roles: ['keyPerson', 'settingManager'] });
    world.clock.set(new Date(world.clock.now().getTime() + DIRECTORY_CACHE_MS - 1000));
    expect((await current.data()).members.find((m) => m.id === 'ben-jones')?.roles).toEqual(['keyPerson']);

    world.clock.set(new Date(world.clock.now().getTime() + 1000));
    expect((await current.data()).members.find((m) => m.id === 'ben-jones')?.roles).toEqual(['keyPerson', 'settingManager']);
    expect(directories.loads).toBeGreaterThan(0);
  });

  it('forgets its copy when told a change was made here', async () => {
    const { directories, world, admin: ctx } = setup();
    const current = new CurrentDirectory(directories, async () => seedFrom(exampleOrg), world.clock);
    await current.data();

    await changeMember({ ...ctx, changed: () => current.forget() }, admin, 'ben-jones', { language: 'pl' });

    expect((await current.data()).members.find((m) => m.id === 'ben-jones')?.language).toBe('pl');
  });
});

describe('Use case: listNames', () => {
  it('gives the console every setting’s and everyone’s name as the directory has them now, names only, deactivated people too', async () => {
    // Prepare: a rename, a newcomer and a deactivation
    const { admin: ctx, directories } = setup();
    await changeSetting(ctx, admin, 'willow-lane', { name: 'Willow Lane Pre-school and Nursery' });
    await addMember(ctx, admin, newcomer);
    await changeMember(ctx, admin, 'jo-bloggs', { active: false });

    // Act
    const names = listNames(directorySnapshot(exampleOrg.name, directories.stored!.data), principal('amira-khan'));

    // Assess
    expect(names.settings).toContainEqual({ id: 'willow-lane', name: 'Willow Lane Pre-school and Nursery' });
    expect(names.staff).toContainEqual({ id: 'jo-bloggs', name: 'Jo Bloggs' });
    expect(names.staff).toHaveLength(exampleOrg.staff.length + 1);
    expect(JSON.stringify(names)).not.toMatch(/@|keyPerson|oak-street"\]/);
  });
});
