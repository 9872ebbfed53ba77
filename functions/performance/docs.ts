/** OpenAPI text of the performance operations, keyed by operation id. */
import * as z from 'zod/mini';
import type { OperationDocs } from '#shared/http.ts';
import { pageOf } from '#shared/listing.ts';
import {
  authProblems,
  bodyProblems,
  customerLinkDocs,
  idempotencyProblems,
  notFoundProblem,
} from '#shared/problem-responses.ts';
import {
  award,
  coachingPlan,
  coachingReviewInput,
  commentInput,
  decisionInput,
  evaluation,
  evaluationRun,
  marketSizesInput,
  newAward,
  performanceView,
  rerunRequest,
  targets,
  targetsInput,
} from './model.ts';
import {
  commissionPayout,
  commissionPlan,
  commissionPlanInput,
  commissionQuarter,
  commissionStatement,
} from './commission-model.ts';

const tags = ['Performance'];
const commissionTags = ['Commissions'];
const noPlan = { ...notFoundProblem, description: 'No plan for the quarter (or no such employee).' };
const months = z.object({
  revenue: z.array(z.int()),
  profit: z.array(z.int()),
  newCustomers: z.array(z.int()),
  expenses: z.array(z.int()),
});
const marketSizes = z.object({
  year: z.string(),
  currency: z.string(),
  regions: z.array(
    z.object({
      year: z.string(),
      region: z.string(),
      size: z.int(),
      currency: z.string(),
      setBy: z.string(),
      updatedAt: z.string(),
    }),
  ),
});

const ratingLink = customerLinkDocs({
  tags,
  page: 'The page behind a rater’s emailed evaluation-rating link',
  pageDescription:
    'Asks the supervisor, a peer or a key customer’s contact to rate a rep’s attitude, teamwork, communication and problem solving (1–5), in the rater’s language, until the deadline.',
  post: 'A rater rates a rep from the emailed link',
  postDescription:
    'A form post carrying the link token `t` and the four scores `attitude`, `teamwork`, `communication`, `problemSolving` (1–5).',
  used: 'Already rated.',
});

