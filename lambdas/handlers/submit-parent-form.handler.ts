/** POST /forms/parent — the parent's form posted without JavaScript. */
import { answerFormPost } from './form-post';
import { httpHandler } from './http';
import { acceptComplaint, checkDirectory } from './intake';
import { getFormTokens } from './form-token-key';
import { intakeContext } from './intake-runtime';
import { parentComplaintRequest } from './parent-complaint-request';

export const handler = httpHandler(async (event) => {
  const { directory } = await intakeContext();
  return answerFormPost('parent', event, {
    schema: parentComplaintRequest,
    // The site is for the form sent back; an accepted post never renders it.
    site: async () => (await import('./form-again')).siteWith(directory),
    accept: acceptComplaint,
    check: (input) => checkDirectory(directory, input),
    tokens: getFormTokens,
  });
});
