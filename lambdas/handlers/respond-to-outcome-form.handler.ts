/** POST /forms/status-response — the status page's reply posted without JavaScript. */
import { httpHandler } from './http';
import { useCaseContext } from './runtime';
import { answerStatusForm } from './status-reply';

export const handler = httpHandler(async (event) => answerStatusForm(event, { context: await useCaseContext() }));
