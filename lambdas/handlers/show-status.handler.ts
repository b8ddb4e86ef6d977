/** GET /forms/status — the complainant's status page (HTML), opened from the private link. */
import { httpHandler } from './http';
import { publicSite } from './public-site';
import { readContext } from './read-runtime';
import { showStatusPage } from './status-page';

export const handler = httpHandler(async (event) => showStatusPage(event, { context: await readContext(), site: publicSite }));
