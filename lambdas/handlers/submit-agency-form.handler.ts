/** POST /forms/agency — the agency's form posted without JavaScript. */
import { answerFormPost } from './form-post';
import { httpHandler } from './http';
import { acceptComplaint, checkDirectory } from './intake';
import { siteWith } from './public-site';
import { getFormTokens } from './form-token-key';
import { useCaseContext } from './runtime';

export const handler = httpHandler(async (event) => {
  const { directory } = await useCaseContext();
  return answerFormPost('agency', event, {
    site: async () => siteWith(directory),
    accept: acceptComplaint,
    check: (input) => checkDirectory(directory, input),
    tokens: getFormTokens,
  });
});
