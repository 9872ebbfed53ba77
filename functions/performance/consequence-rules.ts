import { addDays } from '#shared/calendar.ts';
import type { Evaluation, Proposals } from './model.ts';
import type { PeriodKind } from './evaluation-rules.ts';
import type { Grade } from './rating-rules.ts';
import type { Indicator, PerformanceSettings } from './settings.ts';

/**
 * What a graded quarter or year proposes, pure and published: the bonus by formula,
 * promotion priority, training needs from the weak indicators, and for a fail a coaching plan; a
 * fail after an earlier coaching plan flags the rep for the manager's decision on reassignment.
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
  };
}
