import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import exampleOrganisation from '../../config/example-organisation.json';
import {
  allegationRecipients,
  MIN_ALLEGATION_RECIPIENTS,
  procedureGaps,
} from '../../lambdas/domain/allegation-recipients';
import type { DirectoryMember } from '../../lambdas/domain/directory';
import { ROLES, type Role } from '../../lambdas/domain/procedure';
import { parseOrganisationConfig } from '../../lib/config/organisation';

const member = (id: string, roles: Role[], settings: string[] = []): DirectoryMember => ({
  id,
  name: id,
  email: `${id}@acorn.example.org`,
  roles,
  settings,
  language: 'en',
});

// The example organisation: Oak Street has a manager (Chloe) and a safeguarding lead
// (Dawid); at Willow Lane Elena is both; Gareth is the line manager of both; Helen the owner.
const example = { members: parseOrganisationConfig(exampleOrganisation).staff };
const ids = (members: readonly DirectoryMember[]) => members.map((m) => m.id).sort();
const SETTINGS = ['oak-street', 'willow-lane'];

describe('Domain: allegationRecipients (P3)', () => {
  // prettier-ignore
  const cases: [string, string, string | undefined, string[]][] = [
    ['no one named at Oak Street: its safeguarding lead and manager',          'oak-street',  undefined,       ['chloe-evans', 'dawid-nowak']],
    ['a key person accused at Oak Street: its safeguarding lead and manager',  'oak-street',  'amira-khan',    ['chloe-evans', 'dawid-nowak']],
    ['the Oak Street manager accused: the lead, and the line manager for her', 'oak-street',  'chloe-evans',   ['dawid-nowak', 'gareth-price']],
    ['the Oak Street lead accused: the manager, and the line manager for him', 'oak-street',  'dawid-nowak',   ['chloe-evans', 'gareth-price']],
    ['the line manager accused: the setting leads, and the owner for him',     'oak-street',  'gareth-price',  ['chloe-evans', 'dawid-nowak', 'helen-okafor']],
    ['no one named at Willow Lane: Elena alone is one, so the line manager too', 'willow-lane', undefined,     ['elena-popescu', 'gareth-price']],
    ['a key person accused at Willow Lane: Elena and the line manager',        'willow-lane', 'farah-ali',     ['elena-popescu', 'gareth-price']],
    ['Elena (manager and lead) accused: the line manager and the owner',       'willow-lane', 'elena-popescu', ['gareth-price', 'helen-okafor']],
  ];

  it.each(cases)('P3: %s', (_, settingId, accused, expected) => {
    // Act
    const told = allegationRecipients(example, settingId, accused);

    // Assess
    expect(ids(told)).toEqual(expected);
  });

  it('P3: whatever the directory and whoever is accused, the accused is never told, and a directory without gaps always tells at least two', () => {
    const settingIds = ['s1', 's2'];
    const arbitraryMember = (index: number) =>
      fc
        .record({
          roles: fc.subarray([...ROLES], { minLength: 1 }),
          settings: fc.subarray(settingIds),
        })
        .map(({ roles, settings }) => member(`m${index}`, roles, settings));
    const arbitraryDirectory = fc
      .integer({ min: 1, max: 8 })
      .chain((size) => fc.tuple(...Array.from({ length: size }, (_, index) => arbitraryMember(index))))
      .map((members) => ({ members }));

    fc.assert(
      fc.property(arbitraryDirectory, fc.constantFrom(...settingIds), fc.integer({ min: -1, max: 8 }), (directory, settingId, index) => {
        const accused = index < 0 ? undefined : `m${index}`;
        const told = allegationRecipients(directory, settingId, accused);
        expect(told.some((m) => m.id === accused)).toBe(false);
        const gaps = procedureGaps(directory, settingIds).filter((gap) => gap.level === undefined);
        if (gaps.length === 0) expect(told.length).toBeGreaterThanOrEqual(MIN_ALLEGATION_RECIPIENTS);
        else expect(gaps.every((gap) => gap.message.includes(`"${gap.settingId}"`))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Domain: procedureGaps (P3, P4, P7)', () => {
  it('P3: the example organisation has none: every allegation at every setting reaches two people who are not the accused', () => {
    expect(procedureGaps(example, SETTINGS)).toEqual([]);
  });

  it('P3: a setting whose manager is also its only safeguarding lead, with no line manager or owner above, is a gap naming the setting and the cases', () => {
    // Prepare
    const directory = {
      members: [member('solo', ['settingManager', 'safeguardingLead'], ['small']), member('kp', ['keyPerson'], ['small'])],
    };

    // Act
    const gaps = procedureGaps(directory, ['small']);

    // Assess
    const alert = gaps.find((gap) => gap.level === undefined)!;
    expect(alert.settingId).toBe('small');
    expect(alert.cases).toEqual([null, 'solo', 'kp']);
    expect(alert.message).toContain('setting "small"');
    expect(alert.message).toContain('when it is about solo');
  });

  it('P7: with an owner above, every level has someone whoever is complained about; an allegation about the only manager, or the owner, still falls short', () => {
    // Prepare: one manager (also the lead) and an owner, no line manager.
    const directory = {
      members: [member('manager', ['settingManager', 'safeguardingLead'], ['small']), member('owner', ['owner'])],
    };

    // Act
    const gaps = procedureGaps(directory, ['small']);

    // Assess
    expect(gaps.filter((gap) => gap.level !== undefined)).toEqual([]);
    expect(gaps.map((gap) => gap.cases)).toEqual([['manager', 'owner']]);
    expect(ids(allegationRecipients(directory, 'small', 'manager'))).toEqual(['owner']);
  });

  it('P4, P7: a setting with no manager, line manager or owner leaves its levels with nobody: a gap per level', () => {
    // Prepare
    const directory = { members: [member('kp', ['keyPerson'], ['small']), member('lead', ['safeguardingLead'], ['small'])] };

    // Act
    const levels = procedureGaps(directory, ['small']).flatMap((gap) => (gap.level ? [gap.level] : []));

    // Assess: the key person's level has the named key person, except when it is about them.
    expect(levels).toContain('settingManager');
    expect(levels).toContain('agencyMeeting');
    expect(levels).toContain('owners');
  });
});