export const performanceDocs: Record<string, OperationDocs> = {
  setTargets: {
    summary: 'Set a rep’s annual targets (R-4.1, R-0.2)',
    description:
      'The sales manager. Revenue, profit, new customers and the expense allowance are split into months, evenly or by twelve seasonal `monthWeights` (largest remainder: the months always add up to the year); growth, market share and conversion in basis points, satisfaction in hundredths (4.50 = 450). Setting them again replaces them (version + 1).',
    tags,
    requestBody: targetsInput,
    responses: [
      { status: 200, description: 'The targets with their months.', schema: targets },
      ...authProblems,
      notFoundProblem,
      { status: 412, description: 'Changed meanwhile; read and retry.' },
      ...bodyProblems,
    ],
  },
  getTargets: {
    summary: 'Read a rep’s targets for a year',
    description: 'The rep, their supervisor, the sales manager and the general manager.',
    tags,
    responses: [
      { status: 200, description: 'The targets.', schema: targets },
      ...authProblems,
      notFoundProblem,
    ],
  },
  getTeamTargets: {
    summary: 'A team’s targets: the sum of its reps’',
    description: 'A supervisor’s own team (the reps whose supervisor they are), or any for the managers.',
    tags,
    responses: [
      {
        status: 200,
        description: 'The roll-up.',
        schema: z.object({
          year: z.string(),
          supervisorId: z.string(),
          currency: z.string(),
          reps: z.array(z.string()),
          revenue: z.int(),
          profit: z.int(),
          newCustomers: z.int(),
          expenses: z.int(),
          months,
        }),
      },
      ...authProblems,
    ],
  },
  setMarketSizes: {
    summary: 'Enter the year’s market size of regions (for market share)',
    description:
      'The sales manager; each region once, at most 100. A rep’s market share is their revenue from customers in regions with a size, over those regions’ sizes prorated to the period’s months.',
    tags,
    requestBody: marketSizesInput,
    responses: [
      { status: 200, description: 'The year’s market sizes.', schema: marketSizes },
      ...authProblems,
      ...bodyProblems,
    ],
  },
  getMarketSizes: {
    summary: 'Read the year’s market sizes',
    tags,
    responses: [
      { status: 200, description: 'The year’s market sizes.', schema: marketSizes },
      ...authProblems,
    ],
  },
  getPerformance: {
    summary: 'A rep’s targets, actuals and attainment for a period (R-4.1)',
    description:
      '`period` is a year (`2026`), a quarter (`2026-Q3`) or a month (`2026-07`). Actuals come from the rep’s monthly facts, kept by the `performance-events` consumer from the domain events (orders completed, customers filed, opportunities closed, ratings, expenses paid, complaints): one Query a month, never the orders. Reps read their own, supervisors their team’s, the managers everyone’s. `quantitativeScore` applies the published weights (settings `performance`, docs/operations.md).',
    tags,
    responses: [
      { status: 200, description: 'The performance.', schema: performanceView },
      ...authProblems,
      notFoundProblem,
    ],
  },
  startEvaluationRun: {
    summary: 'Evaluate a period again after corrections (R-4.2)',
    description:
      'The sales manager, with the reason; the period’s first run comes from the monthly `evaluation` schedule. The new run applies the rules in force now and records them; the earlier runs and their evaluations are kept. 409 while a run of the period is still evaluating, or before its first run. Honours `Idempotency-Key`.',
    tags,
    requestBody: rerunRequest,
    responses: [
      { status: 202, description: 'Started; the evaluations follow from its event.', schema: evaluationRun },
      ...authProblems,
      {
        status: 409,
        description: 'Not evaluated yet, a run still evaluating, or another run started meanwhile.',
      },
      ...bodyProblems,
    ],
  },
  getPeriodEvaluations: {
    summary: 'A period’s runs and the latest run’s evaluations',
    description: 'The sales manager and the general manager.',
    tags,
    responses: [
      {
        status: 200,
        description: 'The runs, oldest first, and the latest run’s evaluations.',
        schema: z.object({
          period: z.string(),
          runs: z.array(evaluationRun),
          evaluations: z.array(evaluation),
        }),
      },
      ...authProblems,
    ],
  },
  getEmployeeEvaluations: {
    summary: 'A rep’s evaluations of a year, every run',
    description: 'The rep, their supervisor, the managers.',
    tags,
    responses: [
      {
        status: 200,
        description: 'The evaluations, period by period.',
        schema: z.object({ employeeId: z.string(), year: z.string(), items: z.array(evaluation) }),
      },
      ...authProblems,
      notFoundProblem,
    ],
  },
  getEvaluationRatingPage: ratingLink.page,
  headEvaluationRatingPage: ratingLink.head,
  answerEvaluationRating: ratingLink.post,
  decideEvaluationProposals: {
    summary: 'Confirm or adjust what a graded evaluation proposes (R-4.4)',
    description:
      'The sales manager (never on their own evaluation): the bonus, the pay adjustment (percent of pay; 0 with another measure instead of a fail’s cut), promotion priority, training needs and, for a rep flagged after a second fail, the reassignment decision. Fields left out keep the proposal; a change needs a `reason`. The latest decision stands.',
    tags,
    requestBody: decisionInput,
    responses: [
      { status: 200, description: 'The evaluation with the decision.', schema: evaluation },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'Not a graded quarter’s or year’s evaluation.' },
      { status: 412, description: 'Changed meanwhile.' },
      ...bodyProblems,
    ],
  },
  commentOnEvaluation: {
    summary: 'The rep comments on their own evaluation',
    tags,
    requestBody: commentInput,
    responses: [
      { status: 200, description: 'The evaluation with the comment.', schema: evaluation },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'At most 20 comments.' },
      ...bodyProblems,
    ],
  },
  listCoachingPlans: {
    summary: 'List coaching plans by status (due by default)',
    description:
      'A failed quarter or year gets a coaching plan (§5.4.3) with goals and a review day. `open` until that day, `due` from it (the daily grading job asks the sales manager and the rep’s supervisor to review it), `reviewed` with the outcome. The sales manager reads every plan, a supervisor their reports’ and their own, a rep their own; a filtered page may hold fewer than `limit` items while `nextCursor` is present. Ordered by review day.',
    tags,
    responses: [
      { status: 200, description: 'One page of coaching plans.', schema: pageOf(coachingPlan) },
      ...authProblems,
    ],
  },
  reviewCoachingPlan: {
    summary: 'Record the review of a coaching plan (the re-examination)',
    description:
      'By the sales manager or the rep’s supervisor, never the rep; once. `not_improved` flags the rep for the manager’s decision on reassignment or dismissal (`reassignmentReview`).',
    tags,
    requestBody: coachingReviewInput,
    responses: [
      { status: 200, description: 'The reviewed plan.', schema: coachingPlan },
      ...authProblems,
      notFoundProblem,
      { status: 409, description: 'Reviewed already.' },
      { status: 412, description: 'Changed meanwhile.' },
      ...bodyProblems,
    ],
  },
  grantAward: {
    summary: 'Grant an employee an honour or award for a period (§5.4.2)',
    description:
      'The sales manager, never to themself: a certificate, a prize, a cash award or a title, with its reason and (cash awards and prizes) its value in minor units of the figures’ currency. The employee is emailed. Excellent results propose award priority; the award itself is the manager’s decision. Honours `Idempotency-Key`.',
    tags,
    requestBody: newAward,
    responses: [
      { status: 201, description: 'Granted.', schema: award },
      ...authProblems,
      notFoundProblem,
      ...idempotencyProblems,
      ...bodyProblems,
    ],
  },
  listAwards: {
    summary: 'List honours and awards: a year’s, or one employee’s',
    description:
      'Commendations are public in the company: anyone reads them. `year` lists the department’s awards of that year (its quarters and months too) by period and employee; `employeeId` one employee’s, period by period. Exactly one of them.',
    tags,
    responses: [
      { status: 200, description: 'One page of awards.', schema: pageOf(award) },
      ...authProblems,
      ...bodyProblems,
    ],
  },
  setCommissionPlan: {
    summary: 'Set a quarter’s commission plan (sales manager or general manager)',
    description:
      'Commission is earned on money collected (payments finance records), never on orders signed: each product’s rate (or the default) applies to its share of each payment, split over the order’s lines in proportion to their totals. The highest accelerator tier whose attainment of the quarter’s revenue target the rep reaches multiplies the whole quarter’s commission. With `clawbackOnWriteOff`, a written-off receivable takes back what its order’s collected money earned, in the quarter of the write-off; a refund (money paid back) always takes back what it had earned, in the quarter it is recorded. The plan changes until the quarter’s payout is submitted (then 409); each version is audited (`GET /audit?type=commission&id=<quarter>`), and the payout keeps the one it was computed under.',
    tags: commissionTags,
    requestBody: commissionPlanInput,
    responses: [
      { status: 200, description: 'The plan as set, with its version.', schema: commissionPlan },
      ...authProblems,
      ...bodyProblems,
      { status: 409, description: 'The quarter’s payout is under review or approved.' },
      { status: 412, description: 'The plan changed meanwhile; read it and retry.' },
    ],
  },
  getCommissionPlan: {
    summary: 'Read a quarter’s commission plan',
    description: 'Every employee reads the plan their commission is computed under.',
    tags: commissionTags,
    responses: [
      { status: 200, description: 'The plan.', schema: commissionPlan },
      ...authProblems,
      { ...notFoundProblem, description: 'No plan for the quarter.' },
    ],
  },
  getCommissionStatement: {
    summary: 'Read a rep’s commission statement for a quarter',
    description:
      'What was collected and clawed back (each payment and write-off counted, in the order finance recorded them), the attainment of the quarter’s revenue target, the tier, each product’s rate and base, and the commission, in minor units (each product’s base rounded half up, then the multiplier rounded half up once). Money in another currency than the plan’s is shown apart and earns nothing. Once the payout is submitted, the figures are the ones it froze. The rep reads their own, a supervisor their team’s, the managers, finance and audit everyone’s (403 otherwise).',
    tags: commissionTags,
    responses: [
      { status: 200, description: 'The statement.', schema: commissionStatement },
      ...authProblems,
      noPlan,
    ],
  },
  getCommissionQuarter: {
    summary: 'Read a quarter’s commissions: plan, payout and every rep’s statement',
    description:
      'The sales manager, the general manager, finance and audit. Before the payout is submitted (or after it was returned) the statements are today’s; once it is submitted, the ones it froze.',
    tags: commissionTags,
    responses: [
      { status: 200, description: 'The quarter.', schema: commissionQuarter },
      ...authProblems,
      { ...notFoundProblem, description: 'No plan for the quarter.' },
    ],
  },
  submitCommissionPayout: {
    summary: 'Put a quarter’s commission payout to finance (sales manager)',
    description:
      'Once the quarter has ended: every sales rep’s statement (including reps who left during it) is frozen with the plan version, and finance approves or returns the payout through an emailed single-use link (never the submitter). Approved, each rep is emailed their commission; returned, the sales manager reads why (`payout.lastReturn`), may change the plan, and submits again (a new round).',
    tags: commissionTags,
    responses: [
      { status: 202, description: 'Under review.', schema: commissionPayout },
      ...authProblems,
      { ...notFoundProblem, description: 'No plan for the quarter.' },
      {
        status: 409,
        description:
          'The quarter has not ended, its payout is under review or approved, the plan changed meanwhile, or nobody but the submitter may approve it.',
      },
      { status: 412, description: 'The payout changed meanwhile; read it and retry.' },
    ],
  },
};
