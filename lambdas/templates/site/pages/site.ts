/**
 * What the public pages know about the organisation: names of its settings and of the
 * staff a parent may name (key persons, managers, safeguarding leads), and Ofsted's contact.
 * Never an email address or anything else from the staff directory.
 */
import type { FunctionConfig, OfstedContact } from '../../../../lib/config/organisation';
import type { Role } from '../../../domain/procedure';

export interface SiteAssets {
  /** Absolute paths of the built, hashed stylesheet and enhancement script. */
  css: string;
  js: string;
  /** The staff console's script (only the console's pages load it). */
  staffJs?: string;
}

export interface SiteSetting {
  id: string;
  name: string;
}

export interface SiteStaffMember {
  id: string;
  name: string;
  settings: readonly string[];
  isKeyPerson: boolean;
}

export interface Site {
  organisationName: string;
  settings: readonly SiteSetting[];
  /** People working in the settings, whom a parent or agency may name. */
  staff: readonly SiteStaffMember[];
  ofsted: OfstedContact;
  assets: SiteAssets;
}

/** Roles of people who work with the children, in a setting. */
const NAMEABLE: readonly Role[] = ['keyPerson', 'settingManager', 'safeguardingLead'];

export function siteFromOrganisation(org: FunctionConfig, assets: SiteAssets): Site {
  return {
    organisationName: org.name,
    ...peopleAndPlaces({ settings: org.settings, members: org.staff }),
    ofsted: org.ofsted,
    assets,
  };
}

/** The settings and the active staff of a directory, or of the configuration that seeds it. */
export interface DirectoryOnSite {
  settings: readonly SiteSetting[];
  members: readonly { id: string; name: string; roles: readonly Role[]; settings: readonly string[] }[];
}

/**
 * What the forms list: every setting, and the people a parent or agency may name. The forms
 * take them from the directory as it is now (lambdas/handlers/public-site.ts), so that a
 * setting added or renamed, or a newcomer, shows within the directory's minute.
 */
export function peopleAndPlaces(directory: DirectoryOnSite): Pick<Site, 'settings' | 'staff'> {
  return {
    settings: directory.settings.map(({ id, name }) => ({ id, name })),
    staff: directory.members
      .filter((member) => member.settings.length > 0 && member.roles.some((role) => NAMEABLE.includes(role)))
      .map((member) => ({
        id: member.id,
        name: member.name,
        settings: member.settings,
        isKeyPerson: member.roles.includes('keyPerson'),
      })),
  };
}
