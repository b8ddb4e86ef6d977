/**
 * An error of the Step Functions API, as the local endpoint answers it: `type` becomes the
 * `__type` of the JSON error body, which the SDK maps to its typed exception classes.
 */
export type StepFunctionsErrorType =
  | 'ExecutionAlreadyExists'
  | 'ExecutionDoesNotExist'
  | 'StateMachineDoesNotExist'
  | 'InvalidArn'
  | 'InvalidName'
  | 'InvalidExecutionInput'
  | 'ValidationException'
  | 'UnknownOperationException';

export class StepFunctionsApiError extends Error {
  constructor(
    readonly type: StepFunctionsErrorType,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}
