/**
 * The single-table design, shared by the CDK storage construct, the embedded default's
 * table creation and the DynamoDB adapter, so the three cannot drift apart.
 *
 * | item            | pk                   | sk                          |
 * |-----------------|----------------------|-----------------------------|
 * | complaint       | COMPLAINT#<id>       | META                        |
 * | record event    | COMPLAINT#<id>       | EVENT#<iso time>#<seq>      |
 * | level clock     | COMPLAINT#<id>       | LEVEL#<level>               |
 * | outbox effect   | COMPLAINT#<id>       | OUTBOX#<key>                |
 * | idempotency key | IDEMPOTENCY#<hash>   | IDEMPOTENCY                 |
 * | acks to address | ACKNOWLEDGED#<hash>  | DAY#<yyyy-mm-dd>            |
 * | directory       | DIRECTORY            | META, MEMBER#<id>, SETTING#<id> |
 * | directory change| DIRECTORY#CHANGES    | <iso time>#<random>         |
 * | access log      | COMPLAINT#<id>       | ACCESS#<iso time>#<by>#<n>  |
 * | record row      | RECORDROW#<id>       | ROW                         |
 * | record produced | RECORDLOG            | <iso time>#<id>             |
 * | inspector link  | INSPECTORLINKS       | LINK#<id>                   |
 * | link token      | INSPECTORTOKEN#<hash>| TOKEN                       |
 *
 * Sparse indexes, so that no read path scans:
 * - `byDeadline`: open complaints of a setting (staff dashboard), one entry on each open
 *   complaint's item: running deadlines first, nearest first, then those waiting without one
 *   (on the agreement after an agency's meeting, or on the complainant's reply), longest first.
 * - `byReceived`: complaints of a setting by date received (the Ofsted record, R1–R3).
 * - `pendingOutbox`: effects not yet carried out (clock starts, emails) by next-attempt time,
 *   and effects parked after their last attempt (see OUTBOX).
 * - the same index holds letters to print and post for complainants without email (P5),
 *   under `LETTER#<setting>`, oldest first: carried out by staff, never by the sweeper.
 *
 * The record of complaints (R1–R3) is served from record rows, which carry no personal data
 * and have no expiry, so they outlive their complaints as tombstones. Every row is in two
 * indexes, partitioned by setting (and the filters), sorted by `<receivedAt>#<reference>`
 * (see lambdas/domain/record.ts, planRecordQuery):
 * - `byReceived` (partition `RECORD#<setting>`): the whole record of a setting. Complaint
 *   items also sit in this index, under `SETTING#<setting>`, by the same sort key: a list
 *   reads only rows; an export reads what the complaints of its period say for the record
 *   (R2) from there, one query per setting, not one read per complaint.
 * - `recordByFacets` (`RECORD#<setting>#track=<t>#status=<s>#outcome=<o>`): any filter by
 *   track, status or outcome reads only the partitions that match it, at most 32 a setting.
 * One index more, not one per filter: CloudFormation adds one index per stack update.
 */
export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;
export const TTL_ATTRIBUTE = 'expiresAt';

/** The staff directory's partition (one Query loads it) and its change record's. */
export const DIRECTORY_KEYS = { partition: 'DIRECTORY', changes: 'DIRECTORY#CHANGES' } as const;

export const INDEXES = {
  byDeadline: { name: 'byDeadline', partitionKey: 'deadlinePk', sortKey: 'deadlineSk' },
  byReceived: { name: 'byReceived', partitionKey: 'receivedPk', sortKey: 'receivedSk' },
  pendingOutbox: { name: 'pendingOutbox', partitionKey: 'outboxPk', sortKey: 'outboxSk' },
  recordByFacets: { name: 'recordByFacets', partitionKey: 'recordFacetsPk', sortKey: 'recordSk' },
} as const;

/** Which table index serves each of the record's indexes (lambdas/domain/record.ts). */
export const RECORD_TABLE_INDEXES = {
  recordBySetting: INDEXES.byReceived,
  recordByFacets: INDEXES.recordByFacets,
} as const;

export type IndexName = keyof typeof INDEXES;

/**
 * The outbox index's partitions: effects waiting to be carried out, clocks apart from emails
 * so that clocks are always taken first, and effects parked after their last attempt. The
 * sort key starts with the next-attempt time (or the moment parked).
 */
export const OUTBOX = { clocks: 'OUTBOX#CLOCKS', emails: 'OUTBOX#EMAILS', parked: 'OUTBOX#PARKED' } as const;
