/**
 * The workflow table: every Step Functions state machine, its ASL file and the functions its Task
 * states call (by the `${Name}` placeholders in the ASL). The CDK stack deploys them as Standard
 * state machines; the local Step Functions endpoint runs the same files with the same handlers.
 */
export interface WorkflowTask {
  /** Also the function's short name. */
  name: string;
  entry: string;
  sendsEmail: boolean;
}

export interface Workflow {
  name: string;
  /** ASL (JSONPath) file, relative to the repository root. */
  definition: string;
  /** `${Placeholder}` in the ASL → the function a Task state invokes. */
  tasks: Record<string, WorkflowTask>;
  /** Environment variable through which functions that start it learn its ARN. */
  arnVariable: string;
}

export const APPROVAL_REQUESTS: WorkflowTask = {
  name: 'approval-requests',
  entry: 'functions/approvals/approval-requests.ts',
  sendsEmail: true,
};

export const WORKFLOWS: readonly Workflow[] = [
  {
    name: 'contract-review',
    definition: 'statemachines/review.asl.json',
    tasks: {
      RequestApprovalFunction: APPROVAL_REQUESTS,
      ReviewOutcomeFunction: {
        name: 'contract-review-outcomes',
        entry: 'functions/contracts/review-outcomes.ts',
        sendsEmail: false,
      },
    },
    arnVariable: 'CONTRACT_REVIEW_STATE_MACHINE_ARN',
  },
  {
    name: 'quote-technical-review',
    definition: 'statemachines/review.asl.json',
    tasks: {
      RequestApprovalFunction: APPROVAL_REQUESTS,
      ReviewOutcomeFunction: {
        name: 'quote-review-outcomes',
        entry: 'functions/sales/review-outcomes.ts',
        sendsEmail: false,
      },
    },
    arnVariable: 'QUOTE_TECHNICAL_REVIEW_STATE_MACHINE_ARN',
  },
  {
    name: 'order-review',
    definition: 'statemachines/review.asl.json',
    tasks: {
      RequestApprovalFunction: APPROVAL_REQUESTS,
      ReviewOutcomeFunction: {
        name: 'order-review-outcomes',
        entry: 'functions/orders/review-outcomes.ts',
        sendsEmail: false,
      },
    },
    arnVariable: 'ORDER_REVIEW_STATE_MACHINE_ARN',
  },
  {
    name: 'order-amendment-review',
    definition: 'statemachines/review.asl.json',
    tasks: {
      RequestApprovalFunction: APPROVAL_REQUESTS,
      ReviewOutcomeFunction: {
        name: 'order-amendment-outcomes',
        entry: 'functions/orders/amendment-outcomes.ts',
        sendsEmail: false,
      },
    },
    arnVariable: 'ORDER_AMENDMENT_REVIEW_STATE_MACHINE_ARN',
  },
  {
    // The tiered approval is the review kit's state machine: the chain's last step is finance's
    // voucher check and payment (reject = refuse).
    name: 'expense-approval',
    definition: 'statemachines/review.asl.json',
    tasks: {
      RequestApprovalFunction: APPROVAL_REQUESTS,
      ReviewOutcomeFunction: {
        name: 'expense-approval-outcomes',
        entry: 'functions/expenses/review-outcomes.ts',
        sendsEmail: false,
      },
    },
    arnVariable: 'EXPENSE_APPROVAL_STATE_MACHINE_ARN',
  },
  {
    name: 'commission-payout',
    definition: 'statemachines/review.asl.json',
    tasks: {
      RequestApprovalFunction: APPROVAL_REQUESTS,
      ReviewOutcomeFunction: {
        name: 'commission-payout-outcomes',
        entry: 'functions/performance/payout-outcomes.ts',
        sendsEmail: false,
      },
    },
    arnVariable: 'COMMISSION_PAYOUT_STATE_MACHINE_ARN',
  },
  {
    name: 'order-fulfilment',
    definition: 'statemachines/order-fulfilment.asl.json',
    tasks: {
      FulfilmentTaskFunction: {
        name: 'order-fulfilment-tasks',
        entry: 'functions/orders/fulfilment-tasks.ts',
        sendsEmail: false,
      },
    },
    arnVariable: 'ORDER_FULFILMENT_STATE_MACHINE_ARN',
  },
  {
    // A timer, not a process: four absolute alarms per ticket; see docs/architecture.md for why a
    // Step Functions wait rather than one-time EventBridge Scheduler schedules.
    name: 'ticket-timer',
    definition: 'statemachines/ticket-timer.asl.json',
    tasks: {
      TicketTimerFunction: {
        name: 'ticket-timer',
        entry: 'functions/service/ticket-timer.ts',
        sendsEmail: false,
      },
    },
    arnVariable: 'TICKET_TIMER_STATE_MACHINE_ARN',
  },
];
