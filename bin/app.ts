/**
 * The CDK app: reads one organisation's config, validates it, and creates its stack, checked
 * by cdk-nag's AwsSolutions pack (an unacknowledged finding fails the synth).
 *
 *   npx cdk synth                                   # config/example-organisation.json
 *   npx cdk deploy -c config=config/my-org.json     # or COMPLAINTS_CONFIG=config/my-org.json
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { parseOrganisationConfig, type OrganisationConfig } from '../lib/config/organisation';
import { addOrganisationStacks } from '../lib/app';

const DEFAULT_CONFIG = 'config/example-organisation.json';
/** Built by `npm run build:web` (the deploy script runs it first). */
const WEB_ASSETS = 'web/dist';

const app = new App();
const configFile: string = app.node.tryGetContext('config') ?? process.env.COMPLAINTS_CONFIG ?? DEFAULT_CONFIG;
const config = readConfig(configFile);
// The pages are part of the stack; a fresh clone builds them once, so `cdk synth` just works.
if (!existsSync(WEB_ASSETS)) execFileSync('npx', ['tsx', 'web/build.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });

// The complaints stack, and its web firewall's stack in us-east-1 (`cdk deploy --all`).
addOrganisationStacks(app, config, {
  webAssets: WEB_ASSETS,
  // Deploys to the account and region of the caller's credentials (London when they name no
  // region); never an id in the repo.
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

function readConfig(file: string): OrganisationConfig {
  try {
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`Cannot read the organisation config ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return parseOrganisationConfig(input, `organisation config ${file}`);
  } catch (error) {
    // The message names each bad field; a stack trace would only bury it.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
