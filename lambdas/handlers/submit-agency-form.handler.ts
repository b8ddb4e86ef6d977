/** POST /forms/agency — the agency's form posted without JavaScript. */
import { answerFormPost } from './form-post';
import { httpHandler } from './http';
import { acceptComplaint } from './intake';
import { publicSite } from './public-site';

export const handler = httpHandler((event) => answerFormPost('agency', event, { site: publicSite, accept: acceptComplaint }));
