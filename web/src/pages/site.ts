/**
 * What the public pages know about the organisation: names of its settings and of the
 * staff a parent may name (key persons, managers, safeguarding leads), and Ofsted's contact.
 * Never an email address or anything else from the staff directory.
 */
import type { OfstedContact, OrganisationConfig } from '../../../lib/config/organisation';
import type { Role } from '../../../lambdas/domain/procedure';

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

export function siteFromOrganisation(org: OrganisationConfig, assets: SiteAssets): Site {
  return {
    organisationName: org.name,
    settings: org.settings.map(({ id, name }) => ({ id, name })),
    staff: org.staff
      .filter((member) => member.settings.length > 0 && member.roles.some((role) => NAMEABLE.includes(role)))
      .map((member) => ({
        id: member.id,
        name: member.name,
        settings: member.settings,
        isKeyPerson: member.roles.includes('keyPerson'),
      })),
    ofsted: org.ofsted,
    assets,
  };
}
