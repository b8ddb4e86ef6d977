import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../lambdas/domain/complaint';
import { coversSetting, membersWithRole, responsibleFor, type Directory, type DirectoryMember } from '../../lambdas/domain/directory';
import { LEVEL_IDS } from '../../lambdas/domain/procedure';
import { storedComplaint } from '../helpers/submissions';

const member = (id: string, roles: DirectoryMember['roles'], settings: string[]): DirectoryMember => ({
  id,
  name: id,
  email: `${id}@acorn.example.org`,
  roles,
  settings,
  language: 'en',
});

// The example organisation's shape: two settings, one manager each, a line manager over
// both, an owner and an administrator who oversee every setting.
const directory: Directory = {
  organisationName: 'Acorn Early Years Trust',
  settingName: (id) => ({ 'oak-street': 'Oak Street Nursery', 'willow-lane': 'Willow Lane Pre-school' })[id],
  members: [
    member('amira-khan', ['keyPerson'], ['oak-street']),
    member('ben-jones', ['keyPerson'], ['oak-street']),
    member('chloe-evans', ['settingManager'], ['oak-street']),
    member('dawid-nowak', ['safeguardingLead', 'keyPerson'], ['oak-street']),
    member('elena-popescu', ['settingManager', 'safeguardingLead'], ['willow-lane']),
    member('farah-ali', ['keyPerson'], ['willow-lane']),
    member('gareth-price', ['lineManager'], ['oak-street', 'willow-lane']),
    member('helen-okafor', ['owner'], []),
    member('ian-murray', ['administrator'], []),
  ],
};

function complaintAt(settingId: string, overrides: Partial<Complaint> = {}): Complaint {
  return storedComplaint({ settingId, ...overrides });
}

const ids = (members: readonly DirectoryMember[]) => members.map((m) => m.id);

describe('Domain: responsibleFor', () => {
  it('P1: the key person level goes to the child’s named key person', () => {
    // Act
    const people = responsibleFor(directory, complaintAt('oak-street', { keyPersonId: 'amira-khan' }), 'keyPerson');

    // Assess
    expect(ids(people)).toEqual(['amira-khan']);
  });

  it('P1: without a named key person the key person level falls back to the setting manager', () => {
    // Act
    const people = responsibleFor(directory, complaintAt('oak-street'), 'keyPerson');

    // Assess
    expect(ids(people)).toEqual(['chloe-evans']);
  });

  it('P1: a key person of another setting is not used; the setting manager takes it', () => {
    // Act
    const people = responsibleFor(directory, complaintAt('oak-street', { keyPersonId: 'farah-ali' }), 'keyPerson');

    // Assess
    expect(ids(people)).toEqual(['chloe-evans']);
  });

  it('P4: a key person the complaint is about is never responsible for it; the setting manager takes it', () => {
    // Act
    const people = responsibleFor(
      directory,
      complaintAt('oak-street', { keyPersonId: 'amira-khan', subjectStaffId: 'amira-khan', about: 'keyPerson' }),
      'keyPerson',
    );

    // Assess
    expect(ids(people)).toEqual(['chloe-evans']);
  });

  it('P4/P6: the setting manager level goes to that setting’s manager only', () => {
    // Act
    const oak = responsibleFor(directory, complaintAt('oak-street'), 'settingManager');
    const willow = responsibleFor(directory, complaintAt('willow-lane'), 'settingManager');

    // Assess
    expect(ids(oak)).toEqual(['chloe-evans']);
    expect(ids(willow)).toEqual(['elena-popescu']);
  });

  it('P7, A1/A5: a complaint about the only setting manager goes to the line manager at the manager level, never to the manager', () => {
    // Act
    const people = responsibleFor(
      directory,
      complaintAt('oak-street', { about: 'manager', subjectStaffId: 'chloe-evans' }),
      'settingManager',
    );

    // Assess
    expect(ids(people)).toEqual(['gareth-price']);
  });

  it('P7: a complaint about the line manager goes on to the owners at the line manager level', () => {
    // Act
    const people = responsibleFor(directory, complaintAt('oak-street', { about: 'otherStaff', subjectStaffId: 'gareth-price' }), 'lineManager');

    // Assess
    expect(ids(people)).toEqual(['helen-okafor']);
  });

  it('P7: the line manager level goes to the line manager covering the setting', () => {
    // Act
    const people = responsibleFor(directory, complaintAt('willow-lane'), 'lineManager');

    // Assess
    expect(ids(people)).toEqual(['gareth-price']);
  });

  it('P8/A6: the appeal levels go to the owners, who oversee every setting', () => {
    // Act
    const owners = responsibleFor(directory, complaintAt('oak-street'), 'owners');
    const agencyAppeal = responsibleFor(directory, complaintAt('willow-lane', { track: 'agency' }), 'agencyAppeal');

    // Assess
    expect(ids(owners)).toEqual(['helen-okafor']);
    expect(ids(agencyAppeal)).toEqual(['helen-okafor']);
  });

  it('P3: the member of staff a complaint is about is never a recipient at any level', () => {
    for (const subject of directory.members) {
      for (const level of LEVEL_IDS) {
        // Prepare
        const complaint = complaintAt('oak-street', { subjectStaffId: subject.id, keyPersonId: 'amira-khan' });

        // Act
        const people = responsibleFor(directory, complaint, level);

        // Assess
        expect(ids(people), `${subject.id} at ${level}`).not.toContain(subject.id);
      }
    }
  });

  it('leaves nobody without someone responsible while another person can take it', () => {
    for (const subject of directory.members) {
      for (const level of LEVEL_IDS) {
        // Prepare: the owner as the subject leaves no one above; every other case has someone.
        if (subject.roles.includes('owner')) continue;
        const complaint = complaintAt('oak-street', { subjectStaffId: subject.id });

        // Act / Assess
        expect(responsibleFor(directory, complaint, level).length, `${subject.id} at ${level}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('Domain: membersWithRole', () => {
  it('P3: finds the safeguarding lead of a setting and leaves out the excluded member', () => {
    // Act
    const leads = membersWithRole(directory, 'safeguardingLead', 'oak-street');
    const withoutDawid = membersWithRole(directory, 'safeguardingLead', 'oak-street', 'dawid-nowak');

    // Assess
    expect(ids(leads)).toEqual(['dawid-nowak']);
    expect(withoutDawid).toEqual([]);
  });

  it('owners and administrators cover every setting; others only their own', () => {
    // Assess
    expect(coversSetting(directory.members[7]!, 'willow-lane')).toBe(true);
    expect(coversSetting(directory.members[8]!, 'oak-street')).toBe(true);
    expect(coversSetting(directory.members[0]!, 'willow-lane')).toBe(false);
  });
});
