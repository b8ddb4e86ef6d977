import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parentComplaintRequest, examplesOf } from '../../lambdas/handlers/schemas';
import { startEmbedded, type Embedded } from '../../local/embedded';
import { EXAMPLE_CONFIG_FILE } from '../../local/paths';
import { readOrganisationConfig } from '../../local/start-options';
import { timingToken } from '../helpers/form-token';

const [exampleComplaint] = examplesOf(parentComplaintRequest) as object[];

describe('Function: startEmbedded (in this process)', () => {
  let embedded: Embedded;

  beforeAll(async () => {
    embedded = await startEmbedded({
      config: readOrganisationConfig(EXAMPLE_CONFIG_FILE),
      inMemory: true,
      port: 0,
      sesPort: 0,
      // Sweeps only when the test asks, so what it sees is what it caused.
      sweepIntervalMs: 3_600_000,
    });
  });

  afterAll(async () => {
    await embedded?.stop();
  });

  it('keeps a complaint whose clock could not start while Step Functions was down, and starts it later', async () => {
    // Prepare
    await embedded.stepFunctionsEndpoint.goOffline();

    // Act
    const response = await fetch(`${embedded.apiUrl}/complaints/parent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...exampleComplaint, formToken: await timingToken(embedded.apiUrl) }),
    });
    const whileDown = embedded.stepFunctions.listExecutions();
    await embedded.stepFunctionsEndpoint.goOnline();
    await embedded.sweepNow();
    const afterSweep = embedded.stepFunctions.listExecutions();

    // Assess
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    expect(whileDown).toEqual([]);
    expect(afterSweep).toMatchObject([{ status: 'RUNNING', stateMachineArn: embedded.stateMachineArns.parent }]);
    expect(afterSweep[0]?.name).toContain(reference);
  });

  it('lets staff routes through with a signed-in token only, as the JWT authorizer does', async () => {
    // Prepare
    const token = await embedded.signIn('chloe-evans');

    // Act
    const anonymous = await fetch(`${embedded.apiUrl}/staff/complaints?settingId=oak-street`);
    const signedIn = await fetch(`${embedded.apiUrl}/staff/complaints?settingId=oak-street`, {
      headers: { authorization: `Bearer ${token}` },
    });

    // Assess
    expect(anonymous.status).toBe(401);
    expect(signedIn.status).toBe(200);
  });
});
