import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import type { ClockExecutionInput } from '../../domain/clock';
import type { Workflows } from '../../domain/ports';
import type { Track } from '../../domain/procedure';

/**
 * Starts the escalation state machines. Execution names are derived from the complaint and
 * level, so a start that is retried (by the outbox sweeper) is a no-op. Nothing ever stops
 * an execution: a clock whose duty is done ends at its next check.
 */
export class StepFunctionsWorkflows implements Workflows {
  constructor(
    private readonly client: SFNClient,
    private readonly stateMachineArns: Readonly<Record<Track, string>>,
  ) {}

  async start(track: Track, executionName: string, input: ClockExecutionInput): Promise<void> {
    try {
      await this.client.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArns[track],
          name: executionName,
          input: JSON.stringify(input),
        }),
      );
    } catch (error) {
      // Standard workflows answer a repeated start with the same input with success; with a
      // different input, ExecutionAlreadyExists. Either way this clock is already running.
      if (!(error instanceof ExecutionAlreadyExists)) throw error;
    }
  }
}
