/**
 * Who sees what (F3; P3, P4: nobody sees a complaint about themselves), end to end: every
 * staff route × every member of staff of the example organisation × complaints in their own
 * setting, in the other setting and about themselves. The expectations are written out here
 * by hand, from the procedure and the organisation's staff list, not computed by access.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedded } from '../../local/embedded';
import { Api, exampleOrganisation, parentComplaint, startExampleEmbedded, type SubmissionReply } from './helpers/embedded-api';

const STAFF = [
  'amira-khan',
  'ben-jones',
  'chloe-evans',
  'dawid-nowak',
  'elena-popescu',
  'farah-ali',
  'gareth-price',
  'helen-okafor',
  'ian-murray',
] as const;
type Staff = (typeof STAFF)[number];

interface FixtureFacts {
  settingId: string;
  about: string;
  keyPersonId?: Staff;
  subjectStaffId?: Staff;
  allegationOfHarm?: boolean;
}

/**
 * The complaints every row is tried against: one per setting, one about each person, and an
 * allegation. The subject is written out only where the complaint names someone as "other
 * staff": about the key person or the manager, the server decides it (F3, P4, P7), so the
 * key person or manager complained about is the subject without being named as one.
 */
const FIXTURES = {
  oak: { settingId: 'oak-street', about: 'service', keyPersonId: 'amira-khan' },
  willow: { settingId: 'willow-lane', about: 'service', keyPersonId: 'farah-ali' },
  amira: { settingId: 'oak-street', about: 'keyPerson', keyPersonId: 'amira-khan' },
  ben: { settingId: 'oak-street', about: 'keyPerson', keyPersonId: 'ben-jones' },
  chloe: { settingId: 'oak-street', about: 'manager' },
  dawid: { settingId: 'oak-street', about: 'keyPerson', keyPersonId: 'dawid-nowak' },
  elena: { settingId: 'willow-lane', about: 'manager' },
  farah: { settingId: 'willow-lane', about: 'keyPerson', keyPersonId: 'farah-ali' },
  gareth: { settingId: 'oak-street', about: 'otherStaff', subjectStaffId: 'gareth-price' },
  helen: { settingId: 'oak-street', about: 'otherStaff', subjectStaffId: 'helen-okafor' },
  ian: { settingId: 'willow-lane', about: 'otherStaff', subjectStaffId: 'ian-murray' },
  allegation: { settingId: 'oak-street', about: 'otherStaff', keyPersonId: 'amira-khan', subjectStaffId: 'ben-jones', allegationOfHarm: true },
} satisfies Record<string, FixtureFacts>;

/** Who a fixture is about, as the server must decide it. */
const SUBJECT: Record<Fixture, Staff | undefined> = {
  oak: undefined,
  willow: undefined,
  amira: 'amira-khan',
  ben: 'ben-jones',
  chloe: 'chloe-evans',
  dawid: 'dawid-nowak',
  elena: 'elena-popescu',
  farah: 'farah-ali',
  gareth: 'gareth-price',
  helen: 'helen-okafor',
  ian: 'ian-murray',
  allegation: 'ben-jones',
};

/** An allegation has left the complaints procedure (P3): no clock runs, so it is on no dashboard. */
const ON_DASHBOARD = (name: Fixture) => name !== 'allegation';
type Fixture = keyof typeof FIXTURES;
const FIXTURE_NAMES = Object.keys(FIXTURES) as Fixture[];

/**
 * Y: may see it; -: may not. Key persons see the complaints where they are the named key
 * person (P1), never one about themselves and never an allegation (P3); managers and
 * safeguarding leads their whole setting; the line manager both settings; the owner and the
 * administrator everything; nobody a complaint about themselves. The dashboard, the page and
 * every action agree (F3).
 */
