/**
 * GET /forms/parent and GET /forms/agency — the complaint forms, rendered for each visit with
 * the settings and staff of the directory as it is now (at most a minute old), so that a
 * setting an administrator adds or renames, or a newcomer, is on the form without a rebuild
 * or a redeploy. `lang` picks the language (English when absent or not one of ours).
 */
import type { FormKind } from '../templates/site/paths';
import { isLanguage } from '../templates/site/form/fields';
import { loadPageText } from '../templates/site/i18n/load';
import { renderComplaintForm } from '../templates/site/pages/complaint-form';
import { httpHandler } from './http';
import { siteWith } from './public-site';
import { htmlPage } from './response';
import { useCaseContext } from './runtime';

export const handler = httpHandler(async (event) => {
  const kind: FormKind = event.routeKey.endsWith('/agency') ? 'agency' : 'parent';
  const asked = event.queryStringParameters?.lang;
  const lang = isLanguage(asked) ? asked : 'en';
  const [{ directory }, t] = await Promise.all([useCaseContext(), loadPageText(lang)]);
  return htmlPage(200, renderComplaintForm(kind, t, { site: siteWith(directory) }));
});
