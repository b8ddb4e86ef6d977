/**
 * The forms' answers as the API receives them, whichever way they arrive: the one mapping
 * (lambdas/templates/site/form/fields.ts), the spam check, and the plain form post's answers (303 or the
 * form again, naming each field).
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../lambdas/domain/errors';
import { answerFormPost, MAX_FORM_BYTES, type FormPorts } from '../../lambdas/handlers/form-post';
import { UnsupportedMediaTypeError } from '../../lambdas/handlers/http';
import { agencySubmission, parentSubmission } from '../../lambdas/handlers/intake';
import { agencyComplaintRequest, parentComplaintRequest, examplesOf } from '../../lambdas/handlers/schemas';
import { FORM_TOKEN_LIFETIME_MS, MIN_FILL_TIME_MS, rejectLikelySpam } from '../../lambdas/handlers/spam-check';
import { hmacFormTokens } from '../../lambdas/adapters/form-token';
import { errorKind, requestFromForm } from '../../lambdas/templates/site/form/fields';
import type { FormKind } from '../../lambdas/templates/site/paths';
import { siteFromOrganisation } from '../../lambdas/templates/site/pages/site';
import { exampleOrg } from '../helpers/use-case-context';

const site = siteFromOrganisation(exampleOrg, { css: '/assets/site.css', js: '/assets/site.js' });

const formTokens = hmacFormTokens('k'.repeat(48), { minAgeMs: MIN_FILL_TIME_MS, maxAgeMs: FORM_TOKEN_LIFETIME_MS });
/** A token a person would send: issued when the form was shown, a minute before. */
const shownAMinuteAgo = () => formTokens.issue(new Date(Date.now() - 60_000));

const PARENT_ANSWERS = {
  pageLanguage: 'pl',
  settingId: 'oak-street',
  classification: 'concern',
  about: 'service',
  keyPersonId: '',
  subjectStaffId: '',
  childName: '  Maya ',
  description: 'Another child’s lunchbox, three times.',
  desiredOutcome: '',
  'contact.name': 'Sam Taylor',
  'contact.email': 'sam.taylor@example.com',
  'contact.phone': '',
  language: 'pl',
  interpreterLanguage: '',
  consentToContact: 'yes',
  website: '',
  formToken: shownAMinuteAgo(),
};

const entries = (answers: Record<string, string | undefined>) =>
  Object.entries(answers).filter((entry): entry is [string, string] => entry[1] !== undefined);

