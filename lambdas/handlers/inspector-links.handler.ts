/**
 * /staff/record/links — an administrator's read-only links for inspectors (R1):
 * POST creates one (the token is shown once, in its URL), GET lists them.
 */
import { createInspectorLink, listInspectorLinks } from '../use-cases/inspector-links';
import { recordSharedUrl } from '../templates/site/record-paths';
import { principalFrom } from './auth';
import { httpHandler, json, parseJsonBody } from './http';
import { inspectorLinkRequest } from './inspector-link-request';
import { getBaseRuntime } from './base-runtime';
import { logger } from './logger';
import { recordReadContext } from './record-read-runtime';

const withoutHash = <T extends { tokenHash: string }>({ tokenHash: _hash, ...link }: T) => link;

export const handler = httpHandler(async (event) => {
  const context = await recordReadContext();
  const principal = principalFrom(event, context.directory);
  const runtime = getBaseRuntime();
  if (event.requestContext.http.method === 'GET') {
    const links = await listInspectorLinks(context, principal);
    return json(200, { items: links.map(withoutHash) });
  }
  const { settingIds, from, to, days, note } = parseJsonBody(event, inspectorLinkRequest);
  const { link, token } = await createInspectorLink(context, principal, {
    scope: { settingIds, from, to },
    ...(days !== undefined ? { days } : {}),
    ...(note ? { note } : {}),
  });
  logger.info('Inspector link created', { link: link.id, expiresAt: link.expiresAt });
  const base = runtime.org.publicBaseUrl?.replace(/\/$/, '') ?? '';
  return json(201, { link: withoutHash(link), url: `${base}${recordSharedUrl(token)}` });
});
