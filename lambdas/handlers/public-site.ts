/** The organisation as the public pages show it, for the pages the API renders. */
import { ASSETS } from '../templates/site/generated/assets';
import { peopleAndPlaces, siteFromOrganisation, type DirectoryOnSite, type Site } from '../templates/site/pages/site';
import { organisation } from './organisation';

let site: Site | undefined;

/** The organisation's name, Ofsted's contact and the assets: all from the configuration. */
export function publicSite(): Site {
  // The pages rendered from this (confirmation, status) name no one: the forms, which list
  // the staff, take them from the directory as it is now (siteWith).
  site ??= siteFromOrganisation({ ...organisation(), staff: [] }, ASSETS);
  return site;
}

/**
 * The site with the settings and staff of the directory as it is now (the caller's snapshot,
 * at most a minute old), for the forms, which list them: never the build's copy, so that an
 * administrator's change shows without a redeploy.
 */
export function siteWith(directory: DirectoryOnSite): Site {
  return { ...publicSite(), ...peopleAndPlaces(directory) };
}
