import { asSubject, type ChangeExtras, changeWrites } from '#shared/change.ts';
import { renewLink, useLink } from '#shared/link-pages.ts';
import { query, tableName } from '#shared/db.ts';
import {
  collectAll,
  getResource,
  type PageParameters,
  queryPage,
  queryPartition,
  toResource,
} from '#shared/listing.ts';
import { named, putNew, type TransactItem } from '#shared/transaction.ts';
import {
  Awards,
  CoachingPlans,
  CommissionPayouts,
  CommissionPlans,
  EvaluationBatches,
  EvaluationRuns,
  Evaluations,
  MarketSizes,
  PerformanceFacts,
  PerformanceTargets,
  RatingRequests,
} from './entities.ts';
import type {
  Award,
  CoachingPlan,
  Evaluation,
  EvaluationRun,
  Fact,
  RatingRequest,
  Targets,
} from './model.ts';
import type { CommissionPayout, CommissionPlan } from './commission-model.ts';

export const getTargets = (employeeId: string, year: string) =>
  getResource<Targets>(PerformanceTargets.key({ year, employeeId }));

export const targetsWrites = (before: Targets | undefined, after: Targets, actorId: string) =>
  changeWrites({
    entity: PerformanceTargets,
    key: after,
    id: `${after.employeeId}/${after.year}`,
    before,
    after,
    actor: actorId,
  });

/** Every rep's targets for a year (one partition). */
export const yearTargets = (year: string) =>
  collectAll((page) =>
    queryPage<Targets>({
      partition: { attribute: 'pk', value: PerformanceTargets.partition({ year }) },
      sortKeyPrefix: { attribute: 'sk', value: PerformanceTargets.skPrefix },
      ...page,
    }),
  );

export interface MarketSize {
  year: string;
  region: string;
  size: number;
  currency: string;
  setBy: string;
  updatedAt: string;
}

export const marketSizeWrite = (size: MarketSize): TransactItem => ({
  Put: { TableName: tableName(), Item: MarketSizes.item(size, size) },
});

export const yearMarketSizes = (year: string) =>
  collectAll((page) =>
    queryPage<MarketSize>({
      partition: { attribute: 'pk', value: MarketSizes.partition({ year }) },
      ...page,
    }),
  );

/** A fact, put by its event's id: a second delivery writes the same item. */
export const factWrite = (fact: Fact): TransactItem => ({
  Put: { TableName: tableName(), Item: PerformanceFacts.item(fact, fact) },
});

/**
 * A rep's facts of one month: the whole partition, one Query per megabyte (a month of a busy rep
 * is a few hundred small items, one call).
 */
export const monthFacts = (employeeId: string, month: string) =>
  queryPartition<Fact>(PerformanceFacts.partition({ employeeId, month }));

/** A new run: the next number of its period, so two concurrent starts cannot both take it. */
/** How events and refusals name a run and an evaluation. */
export const runId = (run: Pick<EvaluationRun, 'period' | 'run'>) => `${run.period}/${run.run}`;
export const evaluationId = (evaluation: Pick<Evaluation, 'period' | 'run' | 'employeeId'>) =>
  `${evaluation.period}/${evaluation.run}/${evaluation.employeeId}`;

/** A new run; the same number again (a second firing) is refused, as a run that moved on. */
export const newRunWrite = (run: EvaluationRun): TransactItem =>
  asSubject(
    'evaluationRun',
    { type: 'evaluation-run', id: runId(run) },
    putNew(EvaluationRuns.item(run, run)),
  );

/** A period's runs, oldest first, and (when `run` is given) that run's evaluations: one Query. */
export async function periodFile(
  period: string,
): Promise<{ runs: EvaluationRun[]; evaluations: Evaluation[] }> {
  const runs: EvaluationRun[] = [];
  const evaluations: Evaluation[] = [];
  let startKey: Record<string, string> | undefined;
  do {
    const { items, lastKey } = await query({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': EvaluationRuns.partition({ period }) },
      ExclusiveStartKey: startKey,
    });
    for (const item of items)
      if (item.entityType === EvaluationRuns.type) runs.push(toResource<EvaluationRun>(item));
      else if (item.entityType === Evaluations.type) evaluations.push(toResource<Evaluation>(item));
    startKey = lastKey;
  } while (startKey);
  return { runs, evaluations };
}

/** An evaluation; while it waits for ratings it sits in the grading index (`openFor` = RATING). */
export const evaluationWrite = (evaluation: Evaluation): TransactItem => ({
  Put: {
    TableName: tableName(),
    Item: Evaluations.item(
      { ...evaluation, ...(evaluation.status === 'rating' ? { openFor: 'RATING' } : {}) },
      evaluation,
    ),
  },
});

