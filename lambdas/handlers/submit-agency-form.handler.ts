/** POST /forms/agency — the agency's form posted without JavaScript. */
import { answerFormPost } from './form-post';
import { httpHandler } from './http';
import { acceptComplaint } from './intake';
import { siteWith } from './public-site';
import { useCaseContext } from './runtime';

export const handler = httpHandler((event) => answerFormPost('agency', event, { site: async () => siteWith((await useCaseContext()).directory), accept: acceptComplaint }));
