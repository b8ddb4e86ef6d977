import { z } from 'zod';
import { listComplaintsQuery, staffActionRequest } from '../lambdas/handlers/staff-schemas';
import { parentComplaintRequest, submissionResponse } from '../lambdas/handlers/schemas';
const js = (s: z.ZodType) => JSON.stringify(z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' })).slice(0, 300);
console.log('1', js(listComplaintsQuery));
console.log('2', js(parentComplaintRequest));
console.log('3', js(listComplaintsQuery));
console.log('4', js(submissionResponse));
console.log('5', js(listComplaintsQuery));
