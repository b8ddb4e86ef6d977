/**
 * The errors a use case can end with. One error-to-HTTP mapper (handlers/http.ts) turns
 * them into responses; anything else is a 500 with no detail.
 */

/**
 * Bad input: a 400 whose body names every field. A kind of bad input with more to say (a
 * name in the record, R2) adds it in `answer`, which the 400's body carries as it is.
 */
export class ValidationError extends Error {
  constructor(
    readonly fields: ReadonlyArray<{ field: string; message: string }>,
    readonly answer: Readonly<Record<string, unknown>> = {},
  ) {
    super(`Invalid request: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`);
    this.name = 'ValidationError';
  }
}

/** An action that does not fit the complaint's state: a 409 that says why. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** Nothing there, or nothing the caller may see: a 404 with no detail. */
export class NotFoundError extends Error {
  constructor(message = 'Not found') {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** Someone else changed the complaint between our read and our write; retry from the read. */
export class ConcurrencyError extends Error {
  constructor(readonly complaintId: string) {
    super(`Complaint ${complaintId} changed while it was being updated`);
    this.name = 'ConcurrencyError';
  }
}

/** The same Idempotency-Key was used with a different request: a 422. */
export class IdempotencyKeyReusedError extends Error {
  constructor() {
    super('This Idempotency-Key was already used with a different request');
    this.name = 'IdempotencyKeyReusedError';
  }
}

/** The caller may see the complaint but not do this: a 403 with no data in it. */
export class ForbiddenError extends Error {
  constructor(message = 'You may not do this') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** A change of the directory that would leave the procedure impossible somewhere: a 409 listing why. */
export class DirectoryChangeRefusedError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'DirectoryChangeRefusedError';
  }
}

/** The directory changed between our read and our write; retry from the read. */
export class DirectoryChangedError extends Error {
  constructor() {
    super('The directory changed while it was being updated');
    this.name = 'DirectoryChangedError';
  }
}
