import { defineEntity } from '#shared/entity.ts';

export const PerformanceTargets = defineEntity({
  type: 'PerformanceTargets',
  owner: 'performance',
  description:
    'A rep’s annual targets (R-4.1, R-0.2): revenue, profit, new customers and the expense allowance split into months (evenly or by seasonal weights), and the rates to reach (growth, market share, conversion, satisfaction).',
  key: { pk: 'TARGETS#{year}', sk: 'EMPLOYEE#{employeeId}' },
  audited: true,
  patterns: [
    { name: 'a rep’s targets for a year', by: 'item' },
    { name: 'every rep’s targets for a year (the team roll-up)', by: 'partition' },
  ],
});

export const MarketSizes = defineEntity({
  type: 'MarketSize',
  owner: 'performance',
  description: 'A region’s market size for a year, entered by the manager: the denominator of market share.',
  key: { pk: 'MARKET#{year}', sk: 'REGION#{region}' },
  patterns: [{ name: 'a year’s market sizes', by: 'partition' }],
});

export const PerformanceFacts = defineEntity({
  type: 'PerformanceFact',
  owner: 'performance',
  description:
    'One event’s contribution to a rep’s month (an order’s revenue and cost, a new customer, a closed opportunity, a customer rating, an expense paid, a complaint), keyed by the event’s id: a redelivery or a replay writes the same item again, so each event counts once.',
  key: { pk: 'FACTS#{employeeId}#{month}', sk: 'EVENT#{eventId}' },
  patterns: [{ name: 'a rep’s month of facts (one Query a month)', by: 'partition' }],
});

export const EvaluationRuns = defineEntity({
  type: 'EvaluationRun',
  owner: 'performance',
  description:
    'One run of a period’s evaluation (R-4.2): the first started by the schedule (once per period, however often it fires), later ones by the manager after corrections, with the reason; the rules it applies are kept in it.',
  key: { pk: 'EVALUATION#{period}', sk: 'RUN#{run:3}' },
  patterns: [
    {
      name: 'a period’s runs and their evaluations',
      by: 'partition',
      notes: 'runs sort before their evaluations',
    },
  ],
});

export const Evaluations = defineEntity({
  type: 'Evaluation',
  owner: 'performance',
  description:
    'A rep’s evaluation in one run of a period: the indicators and the quantitative score, under the rules version the run applies.',
  key: { pk: 'EVALUATION#{period}', sk: 'RUN#{run:3}#EMPLOYEE#{employeeId}' },
  indexes: {
    gsi1: { pk: 'EMPLOYEE#{employeeId}#EVALUATIONS', sk: '{period}#{run:3}' },
    gsi2: { pk: 'EVALUATIONS#{openFor}', sk: '{ratingsDueAt}#{period}#{run:3}#{employeeId}', sparse: true },
  },
  patterns: [
    { name: 'a run’s evaluations', by: 'prefix' },
    { name: 'a rep’s evaluations, period by period', index: 'gsi1', by: 'partition' },
    {
      name: 'evaluations waiting for ratings, by due time',
      index: 'gsi2',
      by: 'range',
      notes: 'sparse: only while `openFor` = `RATING`; the daily grading',
    },
  ],
});

export const RatingRequests = defineEntity({
  type: 'RatingRequest',
  owner: 'performance',
  description:
    'A request to rate a rep in an evaluation run (R-4.3): the rater (supervisor, peer or key customer’s contact), the single-use link’s digest and validity, the four scores and when they came.',
  key: { pk: 'EVALRATING#{id}', sk: 'REQUEST' },
  indexes: { gsi1: { pk: 'RATINGS#{period}#{run:3}#{employeeId}', sk: '{raterKey}' } },
  patterns: [
    { name: 'a rating request (its link)', by: 'item' },
    { name: 'the ratings of one evaluation', index: 'gsi1', by: 'partition' },
  ],
});

export const EvaluationBatches = defineEntity({
  type: 'EvaluationBatch',
  owner: 'performance',
  description:
    'The mark that a run’s next batch of reps was handed on (its `evaluation.requested`), so a redelivered batch does not hand it on twice.',
  key: { pk: 'EVALUATION#{period}', sk: 'RUN#{run:3}#BATCH#{from:5}' },
  patterns: [
    { name: 'a run’s batch marks', by: 'prefix', notes: 'written once each, never read by requests' },
  ],
});

export const CoachingPlans = defineEntity({
  type: 'CoachingPlan',
  owner: 'performance',
  description:
    'A failed rep’s coaching plan (§5.4.3): the goals the failed evaluation set and the day of its review (the re-examination); the daily grading job marks it due on that day, the sales manager and the rep’s supervisor are reminded, and the review’s outcome is kept. One per graded evaluation.',
  key: { pk: 'COACHING#{employeeId}', sk: 'PLAN#{period}#{run:3}' },
  indexes: { gsi1: { pk: 'COACHING_PLANS#{status}', sk: '{reviewOn}#{employeeId}#{period}#{run:3}' } },
  audited: true,
  patterns: [
    { name: 'a rep’s coaching plans', by: 'partition' },
    {
      name: 'coaching plans by status and review day',
      index: 'gsi1',
      by: 'range',
      notes: 'the daily follow-up (open, due by today); the lists by status',
    },
  ],
});

export const Awards = defineEntity({
  type: 'Award',
  owner: 'performance',
  description:
    'An honour or award granted to an employee for a period (§5.4.2: certificates, prizes, cash awards, titles), by the sales manager, with what it was for.',
  key: { pk: 'AWARDS#{employeeId}', sk: 'AWARD#{period}#{id}' },
  indexes: { gsi1: { pk: 'AWARDS#PERIOD#{year}', sk: '{period}#{employeeId}#{id}' } },
  audited: true,
  patterns: [
    { name: 'an employee’s awards, period by period', by: 'partition' },
    { name: 'the department’s awards of a year (its quarters and months)', index: 'gsi1', by: 'partition' },
  ],
});

export const CommissionPlans = defineEntity({
  type: 'CommissionPlan',
  owner: 'performance',
  description:
    'A quarter’s commission plan: the rate on collected money (by product, and a default), the accelerator tiers by attainment of the revenue target, and whether a write-off claws back. It changes until the quarter’s payout is submitted; each version is audited, and the payout keeps the one it was computed under.',
  key: { pk: 'COMMISSION#{period}', sk: 'PLAN' },
  audited: true,
  patterns: [{ name: 'a quarter’s plan', by: 'item' }],
});

export const CommissionPayouts = defineEntity({
  type: 'CommissionPayout',
  owner: 'performance',
  description:
    'A quarter’s commission payout: every rep’s statement frozen at submission with the plan they were computed under, reviewed by finance through the review kit (round by round, a returned one submitted again).',
  key: { pk: 'COMMISSION#{period}', sk: 'PAYOUT' },
  audited: true,
  patterns: [{ name: 'a quarter’s payout', by: 'item' }],
});