/** Grades an evaluation once: only while it still waits for ratings. */
export const gradedWrite = (evaluation: Evaluation): TransactItem =>
  asSubject(
    'evaluation',
    { type: 'evaluation', id: evaluationId(evaluation) },
    {
      Put: {
        TableName: tableName(),
        Item: Evaluations.item(evaluation, evaluation),
        ConditionExpression: '#status = :rating',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':rating': 'rating' },
      },
    },
  );

/** Evaluations whose ratings were due by then (the daily grading). */
export const evaluationsDue = (dueBy: string, page: PageParameters) =>
  queryPage<Evaluation>({
    index: 'gsi2',
    partition: { attribute: 'gsi2pk', value: Evaluations.indexPartition('gsi2', { openFor: 'RATING' }) },
    sortKeyBetween: { attribute: 'gsi2sk', from: '0', to: `${dueBy}~` },
    ...page,
  });

/** A new rating request; the same one again (a redelivery) is refused. */
export const ratingRequestWrite = (request: RatingRequest): TransactItem =>
  named('ratingRequest', putNew(RatingRequests.item(request, request)));

export const getRatingRequest = (id: string) => getResource<RatingRequest>(RatingRequests.key({ id }), true);

/** A fresh link for a request (its token replaces an unsent one). */
export const ratingLinkWrite = (id: string, tokenHash: string, validUntil: string): TransactItem =>
  renewLink(RatingRequests.key({ id }), tokenHash, validUntil);

/** The answer, with the link used in the same write: the first answer wins. */
export const ratingAnswerWrite = (
  request: RatingRequest & { tokenHash: string },
  scores: NonNullable<RatingRequest['scores']>,
  at: string,
): TransactItem =>
  useLink('ratingRequest', RatingRequests.key({ id: request.id }), request.tokenHash, at, {
    answeredAt: at,
    scores,
  });

/** The ratings asked for one evaluation (answered or not). */
export const evaluationRatings = (period: string, run: number, employeeId: string) =>
  collectAll((page) =>
    queryPage<RatingRequest>({
      index: 'gsi1',
      partition: {
        attribute: 'gsi1pk',
        value: RatingRequests.indexPartition('gsi1', { period, run, employeeId }),
      },
      ...page,
    }),
  );

/** The run is evaluated: once (a redelivery finds it so). */
export const runEvaluatedWrite = (run: EvaluationRun, count: number, at: string): TransactItem =>
  asSubject(
    'evaluationRun',
    { type: 'evaluation-run', id: runId(run) },
    {
      Update: {
        TableName: tableName(),
        Key: EvaluationRuns.key(run),
        UpdateExpression: 'SET #status = :evaluated, evaluatedAt = :at, evaluated = :count',
        ConditionExpression: '#status = :evaluating',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':evaluated': 'evaluated',
          ':evaluating': 'evaluating',
          ':at': at,
          ':count': count,
        },
      },
    },
  );

export const getRun = (period: string, run: number) =>
  getResource<EvaluationRun>(EvaluationRuns.key({ period, run }), true);

/** A rep's evaluations of a year, every run, period by period. */
export const repEvaluations = (employeeId: string, year: string) =>
  collectAll((page) =>
    queryPage<Evaluation>({
      index: 'gsi1',
      partition: { attribute: 'gsi1pk', value: Evaluations.indexPartition('gsi1', { employeeId }) },
      sortKeyPrefix: { attribute: 'gsi1sk', value: year },
      ...page,
    }),
  );

/** The manager's decision on a graded evaluation's proposals (the latest stands). */
export const decisionWrite = (
  evaluation: Evaluation,
  decision: NonNullable<Evaluation['decision']>,
): TransactItem =>
  named('evaluation', {
    Update: {
      TableName: tableName(),
      Key: Evaluations.key(evaluation),
      UpdateExpression: 'SET decision = :decision',
      ConditionExpression: '#status = :graded AND attribute_exists(proposals)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':decision': decision, ':graded': 'graded' },
    },
  });

/** The rep's comment on their evaluation, appended. */
export const commentWrite = (
  evaluation: Evaluation,
  comment: { by: string; at: string; text: string },
): TransactItem =>
  named('evaluation', {
    Update: {
      TableName: tableName(),
      Key: Evaluations.key(evaluation),
      UpdateExpression: 'SET comments = list_append(if_not_exists(comments, :none), :comment)',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':comment': [comment], ':none': [] },
    },
  });

