/**
 * GET /staff/complaints/{id}/subject-access — everything held about the complainant, in
 * their language, printable; staff-only entries and another agency's information marked.
 */
import { subjectAccess } from '../use-cases/subject-access';
import { ASSETS } from '../templates/site/generated/assets';
import { loadPageText, loadSubjectAccessText } from '../templates/site/i18n/load';
import { renderSubjectAccessPage } from '../templates/site/pages/subject-access';
import { principalFrom } from './auth';
import { htmlPage } from './response';
import { httpHandler, json, pathParameter } from './http';
import { logger } from './runtime';
import { recordContext } from './record-runtime';

export const handler = httpHandler(async (event) => {
  const context = await recordContext();
  const principal = principalFrom(event, context.directory);
  const reference = pathParameter(event, 'id');
  const document = await subjectAccess(context, principal, reference);
  logger.info('Subject access document produced', { reference });
  if (event.queryStringParameters?.format === 'json') return json(200, document);
  const [t, s] = await Promise.all([loadPageText(document.language), loadSubjectAccessText(document.language)]);
  return htmlPage(200, renderSubjectAccessPage({ t, s }, document, ASSETS.css));
});
