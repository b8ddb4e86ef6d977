import { describe, expect, it } from 'vitest';
import {
  mayDischarge,
  mayManage,
  mayRecordFor,
  mayRefer,
  maySeeComplaint,
  visibleSettings,
  type StaffPrincipal,
} from '../../lambdas/domain/access';
import type { Complaint } from '../../lambdas/domain/complaint';
import { LEVEL_IDS, ROLES, type LevelId, type Role } from '../../lambdas/domain/procedure';
import { principal } from '../helpers/submissions';

// F3: staff see only what their role and setting need. The people are the example
// organisation's; two more stand for cases it lacks: a line manager of Willow Lane only, and
// a key person named on an Oak Street complaint who now works at Willow Lane only.

const EXTRA: Record<string, StaffPrincipal> = {
  'willow-line-manager': { staffId: 'willow-line-manager', roles: ['lineManager'], settings: ['willow-lane'] },
  'moved-key-person': { staffId: 'moved-key-person', roles: ['keyPerson'], settings: ['willow-lane'] },
};
const who = (staffId: string) => EXTRA[staffId] ?? principal(staffId);

type Facts = Pick<Complaint, 'settingId' | 'keyPersonId' | 'subjectStaffId'>;

const OAK_AMIRA: Facts = { settingId: 'oak-street', keyPersonId: 'amira-khan' };
const WILLOW_FARAH: Facts = { settingId: 'willow-lane', keyPersonId: 'farah-ali' };
const about = (staffId: string, facts: Facts = OAK_AMIRA): Facts => ({ ...facts, subjectStaffId: staffId });

