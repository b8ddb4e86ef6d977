/**
 * The words of the console's directory page (issue 12), for administrators. English, like the
 * rest of the console; kept apart from staff-en.ts so that the page is one module of its own.
 */
import type { SettingNeed } from '../../../lambdas/use-cases/view-directory';
import type { DirectoryChangeKind } from '../../../lambdas/domain/staff-directory';

export const adminEn = {
  title: 'Staff and settings',
  navLink: 'Staff and settings',
  intro:
    'Who works where, and in which role. Reminders, alerts and what each person may see follow these entries within a minute. A change that would leave a setting without someone the procedure needs is refused, with the reason.',
  forbidden: 'Only administrators can see and change the staff and settings.',
  saved: 'Saved.',
  handedOver: (count: number) => (count === 1 ? 'One complaint was handed over.' : `${count} complaints were handed over.`),
  refusedTitle: 'This change was not made',
  errorsTitle: 'There is a problem',
  errorPrefix: 'Error:',
  network: 'We could not reach the complaints system. Check your connection and try again.',
  server: 'Something went wrong on our side. Try again in a moment.',
  optional: '(optional)',

  settings: {
    heading: 'Settings',
    caption: 'Settings, and what the procedure still needs at each',
    name: 'Name',
    address: 'Address',
    ofstedUrn: 'Ofsted URN',
    needs: 'Still needs',
    complete: 'Nothing',
    add: 'Add a setting',
    addSubmit: 'Add setting',
    id: 'Short id',
    idHint: 'Lower-case letters, digits and hyphens, for example elm-road. It cannot be changed later.',
    change: (name: string) => `Rename or correct ${name}`,
    changeSubmit: 'Save setting',
    ladoName: 'LADO: name or team',
    ladoHint:
      "The local authority designated officer staff call about an allegation against a member of staff, for this setting's area. Give a name and a phone number, or leave these empty to use the organisation's.",
    ladoPhone: 'LADO: phone number',
    ladoEmail: 'LADO: email',
  },

  needs: {
    settingManager: 'a setting manager',
    lineManager: 'a line manager',
    owner: 'an owner or trustee',
    allegationRecipients: 'two people who can receive an allegation',
    lado: 'a LADO to call about an allegation',
  } satisfies Record<SettingNeed, string>,

  members: {
    heading: 'Members of staff',
    caption: 'Members of staff',
    name: 'Name',
    email: 'Email',
    emailHint: 'They sign in with it. A new member is sent an invitation with a temporary password.',
    roles: 'Roles',
    settings: 'Settings',
    settingsHint: 'Where they work or which they oversee. Owners and administrators see every setting.',
    language: 'Language of their emails',
    status: 'Status',
    active: 'Active',
    inactive: 'Deactivated',
    add: 'Add a member of staff',
    addSubmit: 'Add member of staff',
    id: 'Short id',
    idHint: 'Lower-case letters, digits and hyphens, for example jo-bloggs. It cannot be changed later.',
    change: (name: string) => `Change ${name}`,
    changeSubmit: 'Save changes',
    activeChoice: 'Can sign in (active)',
    activeHint: 'Untick to deactivate: their account is disabled and they are signed out everywhere.',
    handOver: (name: string) => `Hand over ${name}’s complaints`,
    handOverIntro:
      'Gives every running complaint where they are the key person to another key person of the same setting. The complainant is not told any names.',
    handOverTo: 'New key person',
    handOverSubmit: 'Hand over',
  },

  changes: {
    heading: 'Record of changes',
    intro: 'Who changed what, and when, newest first.',
    none: 'No changes yet.',
    by: (who: string) => `by ${who}`,
    kinds: {
      seeded: 'Directory stored from the configuration',
      memberAdded: 'Member of staff added',
      memberChanged: 'Member of staff changed',
      memberDeactivated: 'Member of staff deactivated',
      memberReactivated: 'Member of staff reactivated',
      settingAdded: 'Setting added',
      settingChanged: 'Setting changed',
      complaintsHandedOver: 'Complaints handed over',
    } satisfies Record<DirectoryChangeKind, string>,
  },
};

export type AdminMessages = typeof adminEn;
