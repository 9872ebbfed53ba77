import type { Node } from 'constructs';
import { careSettings } from '../functions/care/settings.ts';
import { companySettings } from '../functions/shared/company.ts';
import { classificationSettings } from '../functions/classification/settings.ts';
import { approvalSettings } from '../functions/approvals/settings.ts';
import { salesSettings } from '../functions/sales/settings.ts';
import { orderSettings } from '../functions/orders/settings.ts';
import { expenseSettings } from '../functions/expenses/settings.ts';
import { serviceSettings } from '../functions/service/settings.ts';
import { performanceSettings } from '../functions/performance/settings.ts';
import { trainingSettings } from '../functions/training/settings.ts';

/**
 * Deployment settings, read from CDK context (`cdk.json` or `-c name=value`). Documented in
 * docs/operations.md.
 */
export interface Settings {
  /** Suffix of every resource name, e.g. `dev` or `prod`. */
  stage: string;
  /** Verified SES identity the system sends from (approval links, care messages). */
  senderAddress: string;
  /** Time zone of schedules and calendar rules. */
  timeZone: string;
  /** Origins the HTTP API allows; `*` by default, since clients authenticate with bearer tokens. */
  corsOrigins: string[];
  /** Days CloudWatch keeps function and access logs. */
  logRetentionDays: number;
  /** Requests per second the API accepts before throttling (burst is twice that). */
  apiRateLimit: number;
  /** Classification weights, full marks and thresholds (JSON, merged over the defaults). */
  classification: string;
  /** Revisit intervals, due days and holidays (JSON, merged over the defaults). */
  care: string;
  /** The company's name in each language, signing quotations and greetings (JSON, merged over the defaults). */
  company: string;
  /** Approval due hours, escalation hours and review timeout days (JSON, merged over the defaults). */
  approvals: string;
  /** Price tolerance before a quote needs a technical review (JSON, merged over the defaults). */
  sales: string;
  /** Default payment plan, fulfilment deadlines and the receipt link's validity (JSON, merged over the defaults). */
  orders: string;
  /** Expense currency, the senior approval threshold and approver, the deviation percent (JSON, merged over the defaults). */
  expenses: string;
  /** Complaint and ticket deadlines by customer class and severity, link validity, care (JSON, merged over the defaults). */
  service: string;
  /** The evaluation rules: version, currency, indicator weights, attainment cap, grades (JSON, merged over the defaults). */
  performance: string;
  /** How many days a training-needs survey takes answers (JSON, merged over the defaults). */
  training: string;
  /** Who is emailed when an alarm fires (an SNS email subscription; empty: nobody yet). */
  alarmEmail: string;
  /**
   * The address customers write to for complaints (SES inbound, in a domain whose MX points at SES
   * in this Region); empty: no receipt rule, the channel is the API and the local `npm run inbound`.
   */
  inboundAddress: string;
  /**
   * `true` while the account's SES is in the sandbox: every recipient must then be a verified
   * identity, and sending needs permission on the recipients' identities too.
   */
  sesSandbox: string;
  /**
   * `true` traces every function and workflow in X-Ray. Off by default: every log line of one piece
   * of work carries its correlation id, and a trace per invocation costs more than the work.
   */
  tracing: string;
  /** Emails a second one function sends at most: within the account's SES sending rate. */
  emailRate: number;
  /**
   * `stack` (default): the stack creates the sender's domain identity with Easy DKIM and prints its
   * DNS records; `existing`: it is verified in the account already, outside the stack.
   */
  senderIdentity: string;
  /**
   * Who sends the user pool's own emails (temporary passwords, verification codes): `ses` through
   * the sender identity (no daily cap but the account's SES quota), or `cognito` (its built-in
   * sender: about 50 a day, for a first deploy whose domain identity is not verified yet). Default:
   * `ses` where the identity exists already (`senderIdentity=existing`), else `cognito`.
   */
  userPoolEmail: string;
  /** The managed sign-in pages' Cognito domain prefix (unique in the Region); default from stage and account. */
  signInDomainPrefix: string;
}

