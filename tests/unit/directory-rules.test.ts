import { describe, expect, it } from 'vitest';
import { allegationRecipients } from '../../lambdas/domain/allegation-recipients';
import { allegationAlwaysReachesTwo, dutiesLeftBehind, gapsOpenedBy, procedureGaps } from '../../lambdas/domain/directory-rules';
import { directorySnapshot, seedFrom, type DirectoryData, type MemberRecord } from '../../lambdas/domain/staff-directory';
import type { LevelId } from '../../lambdas/domain/procedure';
import { exampleOrg } from '../helpers/use-case-context';

const example = (): DirectoryData => seedFrom(exampleOrg);

function withMember(data: DirectoryData, id: string, change: Partial<MemberRecord>): DirectoryData {
  return { ...data, members: data.members.map((m) => (m.id === id ? { ...m, ...change } : m)) };
}

const ids = (members: readonly { id: string }[]) => members.map((m) => m.id).sort();

describe('Domain: the directory keeps the procedure possible (issue 12)', () => {
  it('the example organisation lacks nothing', () => {
    expect(procedureGaps(example())).toEqual([]);
  });

  it('P4: deactivating the only setting manager of Oak Street leaves it without one', () => {
    const after = withMember(example(), 'chloe-evans', { active: false });

    expect(gapsOpenedBy(example(), after)).toEqual([{ settingId: 'oak-street', need: 'settingManager' }]);
  });

  it('P4: a second manager makes the first one free to go', () => {
    const before = withMember(example(), 'ben-jones', { roles: ['keyPerson', 'settingManager'] });

    expect(gapsOpenedBy(before, withMember(before, 'chloe-evans', { active: false }))).toEqual([]);
  });

  it('P7, A5: taking the line manager role from the only line manager leaves both settings without one', () => {
    const after = withMember(example(), 'gareth-price', { roles: ['keyPerson'] });

    // At Willow Lane he was also the second person an allegation about Elena Popescu reaches (P3).
    expect(gapsOpenedBy(example(), after)).toEqual([
      { settingId: 'oak-street', need: 'lineManager' },
      { settingId: 'willow-lane', need: 'lineManager' },
      { settingId: 'willow-lane', need: 'allegationRecipients' },
    ]);
  });

  it('P7: moving the line manager off one setting leaves only that setting without one', () => {
    const after = withMember(example(), 'gareth-price', { settings: ['oak-street'] });

    expect(gapsOpenedBy(example(), after)).toEqual([
      { settingId: 'willow-lane', need: 'lineManager' },
      { settingId: 'willow-lane', need: 'allegationRecipients' },
    ]);
  });

  it('P8, A6: deactivating the only owner leaves every setting without one', () => {
    const gaps = gapsOpenedBy(example(), withMember(example(), 'helen-okafor', { active: false }));

    expect(gaps.filter((g) => g.need === 'owner').map((g) => g.settingId)).toEqual(['oak-street', 'willow-lane']);
  });

  it('P3: the rule asks the allegation routing itself: at Willow Lane the line manager makes up the two', () => {
    const directory = directorySnapshot('', example());

    expect(ids(allegationRecipients(directory, 'willow-lane'))).toEqual(['elena-popescu', 'gareth-price']);
    expect(allegationAlwaysReachesTwo(directory, 'willow-lane')).toBe(true);
  });

  it('P3: a setting where one person is everything cannot receive an allegation about that person', () => {
    const solo: DirectoryData = {
      settings: [{ id: 'tiny', name: 'Tiny Tots' }],
      members: [
        { id: 'sam', name: 'Sam', email: 'sam@example.org', roles: ['settingManager', 'safeguardingLead', 'lineManager', 'owner'], settings: ['tiny'], language: 'en', active: true },
        { id: 'kim', name: 'Kim', email: 'kim@example.org', roles: ['keyPerson'], settings: ['tiny'], language: 'en', active: true },
      ],
    };

    expect(procedureGaps(solo)).toEqual([{ settingId: 'tiny', need: 'allegationRecipients' }]);
    // A key person receives no allegation; a second safeguarding lead is not enough when Sam
    // is accused (only one left); with another owner every case reaches two people.
    const withLead = withMember(solo, 'kim', { roles: ['keyPerson', 'safeguardingLead'] });
    const lee = { id: 'lee', name: 'Lee', email: 'lee@example.org', roles: ['owner'] as const, settings: [], language: 'en' as const, active: true };
    expect(procedureGaps(withLead)).toEqual([{ settingId: 'tiny', need: 'allegationRecipients' }]);
    expect(procedureGaps({ ...withLead, members: [...withLead.members, { ...lee, roles: ['owner'] }] })).toEqual([]);
  });

  it('P3: taking the line manager and the owner away from Willow Lane leaves fewer than two people who can receive an allegation', () => {
    const withoutGareth = withMember(example(), 'gareth-price', { settings: ['oak-street'] });
    const after = withMember(withoutGareth, 'helen-okafor', { active: false });

    expect(gapsOpenedBy(example(), after)).toContainEqual({ settingId: 'willow-lane', need: 'allegationRecipients' });
  });

  it('a setting just added starts with gaps, and staffing it opens none', () => {
    const added: DirectoryData = { ...example(), settings: [...example().settings, { id: 'elm-road', name: 'Elm Road' }] };
    const staffed = withMember(added, 'farah-ali', { settings: ['willow-lane', 'elm-road'] });

    expect(procedureGaps(added).filter((g) => g.settingId === 'elm-road').map((g) => g.need)).toEqual([
      'settingManager',
      'lineManager',
      'allegationRecipients',
    ]);
    expect(gapsOpenedBy(added, staffed)).toEqual([]);
  });
});

