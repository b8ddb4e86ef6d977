/**
 * The forms' answers as the API receives them, whichever way they arrive: the one mapping
 * (web/src/form/fields.ts), the spam check, and the plain form post's answers (303 or the
 * form again, naming each field).
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../lambdas/domain/errors';
import { answerFormPost, type FormPorts } from '../../lambdas/handlers/form-post';
import { agencySubmission, parentSubmission } from '../../lambdas/handlers/intake';
import { agencyComplaintRequest, parentComplaintRequest, examplesOf } from '../../lambdas/handlers/schemas';
import { MIN_FILL_TIME_MS, rejectLikelySpam } from '../../lambdas/handlers/spam-check';
import { errorKind, requestFromForm } from '../../web/src/form/fields';
import { siteFromOrganisation } from '../../web/src/pages/site';
import { exampleOrg } from '../helpers/use-case-context';

const site = siteFromOrganisation(exampleOrg, { css: '/assets/site.css', js: '/assets/site.js' });

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
};

const entries = (answers: Record<string, string>) => Object.entries(answers);

function formPost(body: Record<string, string>): APIGatewayProxyEventV2 {
  return { body: new URLSearchParams(body).toString(), isBase64Encoded: false } as APIGatewayProxyEventV2;
}

function ports(accept: FormPorts['accept'] = vi.fn()): FormPorts {
  return { site: async () => site, accept };
}

describe('Form mapping: answers to the API request', () => {
  it('maps a parent’s answers to a valid request, leaving empty answers out', () => {
    // Act
    const request = requestFromForm('parent', entries(PARENT_ANSWERS));

    // Assess
    expect(request).toEqual({
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

  it('carries the time taken to fill the form in only when the browser measured it', () => {
    expect(requestFromForm('parent', entries({ ...PARENT_ANSWERS, fillTimeMs: '5200' })).fillTimeMs).toBe(5200);
    expect(requestFromForm('parent', entries({ ...PARENT_ANSWERS, fillTimeMs: '' })).fillTimeMs).toBeUndefined();
    expect(requestFromForm('parent', entries(PARENT_ANSWERS)).fillTimeMs).toBeUndefined();
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

describe('Spam check: honeypot and time to fill in', () => {
  it('lets through a form filled in by a person, or posted without JavaScript', () => {
    expect(() => rejectLikelySpam({ website: '', fillTimeMs: MIN_FILL_TIME_MS })).not.toThrow();
    expect(() => rejectLikelySpam({})).not.toThrow();
  });

  it('refuses a filled honeypot or a form filled in faster than anyone can, without saying which', () => {
    for (const signals of [{ website: 'http://spam.example' }, { fillTimeMs: 900 }]) {
      expect(() => rejectLikelySpam(signals)).toThrow(ValidationError);
      try {
        rejectLikelySpam(signals);
      } catch (error) {
        expect((error as ValidationError).fields).toEqual([{ field: 'body', message: expect.any(String) }]);
      }
    }
  });

  it('drops the spam signals before anything is stored', () => {
    const parent = parentComplaintRequest.parse({ ...requestFromForm('parent', entries(PARENT_ANSWERS)), fillTimeMs: 5000 });
    expect(parentSubmission(parent)).not.toHaveProperty('website');
    expect(parentSubmission(parent)).not.toHaveProperty('fillTimeMs');
    const [agencyExample] = examplesOf(agencyComplaintRequest) as unknown[];
    const agency = agencyComplaintRequest.parse({ ...(agencyExample as object), website: '', fillTimeMs: 5000 });
    expect(agencySubmission(agency)).not.toHaveProperty('website');
    expect(agencySubmission(agency)).not.toHaveProperty('fillTimeMs');
  });
});

describe('Handler: the plain form post (no JavaScript)', () => {
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
    };
    const result = await answerFormPost('agency', formPost(answers), ports(accept));
    expect(result.statusCode).toBe(500);
    expect(String(result.body)).toContain('Something went wrong on our side');
    expect(String(result.body)).toContain('value="Jo Patel"');
  });

  it('answers a post with no answers with the form and a general error', async () => {
    const result = await answerFormPost('parent', formPost({}), ports());
    expect(result.statusCode).toBe(400);
    expect(String(result.body)).toContain('We could not accept the form.');
  });
});