function formPost(body: Record<string, string>, contentType = 'application/x-www-form-urlencoded'): APIGatewayProxyEventV2 {
  return {
    headers: { 'content-type': contentType },
    body: new URLSearchParams(body).toString(),
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

function ports(accept: FormPorts['accept'] = vi.fn(), schema: FormPorts['schema'] = parentComplaintRequest): FormPorts {
  return { schema, site: async () => site, accept, tokens: async () => formTokens };
}

describe('Form mapping: answers to the API request', () => {
  it('maps a parent’s answers to a valid request, leaving empty answers out', () => {
    // Act
    const request = requestFromForm('parent', entries(PARENT_ANSWERS));

    // Assess
    expect(request).toEqual({
      formToken: PARENT_ANSWERS.formToken,
      settingId: 'oak-street',
      classification: 'concern',
      about: 'service',
      allegationOfHarm: false,
      childName: 'Maya',
      description: 'Another child’s lunchbox, three times.',
      contact: { name: 'Sam Taylor', email: 'sam.taylor@example.com' },
      consentToContact: true,
      language: 'pl',
      website: '',
    });
    expect(parentComplaintRequest.safeParse(request).success).toBe(true);
  });

  it('P3: an allegation needs no "concern or complaint" nor whom it is about', () => {
    const request = requestFromForm('parent', entries({ ...PARENT_ANSWERS, classification: '', about: '', allegationOfHarm: 'yes' }));
    expect(request).toMatchObject({ allegationOfHarm: true, classification: 'complaint', about: 'otherStaff' });
    expect(parentComplaintRequest.safeParse(request).success).toBe(true);
  });

  it('P4: a complaint about the key person names them, so that they never handle it', () => {
    const request = requestFromForm('parent', entries({ ...PARENT_ANSWERS, about: 'keyPerson', keyPersonId: 'amira-khan' }));
    expect(request).toMatchObject({ keyPersonId: 'amira-khan', subjectStaffId: 'amira-khan' });
  });

  it('F2: an interpreter asked for without a language is one for the language chosen for emails', () => {
    const ticked = requestFromForm('parent', entries({ ...PARENT_ANSWERS, interpreterNeeded: 'yes' }));
    const named = requestFromForm('parent', entries({ ...PARENT_ANSWERS, interpreterNeeded: 'yes', interpreterLanguage: 'BSL' }));
    expect(ticked.interpreterLanguage).toBe('Polski (Polish)');
    expect(named.interpreterLanguage).toBe('BSL');
    expect(requestFromForm('parent', entries(PARENT_ANSWERS)).interpreterLanguage).toBeUndefined();
  });

  it('the language for emails defaults to the page’s language', () => {
    const request = requestFromForm('parent', entries({ ...PARENT_ANSWERS, language: '' }));
    expect(request.language).toBe('pl');
  });

  it('carries the timing token only when the form has one', () => {
    expect(requestFromForm('parent', entries({ ...PARENT_ANSWERS, formToken: 'v1.abc.def' })).formToken).toBe('v1.abc.def');
    expect(requestFromForm('parent', entries({ ...PARENT_ANSWERS, formToken: '' })).formToken).toBeUndefined();
    expect(requestFromForm('parent', entries({ ...PARENT_ANSWERS, formToken: undefined })).formToken).toBeUndefined();
  });

  it('A1: maps an agency’s answers to a valid request', () => {
    const request = requestFromForm(
      'agency',
      entries({
        pageLanguage: 'en',
        settingId: 'willow-lane',
        about: 'practice',
        description: 'Our health visitor was not given the room we booked.',
        'agency.organisation': 'Leeds Community Healthcare',
        'agency.name': 'Jo Patel',
        'agency.role': 'Health visitor',
        'agency.email': 'jo.patel@example.nhs.uk',
        'agency.phone': '',
        language: 'en',
      }),
    );
    expect(request).toEqual({
      settingId: 'willow-lane',
      about: 'practice',
      allegationOfHarm: false,
      description: 'Our health visitor was not given the room we booked.',
      agency: { organisation: 'Leeds Community Healthcare', name: 'Jo Patel', role: 'Health visitor', email: 'jo.patel@example.nhs.uk' },
      language: 'en',
    });
    expect(agencyComplaintRequest.safeParse(request).success).toBe(true);
  });

  it('names the kind of each mistake from the API’s message and what was sent', () => {
    expect(errorKind({ field: 'description', message: 'is required' }, '')).toBe('required');
    expect(errorKind({ field: 'contact.email', message: 'must be an email address' }, 'nope')).toBe('invalid');
    expect(errorKind({ field: 'description', message: 'must be at most 10000 characters' }, 'x')).toBe('tooLong');
  });
});

describe('Schema: text a person can read', () => {
  const [parentExample] = examplesOf(parentComplaintRequest) as object[];

  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['a byte-order mark and joiners', '\ufeff\u200d\u200c'],
    ['direction marks between spaces', ' \u200e \u200f '],
    ['word joiners and soft hyphens', '\u2060\u00ad\u2060'],
  ])('a description of only %s is refused as missing', (_case, description) => {
    const parsed = parentComplaintRequest.safeParse({ ...parentExample, description });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['description', 'is required']]);
  });

  it('a description with one visible letter among invisible characters is taken', () => {
    const parsed = parentComplaintRequest.safeParse({ ...parentExample, description: '\u200bA\u200b' });
    expect(parsed.success).toBe(true);
  });
});

