/**
 * The email renderer for one language, loaded when the first email in that language is
 * written: the renderer and that language's strings, not all six, and none of it at a cold
 * start that sends nothing.
 */
import type { Language } from '../domain/language';
import type { EmailMessage, RenderedEmail } from '../domain/notifications';
import { loadMessages } from './messages/load';

export type EmailRenderer = (message: EmailMessage) => RenderedEmail;

export async function emailRenderer(language: Language): Promise<EmailRenderer> {
  const [{ renderEmail }, messages] = await Promise.all([import('./render-email'), loadMessages(language)]);
  return (message) => renderEmail(message, language, messages);
}