export const getEvaluation = (period: string, run: number, employeeId: string) =>
  getResource<Evaluation>(Evaluations.key({ period, run, employeeId }), true);

/** Hands a run's next batch on, once. */
export const batchMarkerWrite = (period: string, run: number, from: number): TransactItem =>
  putNew(EvaluationBatches.item({ period, run, from }, { period, run, from }));

/** A coaching plan, new or changed (conditional on the version read), with its audit record. */
export const coachingPlanWrites = (
  before: CoachingPlan | undefined,
  after: CoachingPlan,
  actorId: string,
  also: ChangeExtras = {},
) =>
  changeWrites({
    entity: CoachingPlans,
    key: after,
    before,
    after,
    actor: actorId,
    id: `${after.employeeId}/${after.period}/${after.run}`,
    ...also,
  });

export const getCoachingPlan = (employeeId: string, period: string, run: number) =>
  getResource<CoachingPlan>(CoachingPlans.key({ employeeId, period, run }));

/**
 * Plans of a status, by review day (`dueBy`: only those whose day has come; `of`: only these reps'.
 * A filtered page may hold fewer than its limit while a next cursor is given).
 */
export async function coachingPlansByStatus(
  status: CoachingPlan['status'],
  page: PageParameters,
  dueBy?: string,
  of?: readonly string[],
) {
  const found = await queryPage<CoachingPlan>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: CoachingPlans.indexPartition('gsi1', { status }) },
    ...(dueBy ? { sortKeyBetween: { attribute: 'gsi1sk', from: '0', to: `${dueBy}~` } } : {}),
    ...page,
  });
  // Filtered here rather than in DynamoDB: a supervisor may have more reports than an IN list holds.
  return of ? { ...found, items: found.items.filter((plan) => of.includes(plan.employeeId)) } : found;
}

/** A granted award with its audit record (and what it causes). */
export const awardWrites = (award: Award, also: ChangeExtras = {}) =>
  changeWrites({
    entity: Awards,
    key: { ...award, year: award.period.slice(0, 4) },
    before: undefined,
    after: award,
    actor: award.grantedBy,
    ...also,
  });

/** An employee's awards, period by period. */
export const employeeAwards = (employeeId: string, page: PageParameters) =>
  queryPage<Award>({
    partition: { attribute: 'pk', value: Awards.partition({ employeeId }) },
    // Their audit records share the partition.
    sortKeyPrefix: { attribute: 'sk', value: Awards.skPrefix },
    ...page,
  });

/** The department's awards of a year (its quarters and months too), by period and employee. */
export const yearAwards = (year: string, page: PageParameters) =>
  queryPage<Award>({
    index: 'gsi1',
    partition: { attribute: 'gsi1pk', value: Awards.indexPartition('gsi1', { year }) },
    ...page,
  });

export const getCommissionPlan = (period: string, consistent = false) =>
  getResource<CommissionPlan>(CommissionPlans.key({ period }), consistent);

export const getCommissionPayout = (period: string, consistent = false) =>
  getResource<CommissionPayout>(CommissionPayouts.key({ period }), consistent);

export const commissionPlanWrites = (
  before: CommissionPlan | undefined,
  after: CommissionPlan,
  actorId: string,
  also: ChangeExtras = {},
) =>
  changeWrites({
    entity: CommissionPlans,
    key: after,
    id: after.period,
    before,
    after,
    actor: actorId,
    ...also,
  });

export const commissionPayoutWrites = (
  before: CommissionPayout | undefined,
  after: CommissionPayout,
  actorId: string,
  also: ChangeExtras = {},
) =>
  changeWrites({
    entity: CommissionPayouts,
    key: after,
    id: after.period,
    before,
    after,
    actor: actorId,
    ...also,
  });

/** The quarter's payout is not under review or approved: a plan changes only then. */
export const payoutOpenCheck = (period: string): TransactItem =>
  named('payoutOpen', {
    ConditionCheck: {
      TableName: tableName(),
      Key: CommissionPayouts.key({ period }),
      ConditionExpression: 'attribute_not_exists(pk) OR #status = :returned',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':returned': 'returned' },
    },
  });

/** The plan is still the version the statements were computed under. */
export const planUnchangedCheck = (plan: CommissionPlan): TransactItem =>
  named('planVersion', {
    ConditionCheck: {
      TableName: tableName(),
      Key: CommissionPlans.key({ period: plan.period }),
      ConditionExpression: '#version = :version',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':version': plan.version },
    },
  });