describe('Spam check: honeypot and the signed timing token', () => {
  const tokens = hmacFormTokens('k'.repeat(48), { minAgeMs: MIN_FILL_TIME_MS, maxAgeMs: FORM_TOKEN_LIFETIME_MS });
  const issuedAt = new Date('2026-03-02T10:00:00Z');
  const later = (ms: number) => new Date(issuedAt.getTime() + ms);
  const token = tokens.issue(issuedAt);

  it('lets through a form sent with a token at least a few seconds old and at most a day', () => {
    expect(() => rejectLikelySpam({ website: '', formToken: token }, tokens, later(MIN_FILL_TIME_MS))).not.toThrow();
    expect(() => rejectLikelySpam({ formToken: token }, tokens, later(FORM_TOKEN_LIFETIME_MS))).not.toThrow();
  });

  it.each([
    ['no token (a client that leaves the signal out)', undefined, later(60_000), /is required/],
    ['a token sent sooner than anyone fills the form in', token, later(MIN_FILL_TIME_MS - 1), /too recently/],
    ['a token older than a day', token, later(FORM_TOKEN_LIFETIME_MS + 1), /expired/],
    ['a token with its time changed to look older', token.replace(/^v1\.[0-9a-z]+\./, `v1.${(issuedAt.getTime() - 60_000).toString(36)}.`), later(0), /not a token/],
    ['a token signed with another key', hmacFormTokens('x'.repeat(48), { minAgeMs: 0, maxAgeMs: 1 }).issue(issuedAt), later(60_000), /not a token/],
    ['a number the client chose, as the old signal was', '900', later(60_000), /not a token/],
  ])('refuses %s, naming formToken', (_case, formToken, now, message) => {
    try {
      rejectLikelySpam(formToken === undefined ? {} : { formToken }, tokens, now);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields).toEqual([{ field: 'formToken', message: expect.stringMatching(message) }]);
    }
  });

  it('refuses a filled honeypot without saying which check failed, token or not', () => {
    try {
      rejectLikelySpam({ website: 'http://spam.example', formToken: token }, tokens, later(60_000));
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).fields).toEqual([{ field: 'body', message: expect.any(String) }]);
    }
  });

  it('drops the spam signals before anything is stored', () => {
    const parent = parentComplaintRequest.parse({ ...requestFromForm('parent', entries(PARENT_ANSWERS)), formToken: token });
    expect(parentSubmission(parent)).not.toHaveProperty('website');
    expect(parentSubmission(parent)).not.toHaveProperty('formToken');
    const [agencyExample] = examplesOf(agencyComplaintRequest) as unknown[];
    const agency = agencyComplaintRequest.parse({ ...(agencyExample as object), website: '', formToken: token });
    expect(agencySubmission(agency)).not.toHaveProperty('website');
    expect(agencySubmission(agency)).not.toHaveProperty('formToken');
  });
});

