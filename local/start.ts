/**
 * `npm start`: the embedded default on 127.0.0.1. Prints `API: <url>`, `Web: <url>`,
 * `Inbox: <url>`, then `ready`, on stdout; diagnostics go to stderr. Ctrl-C (or SIGTERM)
 * stops everything; a second one exits at once.
 */
import './quiet-sdk';
import { startEmbedded } from './embedded';
import { parseStartOptions, readOrganisationConfig, StartOptionsError } from './start-options';

const diagnostic = (line: string) => process.stderr.write(`[local] ${line}\n`);

async function main(): Promise<void> {
  const { configFile, configByDefault, ...options } = parseStartOptions(process.argv.slice(2), process.env);
  const config = readOrganisationConfig(configFile);
  if (configByDefault) diagnostic(`No --config given: the example organisation (${configFile}), as with --demo`);

  const embedded = await startEmbedded({ ...options, config, log: diagnostic });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    diagnostic(`${signal}: stopping`);
    embedded.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        diagnostic(`Stopping failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // In Lambda a stray rejection fails one invocation; here it must not stop every clock.
  process.on('unhandledRejection', (reason) => diagnostic(`Unhandled rejection: ${String(reason)}`));

  const { dynamoDbMs, synthMs, readyMs } = embedded.timings;
  diagnostic(`Step Functions: ${embedded.stepFunctionsUrl}; DynamoDB: ${embedded.dynamoDbEndpoint}`);
  diagnostic(`Ready in ${readyMs} ms (DynamoDB Local ${dynamoDbMs} ms, CDK synth ${synthMs} ms)`);
  process.stdout.write(`API: ${embedded.apiUrl}\nWeb: ${embedded.webUrl}\nInbox: ${embedded.inboxUrl}\nready\n`);
}

main().catch((error: unknown) => {
  diagnostic(error instanceof StartOptionsError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