describe('Domain: access (F3)', () => {
  describe('maySeeComplaint', () => {
    // prettier-ignore
    const matrix: [string, string, Facts, boolean][] = [
      // Key persons: only the complaints where they are the named key person, in their setting.
      ['key person named on it',                       'amira-khan',          OAK_AMIRA,                  true],
      ['another key person of the same setting',       'ben-jones',           OAK_AMIRA,                  false],
      ['a key person of another setting',              'farah-ali',           OAK_AMIRA,                  false],
      ['key person named on it, in their setting',     'farah-ali',           WILLOW_FARAH,               true],
      ['key person named, but no longer at that setting', 'moved-key-person', { settingId: 'oak-street', keyPersonId: 'moved-key-person' }, false],
      ['key person when no key person is named',      'amira-khan',          { settingId: 'oak-street' }, false],
      // Whole-setting roles: every complaint of their settings, none of another's.
      ['setting manager, own setting',                 'chloe-evans',         OAK_AMIRA,                  true],
      ['setting manager, other setting',               'chloe-evans',         WILLOW_FARAH,               false],
      ['setting manager and DSL, own setting',         'elena-popescu',       WILLOW_FARAH,               true],
      ['setting manager and DSL, other setting',       'elena-popescu',       OAK_AMIRA,                  false],
      ['safeguarding lead (and key person not named), own setting', 'dawid-nowak', OAK_AMIRA,             true],
      ['safeguarding lead, other setting',             'dawid-nowak',         WILLOW_FARAH,               false],
      ['line manager of both settings',                'gareth-price',        WILLOW_FARAH,               true],
      ['line manager of Willow Lane only, own',        'willow-line-manager', WILLOW_FARAH,               true],
      ['line manager of Willow Lane only, other',      'willow-line-manager', OAK_AMIRA,                  false],
      // Organisation-wide roles: everything.
      ['owner, any setting',                           'helen-okafor',        OAK_AMIRA,                  true],
      ['administrator, any setting',                   'ian-murray',          WILLOW_FARAH,               true],
      // P3, P4: the person a complaint is about never sees it, whatever their role.
      ['key person named on it and its subject',       'amira-khan',          about('amira-khan'),        false],
      ['another key person as its subject',            'ben-jones',           about('ben-jones'),         false],
      ['setting manager as its subject',               'chloe-evans',         about('chloe-evans'),       false],
      ['safeguarding lead as its subject',             'dawid-nowak',         about('dawid-nowak'),       false],
      ['manager and DSL as its subject',               'elena-popescu',       about('elena-popescu', WILLOW_FARAH), false],
      ['line manager as its subject',                  'gareth-price',        about('gareth-price'),      false],
      ['owner as its subject',                         'helen-okafor',        about('helen-okafor'),      false],
      ['administrator as its subject',                 'ian-murray',          about('ian-murray'),        false],
      // …while everyone else keeps their view of it.
      ['setting manager, about a key person',          'chloe-evans',         about('amira-khan'),        true],
      ['owner, about the setting manager',             'helen-okafor',        about('chloe-evans'),       true],
    ];

    const cases = matrix.map(([label, staffId, facts, expected]) => [label, staffId, expected ? 'sees it' : 'does not see it', facts, expected] as const);

    it.each(cases)('%s (%s) %s', (_case, staffId, _verdict, facts, expected) => {
      expect(maySeeComplaint(who(staffId), facts)).toBe(expected);
    });
  });

  describe('visibleSettings', () => {
    const ALL = ['oak-street', 'willow-lane'];

    it.each([
      ['amira-khan', ['oak-street']],
      ['chloe-evans', ['oak-street']],
      ['elena-popescu', ['willow-lane']],
      ['gareth-price', ['oak-street', 'willow-lane']],
      ['helen-okafor', ['oak-street', 'willow-lane']],
      ['ian-murray', ['oak-street', 'willow-lane']],
    ])('%s lists %j', (staffId, expected) => {
      expect(visibleSettings(principal(staffId), ALL)).toEqual(expected);
    });

    it('a setting in the token that the organisation does not have is never listed', () => {
      const stale: StaffPrincipal = { staffId: 'x', roles: ['settingManager'], settings: ['willow-lane', 'elm-road'] };

      expect(visibleSettings(stale, ALL)).toEqual(['willow-lane']);
    });
  });

  describe('mayDischarge', () => {
    // The role the procedure makes responsible for each level; the setting manager may also
    // close a key person's level (P4: next in line). Nobody else, whatever their seniority.
    const EXPECTED: Record<LevelId, Role[]> = {
      keyPerson: ['keyPerson', 'settingManager'],
      settingManager: ['settingManager'],
      lineManager: ['lineManager'],
      owners: ['owner'],
      agencyAcknowledgement: ['settingManager'],
      agencyMeeting: ['settingManager'],
      lineManagerAcknowledgement: ['lineManager'],
      lineManagerReport: ['lineManager'],
      agencyAppeal: ['owner'],
      practiceReview: ['owner'],
    };

    it.each(LEVEL_IDS.map((level) => [level, EXPECTED[level]] as const))('%s may be discharged by exactly %j', (level, roles) => {
      const allowed = ROLES.filter((role) => mayDischarge({ staffId: 's', roles: [role], settings: ['oak-street'] }, level));

      expect(allowed).toEqual(roles);
    });

    it('a person holding two roles may discharge what either role may', () => {
      const dawid = principal('dawid-nowak');

      expect(mayDischarge(dawid, 'keyPerson')).toBe(true);
      expect(mayDischarge(dawid, 'settingManager')).toBe(false);
    });
  });

  describe('mayManage, mayRefer, mayRecordFor', () => {
    // prettier-ignore
    const EXPECTED: [Role, boolean, boolean][] = [
      // role              manage  refer (P3)
      ['keyPerson',        false,  false],
      ['settingManager',   true,   true],
      ['lineManager',      true,   true],
      ['owner',            true,   true],
      ['safeguardingLead', false,  true],
      ['administrator',    true,   true],
    ];

    it.each(EXPECTED)('%s: may manage (close) %s, may refer an allegation %s', (role, manage, refer) => {
      const person: StaffPrincipal = { staffId: 's', roles: [role], settings: ['oak-street'] };

      expect(mayManage(person)).toBe(manage);
      expect(mayRefer(person)).toBe(refer);
    });

    it.each([
      ['amira-khan', 'oak-street', true],
      ['amira-khan', 'willow-lane', false],
      ['elena-popescu', 'oak-street', false],
      ['gareth-price', 'willow-lane', true],
      ['helen-okafor', 'willow-lane', true],
      ['ian-murray', 'oak-street', true],
    ])('P5: %s may record a complaint on a parent’s behalf at %s → %s', (staffId, settingId, expected) => {
      expect(mayRecordFor(principal(staffId), settingId)).toBe(expected);
    });
  });
});