describe('Handler: the plain form post (no JavaScript)', () => {
  it('sends a form posted without a token (or too soon) back once, with a fresh token in it and every answer kept', async () => {
    const accept = vi.fn<FormPorts['accept']>();
    for (const formToken of ['', formTokens.issue(new Date())]) {
      const result = await answerFormPost('parent', formPost({ ...PARENT_ANSWERS, pageLanguage: 'en', formToken }), ports(accept));

      expect(result.statusCode).toBe(400);
      const page = String(result.body);
      expect(page).toContain('check your answers and send the form once more');
      expect(page).toContain('value="Sam Taylor"');
      const [, fresh] = /name="formToken" value="([^"]+)"/.exec(page) ?? [];
      expect(formTokens.verify(fresh, new Date(Date.now() + MIN_FILL_TIME_MS))).toBe('valid');
    }
    expect(accept).not.toHaveBeenCalled();
  });


  it('P2: answers 303 to the confirmation page in the page’s language, saying a concern was sent, with one key per set of answers', async () => {
    // Prepare
    const accept = vi.fn<FormPorts['accept']>().mockResolvedValue({
      reference: 'ABCD-EFGH',
      status: 'open',
      level: 'keyPerson',
      respondBy: '2026-12-01T23:59:59Z',
    });

    // Act
    const first = await answerFormPost('parent', formPost(PARENT_ANSWERS), ports(accept));
    await answerFormPost('parent', formPost(PARENT_ANSWERS), ports(accept));

    // Assess
    expect(first.statusCode).toBe(303);
    expect(first.headers?.location).toBe(
      '/api/forms/confirmation?lang=pl&form=parent&ref=ABCD-EFGH&status=open&as=concern&level=keyPerson&by=2026-12-01T23%3A59%3A59Z',
    );
    const [firstKey, secondKey] = accept.mock.calls.map((call) => call[2]);
    expect(firstKey).toMatch(/^form:[0-9a-f]{64}$/);
    expect(secondKey).toBe(firstKey);
  });

  it('answers 400 with the form again: each field named and linked, every answer kept', async () => {
    // Prepare
    const accept = vi.fn<FormPorts['accept']>();
    const answers = { ...PARENT_ANSWERS, pageLanguage: 'en', classification: '', 'contact.email': 'sam<at>example', description: '<script>alert(1)</script>' };

    // Act
    const result = await answerFormPost('parent', formPost(answers), ports(accept));

    // Assess
    expect(result.statusCode).toBe(400);
    expect(result.headers?.['content-type']).toBe('text/html; charset=utf-8');
    const page = String(result.body);
    expect(page).toContain('<title>Error: Tell us about a concern or complaint');
    expect(page).toContain('<a href="#classification">Select whether this is a concern or a complaint</a>');
    expect(page).toContain('<a href="#contact-email">Enter an email address in the correct format, like name@example.com</a>');
    expect(page).toContain('value="sam&lt;at&gt;example"');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;</textarea>');
    expect(page).toMatch(/<input[^>]*id="contact-email"[^>]*aria-describedby="contact-email-hint contact-email-error"/);
    expect(accept).not.toHaveBeenCalled();
  });

  it('shows the use case’s refusals (the spam check, the directory) on the form too', async () => {
    const accept = vi.fn<FormPorts['accept']>().mockRejectedValue(
      new ValidationError([
        { field: 'keyPersonId', message: 'not a key person at this setting' },
        { field: 'body', message: 'could not be accepted' },
      ]),
    );
    const result = await answerFormPost('parent', formPost({ ...PARENT_ANSWERS, pageLanguage: 'cy', keyPersonId: 'farah-ali' }), ports(accept));
    expect(result.statusCode).toBe(400);
    expect(String(result.body)).toContain('<li>Nid oeddem yn gallu derbyn y ffurflen.');
    expect(String(result.body)).toContain('<a href="#keyPersonId">Dewiswch berson allweddol');
  });

  it('keeps the answers when something fails on our side, and says so', async () => {
    const accept = vi.fn<FormPorts['accept']>().mockRejectedValue(new Error('DynamoDB is down'));
    const answers = {
      pageLanguage: 'en',
      settingId: 'willow-lane',
      about: 'practice',
      description: 'Our health visitor was not given the room we booked.',
      'agency.organisation': 'Leeds Community Healthcare',
      'agency.name': 'Jo Patel',
      'agency.email': 'jo.patel@example.nhs.uk',
      formToken: shownAMinuteAgo(),
    };
    const result = await answerFormPost('agency', formPost(answers), ports(accept, agencyComplaintRequest));
    expect(result.statusCode).toBe(500);
    expect(String(result.body)).toContain('Something went wrong on our side');
    expect(String(result.body)).toContain('value="Jo Patel"');
  });

  it('P1: a consent box posted as "false" (or "no", or empty) is no consent: 400, nothing accepted', async () => {
    const accept = vi.fn<FormPorts['accept']>();
    for (const consentToContact of ['false', 'no', '', '0']) {
      const result = await answerFormPost('parent', formPost({ ...PARENT_ANSWERS, pageLanguage: 'en', consentToContact }), ports(accept));
      expect(result.statusCode, consentToContact).toBe(400);
      expect(String(result.body)).toContain('href="#consentToContact"');
      expect(String(result.body)).not.toMatch(/id="consentToContact"[^>]*checked/);
    }
    expect(accept).not.toHaveBeenCalled();
  });

  it('names the schema’s fields and the directory’s together in one answer', async () => {
    const accept = vi.fn<FormPorts['accept']>();
    const check = (request: unknown) =>
      (request as { settingId?: string }).settingId === 'nowhere' ? [{ field: 'settingId', message: 'no such setting' }] : [];
    const answers = { ...PARENT_ANSWERS, pageLanguage: 'en', settingId: 'nowhere', 'contact.email': 'nobody' };

    const result = await answerFormPost<FormKind>('parent', formPost(answers), { ...ports(accept), check });

    expect(result.statusCode).toBe(400);
    expect(String(result.body)).toContain('href="#settingId"');
    expect(String(result.body)).toContain('href="#contact-email"');
    expect(accept).not.toHaveBeenCalled();
  });

  it('answers a form over the size it reads with a page (413), the answers kept, not JSON', async () => {
    const accept = vi.fn<FormPorts['accept']>();
    const answers = { ...PARENT_ANSWERS, pageLanguage: 'en', description: 'x'.repeat(MAX_FORM_BYTES) };

    const result = await answerFormPost('parent', formPost(answers), ports(accept));

    expect(result.statusCode).toBe(413);
    expect(result.headers?.['content-type']).toBe('text/html; charset=utf-8');
    expect(String(result.body)).toContain('Your answers were too long to send.');
    expect(String(result.body)).toContain('value="Sam Taylor"');
    expect(accept).not.toHaveBeenCalled();
  });

  it.each(['application/json', 'text/plain', 'multipart/form-data; boundary=x'])('refuses a form post sent as %s (415)', async (type) => {
    const accept = vi.fn<FormPorts['accept']>();
    await expect(answerFormPost('parent', formPost(PARENT_ANSWERS, type), ports(accept))).rejects.toThrow(UnsupportedMediaTypeError);
    expect(accept).not.toHaveBeenCalled();
  });

  it('answers a post with no answers with the form and a general error', async () => {
    const result = await answerFormPost('parent', formPost({}), ports());
    expect(result.statusCode).toBe(400);
    expect(String(result.body)).toContain('We could not accept the form.');
  });
});