const DEFAULTS: Settings = {
  stage: 'dev',
  senderAddress: 'sales-department@example.com',
  timeZone: 'Asia/Shanghai',
  corsOrigins: ['*'],
  logRetentionDays: 30,
  apiRateLimit: 200,
  classification: '',
  care: '',
  company: '',
  approvals: '',
  sales: '',
  orders: '',
  expenses: '',
  service: '',
  performance: '',
  training: '',
  alarmEmail: '',
  inboundAddress: '',
  sesSandbox: '',
  tracing: '',
  emailRate: 10,
  senderIdentity: 'stack',
  userPoolEmail: '',
  signInDomainPrefix: '',
};

export function readSettings(node: Node): Settings {
  const value = <K extends keyof Settings>(key: K): Settings[K] => {
    const raw: unknown = node.tryGetContext(key);
    if (raw === undefined) return DEFAULTS[key];
    if (Array.isArray(DEFAULTS[key])) return (typeof raw === 'string' ? raw.split(',') : raw) as Settings[K];
    if (typeof DEFAULTS[key] === 'number') {
      const number = Number(raw);
      if (!Number.isFinite(number) || number <= 0)
        throw new Error(`Context ${key} must be a positive number`);
      return number as Settings[K];
    }
    if (typeof raw === 'object') return JSON.stringify(raw) as Settings[K];
    return String(raw) as Settings[K];
  };
  const settings = Object.fromEntries(
    (Object.keys(DEFAULTS) as (keyof Settings)[]).map((key) => [key, value(key)]),
  ) as unknown as Settings;
  if (!/^[a-z0-9-]{1,16}$/.test(settings.stage)) throw new Error('Context stage must be 1-16 of a-z, 0-9, -');
  if (/^prod/.test(settings.stage) && settings.corsOrigins.includes('*'))
    throw new Error('Context corsOrigins must name the allowed origins for a production stage (not *)');
  // Alarms nobody reads are no alarms: a production stage names who receives them.
  if (/^prod/.test(settings.stage) && !settings.alarmEmail)
    throw new Error('Context alarmEmail must name who receives the alarms for a production stage');
  if (settings.sesSandbox && !['true', 'false'].includes(settings.sesSandbox))
    throw new Error('Context sesSandbox must be true or false');
  if (settings.tracing && !['true', 'false'].includes(settings.tracing))
    throw new Error('Context tracing must be true or false');
  if (!['stack', 'existing'].includes(settings.senderIdentity))
    throw new Error('Context senderIdentity must be stack or existing');
  settings.userPoolEmail ||= settings.senderIdentity === 'existing' ? 'ses' : 'cognito';
  if (!['ses', 'cognito'].includes(settings.userPoolEmail))
    throw new Error('Context userPoolEmail must be ses or cognito');
  if (
    settings.signInDomainPrefix &&
    !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(settings.signInDomainPrefix)
  )
    throw new Error('Context signInDomainPrefix must be 1-63 of a-z, 0-9 and -');
  if (settings.inboundAddress && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(settings.inboundAddress))
    throw new Error('Context inboundAddress must be an email address');
  if (settings.alarmEmail && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(settings.alarmEmail))
    throw new Error('Context alarmEmail must be an email address');
  // Fail at synth, not at the first run, on settings the functions would refuse.
  classificationSettings(settings.classification || undefined);
  careSettings(settings.care || undefined);
  companySettings(settings.company || undefined);
  approvalSettings(settings.approvals || undefined);
  salesSettings(settings.sales || undefined);
  orderSettings(settings.orders || undefined);
  expenseSettings(settings.expenses || undefined);
  serviceSettings(settings.service || undefined);
  performanceSettings(settings.performance || undefined);
  trainingSettings(settings.training || undefined);
  return settings;
}
