import type { ComplaintAggregate } from '../domain/complaint';
import { NotFoundError } from '../domain/errors';
import type { ComplaintStore } from '../domain/ports';

export async function loadComplaint(repo: ComplaintStore, complaintId: string): Promise<ComplaintAggregate> {
  const aggregate = await repo.load(complaintId);
  if (!aggregate) throw new NotFoundError(`No complaint ${complaintId}`);
  return aggregate;
}
