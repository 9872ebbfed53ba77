import { addDays } from '#shared/calendar.ts';
import { nextVersion } from '#shared/clock.ts';
import { conflict, invalid, notAllowed } from '#shared/domain-errors.ts';
import type { CoachingPlan, Evaluation, Proposals } from './model.ts';
import type { PeriodKind } from './evaluation-rules.ts';
import type { Grade } from './rating-rules.ts';
import type { Indicator, PerformanceSettings } from './settings.ts';

/**
 * What a graded quarter or year proposes (R-4.4, §5.4), pure and published: the bonus by formula,
 * the pay adjustment by grade, promotion priority, training needs from the weak indicators, and for
 * a fail a coaching plan; a fail after an earlier coaching plan flags the rep for the manager's
 * decision on reassignment.
 */
const TOPIC: Record<Indicator, Proposals['trainingNeeds'][number]> = {
  revenue: 'sales_skills',
  growth: 'sales_skills',
  newCustomers: 'sales_skills',
  conversion: 'sales_skills',
  profit: 'product_knowledge',
  marketShare: 'market_analysis',
  satisfaction: 'customer_service',
  expenseControl: 'industry_knowledge',
};

export function proposalsFor(input: {
  kind: Exclude<PeriodKind, 'month'>;
  grade: Grade | undefined;
  indicators: Evaluation['indicators'];
  qualitativeScore: number | undefined;
  /** The rep's earlier graded evaluations. */
  earlier: readonly Pick<Evaluation, 'grade' | 'proposals' | 'decision'>[];
  gradedOn: string;
  rules: PerformanceSettings;
}): Proposals {
  const { kind, grade, indicators, rules } = input;
  const revenue = indicators.find((row) => row.indicator === 'revenue')?.attainmentBasisPoints ?? 0;
  const multiplier = grade && grade !== 'fail' ? rules.bonus.multiplierPercent[grade] : 0;
  const bonus = Math.floor((rules.bonus.base[kind] * multiplier * revenue) / 100 / 10_000);
  const weak = indicators.filter(
    (row) =>
      row.attainmentBasisPoints !== undefined && row.attainmentBasisPoints < rules.trainingBelowBasisPoints,
  );
  const training = new Set(weak.map((row) => TOPIC[row.indicator]));
  if (input.qualitativeScore !== undefined && input.qualitativeScore < 50) training.add('customer_service');
  const coached = input.earlier.some((earlier) => earlier.proposals?.coachingPlan);
  return {
    bonus,
    promotionPriority:
      grade === 'excellent' ? 'high' : grade === 'good' && kind === 'year' ? 'normal' : 'none',
    trainingNeeds: [...training].sort(),
    ...(grade === 'fail'
      ? {
          coachingPlan: {
            goals: weak.map(
              (row) =>
                `${row.indicator}: from ${(row.attainmentBasisPoints! / 100).toFixed(0)} % to at least ${rules.trainingBelowBasisPoints / 100} % of target`,
            ),
            reviewOn: addDays(input.gradedOn, rules.coachingReviewDays),
          },
        }
      : {}),
    reassignmentReview: grade === 'fail' && coached,
    payAdjustmentPercent: grade ? rules.payAdjustmentPercent[grade] : 0,
  };
}

/**
 * A failed evaluation's coaching plan, kept apart so its review day is followed up (§5.4.3: a fail
 * gets a re-examination or a coaching plan; still no better, reassignment or dismissal).
 */
export function coachingPlanOf(
  evaluation: Pick<Evaluation, 'employeeId' | 'period' | 'run' | 'proposals'>,
  at: string,
): CoachingPlan | undefined {
  const plan = evaluation.proposals?.coachingPlan;
  if (!plan) return undefined;
  return {
    employeeId: evaluation.employeeId,
    period: evaluation.period,
    run: evaluation.run,
    goals: plan.goals,
    reviewOn: plan.reviewOn,
    status: 'open',
    reassignmentReview: false,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

/** On its review day an open plan is due: the manager and the supervisor are asked to review it. */
export function duePlan(plan: CoachingPlan, today: string, at: string): CoachingPlan | undefined {
  if (plan.status !== 'open' || plan.reviewOn > today) return undefined;
  return nextVersion<CoachingPlan>({ ...plan, status: 'due', dueAt: at }, at);
}

/**
 * The review (the re-examination): by the sales manager or the rep's supervisor, never the rep;
 * once. Not improved, the rep is flagged for the manager's decision on reassignment or dismissal.
 */
export function reviewPlan(
  plan: CoachingPlan,
  review: { outcome: 'improved' | 'not_improved'; note: string },
  reviewer: { id: string; managesAll: boolean; supervises: boolean },
  at: string,
): CoachingPlan {
  if (reviewer.id === plan.employeeId) throw notAllowed('Nobody reviews their own coaching plan.');
  if (!reviewer.managesAll && !reviewer.supervises)
    throw notAllowed('The sales manager or the rep’s supervisor reviews a coaching plan.');
  if (plan.status === 'reviewed') throw conflict('This coaching plan was reviewed already.');
  return nextVersion<CoachingPlan>(
    {
      ...plan,
      status: 'reviewed',
      review: { ...review, by: reviewer.id, at },
      reassignmentReview: review.outcome === 'not_improved',
    },
    at,
  );
}

/** An award the sales manager grants (§5.4.2): never to themself; only a cash award or a prize has a value. */
export function assertAwardable(
  grantorId: string,
  award: { employeeId: string; kind: string; value?: number | undefined },
): void {
  if (award.employeeId === grantorId) throw notAllowed('Nobody grants themself an award.');
  if (award.value !== undefined && award.kind !== 'cash_award' && award.kind !== 'prize')
    throw invalid([{ in: 'body', path: 'value', message: 'Only a cash award or a prize has a value' }]);
}
