/** GET /forms/token — a signed timing token for a public form, asked for when the form is shown. */
import { httpHandler, json } from './http';
import { getFormTokens } from './form-token-key';

export const handler = httpHandler(async () => {
  const tokens = await getFormTokens();
  return json(200, { token: tokens.issue(new Date()) });
});
