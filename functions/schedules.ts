/**
 * The schedule table: every scheduled job, declared once. The CDK stack turns each into an
 * EventBridge Scheduler schedule (with retries and a dead-letter queue) invoking the job's own
 * function; the local runtime fires the same schedules with croner while `npm start` runs, and
 * `npm run job` fires one on demand.
 */
export { JOB_RESERVE_SECONDS, JOB_TIMEOUT_SECONDS } from '#shared/job-limits.ts';

export interface Cron {
  minute: string;
  hour: string;
  dayOfMonth?: string;
  month?: string;
  dayOfWeek?: string;
}

export interface ScheduledJob {
  /** Also the function's short name. */
  name: string;
  description: string;
  cron: Cron;
  /** Handler module, relative to the repository root; it exports `handler`. */
  entry: string;
  /** Needs to send email. */
  sendsEmail: boolean;
  /** Keeps and reads the audit trail's locked seal copies (the Object Lock bucket). */
  keepsAuditSeals?: boolean;
  /** Reads the documents bucket under this key prefix (an uploaded sheet). */
  readsDocuments?: string;
}

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  {
    name: 'customer-classification',
    description: 'Scores every customer and sets its A/B/C class (R-3.1).',
    cron: { minute: '30', hour: '1' },
    entry: 'functions/classification/customer-classification.ts',
    sendsEmail: false,
  },
  {
    name: 'revisit-planning',
    description:
      "Opens revisits for customers not contacted within their class's interval, then emails each rep a digest (R-2.6.3, R-3.3).",
    cron: { minute: '0', hour: '7' },
    entry: 'functions/care/revisit-planning.ts',
    sendsEmail: true,
  },
  {
    name: 'care-messages',
    description:
      "Greets contacts on their birthday and on the calendar's holidays, in their language (R-3.4).",
    cron: { minute: '0', hour: '9' },
    entry: 'functions/care/care-messages.ts',
    sendsEmail: true,
  },
  {
    name: 'approval-deadlines',
    description: 'Reminds approvers of overdue steps and escalates long-overdue ones to their supervisor.',
    cron: { minute: '5', hour: '*' },
    entry: 'functions/approvals/approval-deadlines.ts',
    sendsEmail: true,
  },
  {
    name: 'order-deadlines',
    description:
      'Reminds who a fulfilment step waits for once its deadline passes (late production also alerts sales admin and the rep), and emails each rep a digest of their overdue installments (R-2.5.3–R-2.5.5).',
    cron: { minute: '15', hour: '8' },
    entry: 'functions/orders/order-deadlines.ts',
    sendsEmail: true,
  },
  {
    name: 'budget-deviations',
    description:
      "Compares last month's spending with its budget per category and rep, and emails the sales manager and finance the lines that depart more than the deviation setting (R-6.4).",
    cron: { minute: '0', hour: '8', dayOfMonth: '1' },
    entry: 'functions/expenses/budget-deviations.ts',
    sendsEmail: true,
  },
  {
    name: 'expense-audit',
    description:
      "Opens the internal audit of last quarter's expenses (R-6.6): samples its approved and paid claims by the published rule, for audit to record a finding on each.",
    cron: { minute: '30', hour: '6', dayOfMonth: '1', month: '1,4,7,10' },
    entry: 'functions/expenses/expense-audit.ts',
    sendsEmail: false,
  },
  {
    name: 'complaint-deadlines',
    description: 'Escalates open complaints past their answer deadline to the sales manager, once (R-3.5).',
    cron: { minute: '20', hour: '*' },
    entry: 'functions/service/complaint-deadlines.ts',
    sendsEmail: false,
  },
  {
    name: 'problem-summary',
    description:
      "Emails the sales manager last month's most common customer problems, by product and category, with their known solutions (R-2.6.4).",
    cron: { minute: '30', hour: '8', dayOfMonth: '1' },
    entry: 'functions/service/problem-summary.ts',
    sendsEmail: true,
  },
  {
    name: 'evaluation',
    description:
      'Starts the first evaluation run of the month just ended, and of the quarter and the year when they end with it, once per period (R-4.2).',
    cron: { minute: '0', hour: '2', dayOfMonth: '1' },
    entry: 'functions/performance/evaluation.ts',
    sendsEmail: false,
  },
  {
    name: 'evaluation-grading',
    description:
      "Grades the quarter's and year's evaluations whose rating deadline passed: qualitative, composite score and grade under the run's rules, once (R-4.3); marks coaching plans due on their review day (§5.4.3).",
    cron: { minute: '0', hour: '3' },
    entry: 'functions/performance/evaluation-grading.ts',
    sendsEmail: false,
  },
  {
    name: 'import-runner',
    description:
      'Files the rows of the spreadsheet imports queued since, a page at a time, continuing a large sheet in new invocations; a company already on file is left as it is.',
    cron: { minute: '*/5', hour: '*' },
    entry: 'functions/imports/import-runner.ts',
    sendsEmail: false,
    readsDocuments: 'imports',
  },
  {
    name: 'audit-seal',
    description:
      'Seals each ended day of the audit trail (a hash chain over its entries, the head kept in the table and in an Object Lock bucket), then checks every sealed day again and emails audit any that no longer matches (R-6.6).',
    cron: { minute: '45', hour: '0' },
    entry: 'functions/audit/audit-seal.ts',
    sendsEmail: true,
    keepsAuditSeals: true,
  },
  {
    name: 'training-survey',
    description:
      'Opens the half-year’s training-needs survey for everyone in sales, once per half-year (R-5.1); the training consumer emails each their link.',
    cron: { minute: '0', hour: '9', dayOfMonth: '2', month: '1,7' },
    entry: 'functions/training/training-survey.ts',
    sendsEmail: false,
  },
];

/** EventBridge Scheduler syntax: six fields, `?` in whichever day field is not restricted. */
export function schedulerExpression(cron: Cron): string {
  const dayOfMonth = cron.dayOfMonth ?? '*';
  const dayOfWeek = cron.dayOfWeek ?? '*';
  const restrictsWeekday = dayOfWeek !== '*';
  return `cron(${cron.minute} ${cron.hour} ${restrictsWeekday ? '?' : dayOfMonth} ${cron.month ?? '*'} ${restrictsWeekday ? dayOfWeek : '?'} *)`;
}

/** croner syntax: the classic five fields. */
export function cronerPattern(cron: Cron): string {
  return `${cron.minute} ${cron.hour} ${cron.dayOfMonth ?? '*'} ${cron.month ?? '*'} ${cron.dayOfWeek ?? '*'}`;
}
