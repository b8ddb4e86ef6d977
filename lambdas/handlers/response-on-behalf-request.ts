/** POST /staff/complaints/{id}/responses: a complainant's answer that reached staff (P8, A5). */
import * as z from 'zod/mini';
import { CHANNELS, type Channel } from '../domain/complaint-types';
import { dateOrMoment } from './schema-parts';
import { COMPLAINANT_RESPONSES } from './complainant-responses';

/** How it came, and the day it was received (the next level's clock runs from it; now when absent). */
const receipt = {
  channel: z.enum(CHANNELS.filter((channel): channel is Exclude<Channel, 'online'> => channel !== 'online')),
  receivedAt: z.optional(dateOrMoment()),
};

export const responseOnBehalfRequest = z
  .discriminatedUnion('type', [
    z.object({ ...COMPLAINANT_RESPONSES.satisfied, ...receipt }),
    z.object({ ...COMPLAINANT_RESPONSES.notSatisfied, ...receipt }),
    z.object({ ...COMPLAINANT_RESPONSES.noAgreement, ...receipt }),
    z.object({ ...COMPLAINANT_RESPONSES.withdraw, ...receipt }),
  ]);
