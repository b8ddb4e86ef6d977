/** POST /staff/complaints: the parent's complaint as staff write it down (P5). */
import * as z from 'zod/mini';
import { CHANNELS, type Channel } from '../domain/complaint-types';
import { parentComplaintFields, languageFields } from './complaint-request-parts';
import { contactWithoutEmail, reachable } from './on-behalf-parts';
import { text } from './schema-parts';

/** P5: a complaint made in person or by phone, written down by staff on the CIR. */
export const onBehalfFields = {
  channel: z.enum(CHANNELS.filter((channel): channel is Exclude<Channel, 'online'> => channel !== 'online')),
  receivedAt: z.iso.datetime({ offset: true }),
};

/**
 * P5: the parent's complaint as staff write it down; consent and spam checks are for the
 * public form. Its fields in the order z.extend(z.omit(parentComplaintRequest, …)) gave
 * them, spelled out: the OpenAPI document is the same, and the function does not load zod's
 * shape merging.
 */
export const onBehalfRequest = z
  .object({
    ...parentComplaintFields(),
    contact: z.object({ name: text(200), ...contactWithoutEmail }).check(reachable),
    ...languageFields,
    ...onBehalfFields,
  });
