/** GET /status/{reference} — the complainant's view, behind the private token. */
import { getComplaintStatus } from '../use-cases/get-complaint-status';
import { httpHandler, json, pathParameter, statusToken } from './http';
import { readContext } from './read-runtime';

export const handler = httpHandler(async (event) => {
  const view = await getComplaintStatus(await readContext(), pathParameter(event, 'reference'), statusToken(event));
  return json(200, view);
});
