/**
 * Every Lambda function of the system, as data: the CDK API construct creates one function
 * per entry and grants exactly what it `needs`; the embedded default's local API routes the
 * same paths to the same handler modules. `handler` is the file stem in lambdas/handlers/
 * (`<stem>.handler.ts`, exporting `handler`).
 */
export type Access = 'public' | 'complainant' | 'staff';

export interface FunctionNeeds {
  table: 'read' | 'readWrite';
  /** Sends email through SES. */
  email: boolean;
  /** Starts or stops executions of the escalation state machines. */
  workflows: boolean;
}

export interface RouteDefinition {
  operationId: string;
  method: 'GET' | 'POST';
  /** API Gateway path syntax, e.g. `/staff/complaints/{id}`. */
  path: string;
  handler: string;
  access: Access;
  needs: FunctionNeeds;
  summary: string;
}

export const ROUTES: readonly RouteDefinition[] = [
  {
    operationId: 'submitParentComplaint',
    method: 'POST',
    path: '/complaints/parent',
    handler: 'submit-parent-complaint',
    access: 'public',
    needs: { table: 'readWrite', email: true, workflows: true },
    summary: "A parent's or service user's complaint or concern (10.2, P1–P8)",
  },
  {
    operationId: 'submitAgencyComplaint',
    method: 'POST',
    path: '/complaints/agency',
    handler: 'submit-agency-complaint',
    access: 'public',
    needs: { table: 'readWrite', email: true, workflows: true },
    summary: "Another agency's formal written complaint (10.2, A1–A6)",
  },
];

export interface BackgroundFunctionDefinition {
  name: string;
  handler: string;
  needs: FunctionNeeds;
  summary: string;
}

export const BACKGROUND_FUNCTIONS = {
  /** The Task states of the escalation workflows (open, check, remind, lapse, overdue). */
  clockStep: {
    name: 'ClockStep',
    handler: 'clock-step',
    needs: { table: 'readWrite', email: true, workflows: false },
    summary: 'One step of a statutory clock, called by the escalation state machines',
  },
  /**
   * Carries out effects left pending in the outbox (a clock start while Step Functions was
   * unreachable, an email while SES was), on a schedule.
   */
  outboxSweeper: {
    name: 'OutboxSweeper',
    handler: 'sweep-outbox',
    needs: { table: 'readWrite', email: true, workflows: true },
    summary: 'Retries clock starts and emails that could not be carried out at once',
  },
} as const satisfies Record<string, BackgroundFunctionDefinition>;