const VISIBLE: Record<Staff, string> = {
  //                oak willow amira ben chloe dawid elena farah gareth helen ian allegation
  'amira-khan':    'Y   -      -     -   -     -     -     -     -      -     -   -',
  'ben-jones':     '-   -      -     -   -     -     -     -     -      -     -   -',
  'chloe-evans':   'Y   -      Y     Y   -     Y     -     -     Y      Y     -   Y',
  'dawid-nowak':   'Y   -      Y     Y   Y     -     -     -     Y      Y     -   Y',
  'elena-popescu': '-   Y      -     -   -     -     -     Y     -      -     Y   -',
  'farah-ali':     '-   Y      -     -   -     -     -     -     -      -     -   -',
  'gareth-price':  'Y   Y      Y     Y   Y     Y     Y     Y     -      Y     Y   Y',
  'helen-okafor':  'Y   Y      Y     Y   Y     Y     Y     Y     Y      -     Y   Y',
  'ian-murray':    'Y   Y      Y     Y   Y     Y     Y     Y     Y      Y     -   Y',
};

/** Each person's own setting and the other one (the owner and administrator have none: oak is "own"). */
const SETTINGS: Record<Staff, { own: string; other: string }> = {
  'amira-khan': { own: 'oak-street', other: 'willow-lane' },
  'ben-jones': { own: 'oak-street', other: 'willow-lane' },
  'chloe-evans': { own: 'oak-street', other: 'willow-lane' },
  'dawid-nowak': { own: 'oak-street', other: 'willow-lane' },
  'elena-popescu': { own: 'willow-lane', other: 'oak-street' },
  'farah-ali': { own: 'willow-lane', other: 'oak-street' },
  'gareth-price': { own: 'oak-street', other: 'willow-lane' },
  'helen-okafor': { own: 'oak-street', other: 'willow-lane' },
  'ian-murray': { own: 'oak-street', other: 'willow-lane' },
};

/** POST /staff/complaints (P5): any member of staff for their own setting; org-wide roles anywhere. */
const MAY_RECORD_IN_OTHER_SETTING: Record<Staff, boolean> = {
  'amira-khan': false,
  'ben-jones': false,
  'chloe-evans': false,
  'dawid-nowak': false,
  'elena-popescu': false,
  'farah-ali': false,
  'gareth-price': true,
  'helen-okafor': true,
  'ian-murray': true,
};

/**
 * An outcome at the setting manager's stage (P6) on the complaint of their own setting:
 * 200 the manager; 403 who may see it but is not responsible; 404 who may not see it.
 */
const OUTCOME_AT_MANAGER_STAGE: Record<Staff, 200 | 403 | 404> = {
  'amira-khan': 403,
  'ben-jones': 404,
  'chloe-evans': 200,
  'dawid-nowak': 403,
  'elena-popescu': 200,
  'farah-ali': 403,
  'gareth-price': 403,
  'helen-okafor': 403,
  'ian-murray': 403,
};

const visibleTo = (staff: Staff): Fixture[] => {
  const marks = VISIBLE[staff].trim().split(/\s+/);
  return FIXTURE_NAMES.filter((_, index) => marks[index] === 'Y');
};

/** Where a fixture stands to a person: the scenario names of the issue. */
function scenario(staff: Staff, fixture: Fixture): 'subject' | 'own setting' | 'other setting' {
  const facts: FixtureFacts = FIXTURES[fixture];
  if (SUBJECT[fixture] === staff) return 'subject';
  return facts.settingId === SETTINGS[staff].own ? 'own setting' : 'other setting';
}

const CHILD_NAME = 'Maya';
const PARENT_NAME = 'Sam Taylor';
const MISSING_REFERENCE = 'ZZZZ-ZZZZ';

