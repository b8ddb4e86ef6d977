/** GET /forms/status — the complainant's status page (HTML), opened from the private link. */
import { httpHandler } from './http';
import { publicSite } from './public-site';
import { useCaseContext } from './runtime';
import { showStatusPage } from './status-page';

export const handler = httpHandler(async (event) => showStatusPage(event, { context: await useCaseContext(), site: publicSite }));