describe('Domain: dutiesLeftBehind (a person alone responsible for a running clock)', () => {
  const clock = (level: LevelId, keyPersonId?: string) => ({
    complaint: { id: `K-${level}`, settingId: 'oak-street', ...(keyPersonId ? { keyPersonId } : {}) },
    clock: { level },
  });

  it('P1: the named key person of a running concern cannot be deactivated without a handover', () => {
    const clocks = [clock('keyPerson', 'amira-khan')];

    expect(dutiesLeftBehind(example(), withMember(example(), 'amira-khan', { active: false }), 'amira-khan', clocks)).toEqual(clocks);
  });

  it('P1: nor moved to another setting', () => {
    const after = withMember(example(), 'amira-khan', { settings: ['willow-lane'] });

    expect(dutiesLeftBehind(example(), after, 'amira-khan', [clock('keyPerson', 'amira-khan')])).toHaveLength(1);
  });

  it('a change that keeps them responsible (their language) leaves nothing behind', () => {
    const after = withMember(example(), 'amira-khan', { language: 'pl' });

    expect(dutiesLeftBehind(example(), after, 'amira-khan', [clock('keyPerson', 'amira-khan')])).toEqual([]);
  });

  it('another key person’s complaint, and a level shared with others, are not theirs alone', () => {
    const twoManagers = withMember(example(), 'ben-jones', { roles: ['keyPerson', 'settingManager'] });
    const after = withMember(twoManagers, 'chloe-evans', { active: false });

    expect(dutiesLeftBehind(example(), withMember(example(), 'amira-khan', { active: false }), 'amira-khan', [clock('keyPerson', 'ben-jones')])).toEqual([]);
    expect(dutiesLeftBehind(twoManagers, after, 'chloe-evans', [clock('settingManager')])).toEqual([]);
  });

  it('P6: the only manager is alone responsible for a manager-level clock', () => {
    const after = withMember(example(), 'chloe-evans', { active: false });

    expect(dutiesLeftBehind(example(), after, 'chloe-evans', [clock('settingManager')])).toHaveLength(1);
  });
});
