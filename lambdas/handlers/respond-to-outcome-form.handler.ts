/** POST /forms/status-response — the status page's reply posted without JavaScript. */
import { httpHandler } from './http';
import { publicSite } from './public-site';
import { getRuntime } from './runtime';
import { answerStatusForm } from './status-page';

export const handler = httpHandler((event) => answerStatusForm(event, { context: getRuntime().context, site: publicSite }));
