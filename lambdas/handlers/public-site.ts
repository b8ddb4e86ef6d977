/** The organisation as the public pages show it, for the pages the API renders. */
import { ASSETS } from '../../web/src/generated/assets';
import { siteFromOrganisation, type Site } from '../../web/src/pages/site';
import { organisation } from './organisation';

let site: Site | undefined;

export function publicSite(): Site {
  site ??= siteFromOrganisation(organisation(), ASSETS);
  return site;
}
