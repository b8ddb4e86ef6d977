/**
 * GET /forms/confirmation — the page after a form is sent, for the enhanced and the plain
 * form alike (a static page could not show the reference without JavaScript). A link that
 * does not hold together leads to the start page instead.
 */
import { isLanguage } from '../templates/site/form/fields';
import { loadPageText } from '../templates/site/i18n/load';
import { renderConfirmation } from '../templates/site/pages/confirmation';
import { pageUrl } from '../templates/site/paths';
import { confirmationQuery } from './confirmation-query';
import { htmlPage } from './response';
import { httpHandler } from './http';
import { publicSite } from './public-site';

export const handler = httpHandler(async (event) => {
  const query = event.queryStringParameters ?? {};
  const parsed = confirmationQuery.safeParse(query);
  if (!parsed.success) {
    const lang = isLanguage(query.lang) ? query.lang : 'en';
    return { statusCode: 303, headers: { location: pageUrl(lang, 'index'), 'cache-control': 'no-store' }, body: '' };
  }
  const { lang, form, ref, status, level, by, as: recordedAs } = parsed.data;
  return htmlPage(
    200,
    renderConfirmation(await loadPageText(lang), { site: publicSite(), lang, kind: form, reference: ref, status, level, respondBy: by, recordedAs }),
  );
});
