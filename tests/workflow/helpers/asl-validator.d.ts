/** asl-validator 4 ships no types; this is the part the workflow tests use. */
declare module 'asl-validator' {
  interface AslValidationError {
    'Error code': string;
    Message: string;
  }
  interface AslValidationResult {
    isValid: boolean;
    errors: AslValidationError[];
    errorsText(separator?: string): string;
  }
  interface AslValidationOptions {
    checkPaths?: boolean;
    checkArn?: boolean;
  }
  /** Note: it adds a `QueryLanguage` to every state of the definition it is given. */
  function aslValidator(definition: unknown, options?: AslValidationOptions): AslValidationResult;
  export = aslValidator;
}
