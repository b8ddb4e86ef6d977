import { describe, expect, it } from 'vitest';
import { decideSubject, type SubjectFacts } from '../../lambdas/domain/subject';
import { exampleOrg } from '../helpers/use-case-context';

const directory = { members: exampleOrg.staff };
const decide = (facts: Partial<SubjectFacts> & Pick<SubjectFacts, 'about'>) => decideSubject(directory, { settingId: 'oak-street', ...facts });

describe('Domain: decideSubject (P3, P4, P7, F3)', () => {
  // prettier-ignore
  const cases: [string, Parameters<typeof decide>[0], string | undefined][] = [
    ['P4: about the key person, naming only the key person (the JSON API): the key person', { about: 'keyPerson', keyPersonId: 'amira-khan' }, 'amira-khan'],
    ['P4: about the key person, naming someone else as well: still the key person', { about: 'keyPerson', keyPersonId: 'amira-khan', subjectStaffId: 'ben-jones' }, 'amira-khan'],
    ['P4: about the key person, naming no key person but a member of staff: that member', { about: 'keyPerson', subjectStaffId: 'ben-jones' }, 'ben-jones'],
    ['P4: about other staff, naming them', { about: 'otherStaff', subjectStaffId: 'dawid-nowak' }, 'dawid-nowak'],
    ['P4: about other staff, naming no one: no one', { about: 'otherStaff' }, undefined],
    ['P7: about the manager, naming no one: the setting\'s only manager', { about: 'manager' }, 'chloe-evans'],
    ['P7: about the manager at Willow Lane: Elena', { about: 'manager', settingId: 'willow-lane' }, 'elena-popescu'],
    ['F3: about the service, naming a member of staff: kept from them all the same', { about: 'service', subjectStaffId: 'ben-jones' }, 'ben-jones'],
    ['P1: about the service, with the child\'s key person: no one', { about: 'service', keyPersonId: 'amira-khan' }, undefined],
  ];

  it.each(cases)('%s', (_, facts, expected) => {
    // Act
    const decision = decide(facts);

    // Assess
    expect(decision.problems).toEqual([]);
    expect(decision.subjectStaffId).toBe(expected);
  });

  it.each([
    ['a member of staff of another setting', { about: 'otherStaff', subjectStaffId: 'farah-ali' }, 'subjectStaffId', 'not a member of staff at this setting'],
    ['a key person of another setting as the key person complained about', { about: 'keyPerson', keyPersonId: 'farah-ali' }, 'keyPersonId', 'not a member of staff at this setting'],
    ['someone named as "the manager" who is not one', { about: 'manager', subjectStaffId: 'ben-jones' }, 'subjectStaffId', 'not a manager of this setting'],
    ['an id no member of staff has', { about: 'otherStaff', subjectStaffId: 'nobody' }, 'subjectStaffId', 'not a member of staff at this setting'],
  ] as const)('refuses %s, naming the field', (_, facts, field, message) => {
    expect(decide(facts).problems).toEqual([{ field, message }]);
  });

  it('P7: a setting with two managers must be told which one a complaint about "the manager" is about', () => {
    // Prepare
    const twoManagers = { members: [...exampleOrg.staff, { ...exampleOrg.staff.find((m) => m.id === 'chloe-evans')!, id: 'second-manager' }] };

    // Act
    const decision = decideSubject(twoManagers, { settingId: 'oak-street', about: 'manager' });

    // Assess
    expect(decision.subjectStaffId).toBeUndefined();
    expect(decision.problems.map((problem) => problem.field)).toEqual(['subjectStaffId']);
  });
});
