/** The organisation as the public pages show it, for the pages the API renders. */
import { ASSETS } from '../../web/src/generated/assets';
import { siteFromOrganisation, type Site } from '../../web/src/pages/site';
import { getRuntime } from './runtime';

let site: Site | undefined;

export function publicSite(): Site {
  site ??= siteFromOrganisation(getRuntime().org, ASSETS);
  return site;
}
