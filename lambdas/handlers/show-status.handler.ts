/** GET /forms/status — the complainant's status page (HTML), opened from the private link. */
import { httpHandler } from './http';
import { publicSite } from './public-site';
import { getRuntime } from './runtime';
import { showStatusPage } from './status-page';

export const handler = httpHandler((event) => showStatusPage(event, { context: getRuntime().context, site: publicSite }));