describe('Access matrix: every staff route × every member of staff × own setting, other setting, subject', () => {
  let embedded: Embedded;
  let api: Api;
  const references = {} as Record<Fixture, string>;
  const cells: Record<string, number> = {};
  /** Every refusal's body, to check none carries complaint data. */
  const refusals: { cell: string; status: number; text: string; body: unknown }[] = [];

  const tokenOf = (staff: Staff) => api.signIn(staff);
  const fixtureOf = (reference: string) => FIXTURE_NAMES.find((name) => references[name] === reference) ?? reference;
  const count = (route: string, n: number) => (cells[route] = (cells[route] ?? 0) + n);
  const keep = (cell: string, reply: { status: number; text: string; body: unknown }) => {
    if (reply.status >= 400) refusals.push({ cell, status: reply.status, text: reply.text, body: reply.body });
  };

  beforeAll(async () => {
    // Real days: nothing moves while the matrix is walked.
    embedded = await startExampleEmbedded({ sweepIntervalMs: 3_600_000 });
    api = new Api(embedded.apiUrl);
    for (const name of FIXTURE_NAMES) {
      const reply = await api.post<SubmissionReply>(
        '/complaints/parent',
        parentComplaint({ ...FIXTURES[name], classification: 'complaint', childName: CHILD_NAME, contact: { name: PARENT_NAME } }),
      );
      if (reply.status !== 201) throw new Error(`Fixture ${name} was refused: ${reply.status} ${reply.text}`);
      references[name] = reply.body.reference;
    }
  });

  afterAll(async () => {
    const total = Object.values(cells).reduce((sum, n) => sum + n, 0);
    console.info(
      `Access matrix: ${total} cells (${STAFF.length} staff × ${FIXTURE_NAMES.length} complaints): ${Object.entries(cells)
        .map(([route, n]) => `${route} ${n}`)
        .join(', ')}`,
    );
    await embedded?.stop();
  });

  it('GET /staff/complaints lists exactly what each person may see, whole and by setting (F3)', async () => {
    // Act
    const listed: Record<string, Fixture[]> = {};
    const statuses: Record<string, number> = {};
    for (const staff of STAFF) {
      for (const filter of ['', `?settingId=${SETTINGS[staff].other}`]) {
        const reply = await api.get<{ items: { reference: string }[] }>(`/staff/complaints${filter}`, { bearer: await tokenOf(staff) });
        statuses[`${staff}${filter}`] = reply.status;
        listed[`${staff}${filter}`] = reply.body.items.map((item) => fixtureOf(item.reference) as Fixture).sort();
      }
    }
    count('GET /staff/complaints', STAFF.length * 2 * FIXTURE_NAMES.length);

    // Assess
    const expected: Record<string, Fixture[]> = {};
    for (const staff of STAFF) {
      expected[staff] = visibleTo(staff).filter(ON_DASHBOARD).sort();
      expected[`${staff}?settingId=${SETTINGS[staff].other}`] = visibleTo(staff)
        .filter(ON_DASHBOARD)
        .filter((name) => FIXTURES[name].settingId === SETTINGS[staff].other)
        .sort();
    }
    expect(Object.values(statuses).every((status) => status === 200)).toBe(true);
    expect(listed).toEqual(expected);
  });

  it('F3, P4, P7: the server decided whom each complaint is about, from `about` and the staff it names', async () => {
    // Act
    const subjects: Record<string, string | undefined> = {};
    for (const name of FIXTURE_NAMES) {
      const reader: Staff = SUBJECT[name] === 'helen-okafor' ? 'ian-murray' : 'helen-okafor';
      const reply = await api.get<{ complaint: { subjectStaffId?: string } }>(`/staff/complaints/${references[name]}`, {
        bearer: await tokenOf(reader),
      });
      subjects[name] = reply.body.complaint.subjectStaffId;
    }

    // Assess
    expect(subjects).toEqual(SUBJECT);
  });

  it('GET /staff/complaints/{id}: 200 for what they may see, 404 otherwise, as for a complaint that does not exist', async () => {
    // Act
    const actual: Record<string, Record<string, number>> = {};
    const expected: Record<string, Record<string, number>> = {};
    for (const staff of STAFF) {
      actual[staff] = {};
      expected[staff] = {};
      for (const name of [...FIXTURE_NAMES, 'missing' as const]) {
        const reference = name === 'missing' ? MISSING_REFERENCE : references[name];
        const reply = await api.get(`/staff/complaints/${reference}`, { bearer: await tokenOf(staff) });
        const label = name === 'missing' ? 'missing' : `${name} (${scenario(staff, name)})`;
        actual[staff][label] = reply.status;
        expected[staff][label] = name !== 'missing' && visibleTo(staff).includes(name) ? 200 : 404;
        keep(`GET ${staff} ${label}`, reply);
      }
    }
    count('GET /staff/complaints/{id}', STAFF.length * (FIXTURE_NAMES.length + 1));

    // Assess
    expect(actual).toEqual(expected);
    const notFound = new Set(refusals.filter((refusal) => refusal.cell.startsWith('GET ')).map((refusal) => refusal.text));
    expect([...notFound]).toHaveLength(1); // one body for "not yours" and "not there"
  });

  it('POST /staff/complaints/{id}/actions with a note: 200 for what they may see, 404 otherwise', async () => {
    // Act
    const actual: Record<string, Record<string, number>> = {};
    const expected: Record<string, Record<string, number>> = {};
    for (const staff of STAFF) {
      actual[staff] = {};
      expected[staff] = {};
      for (const name of FIXTURE_NAMES) {
        const reply = await api.act(staff, references[name], { type: 'note', text: `Note by ${staff}.` });
        const label = `${name} (${scenario(staff, name)})`;
        actual[staff][label] = reply.status;
        expected[staff][label] = visibleTo(staff).includes(name) ? 200 : 404;
        keep(`note ${staff} ${label}`, reply);
      }
    }
    count('POST /staff/complaints/{id}/actions (note)', STAFF.length * FIXTURE_NAMES.length);

    // Assess
    expect(actual).toEqual(expected);
  });

  it("POST /staff/complaints/{id}/actions with an outcome at the manager's stage: 403 for who may see but not decide (P6)", async () => {
    // Act: refusals first, so that the managers' outcomes do not change what the others meet
    const actual: Record<string, number> = {};
    const order = [...STAFF].sort((a, b) => OUTCOME_AT_MANAGER_STAGE[b] - OUTCOME_AT_MANAGER_STAGE[a]);
    for (const staff of order) {
      const own: Fixture = SETTINGS[staff].own === 'oak-street' ? 'oak' : 'willow';
      const reply = await api.act(staff, references[own], { type: 'outcome', outcome: 'upheld', summary: `Outcome by ${staff}.` });
      actual[staff] = reply.status;
      keep(`outcome ${staff} ${own}`, reply);
    }
    count('POST /staff/complaints/{id}/actions (outcome)', STAFF.length);

    // Assess
    expect(actual).toEqual(OUTCOME_AT_MANAGER_STAGE);
  });

  it('POST /staff/complaints (P5): 201 in their own setting, 403 in another they do not work in', async () => {
    // Act
    const actual: Record<string, { own: number; other: number }> = {};
    const expected: Record<string, { own: number; other: number }> = {};
    for (const staff of STAFF) {
      const bearer = await tokenOf(staff);
      const post = (settingId: string) => api.post('/staff/complaints', onBehalf(settingId), { bearer });
      const own = await post(SETTINGS[staff].own);
      const other = await post(SETTINGS[staff].other);
      actual[staff] = { own: own.status, other: other.status };
      expected[staff] = { own: 201, other: MAY_RECORD_IN_OTHER_SETTING[staff] ? 201 : 403 };
      keep(`record ${staff} own`, own);
      keep(`record ${staff} other`, other);
    }
    count('POST /staff/complaints', STAFF.length * 2);

    // Assess
    expect(actual).toEqual(expected);
  });

  it('refuses with bodies that hold no complaint data: no reference, no names, no words of the complaint', () => {
    // Assess (the refusals of every test above)
    expect(refusals.length).toBeGreaterThan(100);
    const forbidden = [
      ...Object.values(references),
      PARENT_NAME,
      CHILD_NAME,
      'lunchbox',
      ...exampleOrganisation.staff.flatMap((member) => [member.name, member.id, member.email]),
    ];
    const leaks = refusals.flatMap(({ cell, text, body }) => [
      ...forbidden.filter((value) => text.includes(value)).map((value) => `${cell}: "${value}"`),
      ...Object.keys(body as object).filter((key) => key !== 'message').map((key) => `${cell}: field ${key}`),
    ]);
    expect(leaks).toEqual([]);
  });
});

/** P5: a complaint made by phone, written down by staff. */
function onBehalf(settingId: string) {
  return {
    settingId,
    classification: 'complaint',
    about: 'service',
    description: 'Told us by phone that the outing was cancelled without notice.',
    childName: CHILD_NAME,
    contact: { name: PARENT_NAME, email: 'sam.taylor@example.com' },
    channel: 'phone',
    receivedAt: new Date(Date.now() - 60_000).toISOString(),
  };
}
