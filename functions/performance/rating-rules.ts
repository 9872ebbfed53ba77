import type { PerformanceSettings } from './settings.ts';

/**
 * The qualitative part of an evaluation, pure: who rates a rep, how the ratings make a
 * score, and the composite score and grade.
 */
export const CRITERIA = ['attitude', 'teamwork', 'communication', 'problemSolving'] as const;
export type Scores = Record<(typeof CRITERIA)[number], number>;
export const RATER_GROUPS = ['supervisor', 'peer', 'customer'] as const;
export type RaterGroup = (typeof RATER_GROUPS)[number];

/**
 * A rep's peers: the two reps after them, by id, among those with the same supervisor (wrapping
 * round), so everyone rates and is rated by the same number of colleagues; fewer in a smaller team.
 */
export function peersOf(
  rep: { id: string; supervisorId?: string | undefined },
  reps: readonly { id: string; supervisorId?: string | undefined }[],
  count = 2,
): string[] {
  const team = reps
    .filter((candidate) => candidate.supervisorId === rep.supervisorId)
    .map((candidate) => candidate.id)
    .sort();
  const at = team.indexOf(rep.id);
  if (at < 0) return [];
  return Array.from(
    { length: Math.min(count, team.length - 1) },
    (_, k) => team[(at + k + 1) % team.length]!,
  );
}

const average = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * The qualitative score (0–100) from the ratings received: each rating's four criteria averaged
 * (1–5), each group's ratings averaged, the groups weighted by the rules' `raterWeights`. Missing ratings: a
 * group without any gives its weight to the groups that rated, in proportion; with no rating at
 * all there is no qualitative score, and the composite is the quantitative score alone.
 */
export function qualitativeScore(
  ratings: readonly { group: RaterGroup; scores: Scores }[],
  rules: Pick<PerformanceSettings, 'raterWeights'>,
): number | undefined {
  const groups = RATER_GROUPS.flatMap((group) => {
    const given = ratings.filter((rating) => rating.group === group);
    return given.length > 0
      ? [
          {
            weight: rules.raterWeights[group],
            value: average(given.map((rating) => average(CRITERIA.map((c) => rating.scores[c])))),
          },
        ]
      : [];
  });
  if (groups.length === 0) return undefined;
  const weights = groups.reduce((sum, group) => sum + group.weight, 0);
  const onFive = groups.reduce((sum, group) => sum + group.weight * group.value, 0) / weights;
  return round2(((onFive - 1) / 4) * 100);
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The composite score: the quantitative share of the one, the rest of the other; one alone if the other is missing. */
export function compositeScore(
  quantitative: number | undefined,
  qualitative: number | undefined,
  rules: Pick<PerformanceSettings, 'quantitativeShare'>,
): number | undefined {
  if (quantitative === undefined) return qualitative;
  if (qualitative === undefined) return quantitative;
  return round2(
    (quantitative * rules.quantitativeShare + qualitative * (100 - rules.quantitativeShare)) / 100,
  );
}

export type Grade = 'excellent' | 'good' | 'pass' | 'fail';

/** The grade by the published thresholds; no score, no grade. */
export function gradeOf(
  score: number | undefined,
  rules: Pick<PerformanceSettings, 'grades'>,
): Grade | undefined {
  if (score === undefined) return undefined;
  if (score >= rules.grades.excellent) return 'excellent';
  if (score >= rules.grades.good) return 'good';
  if (score >= rules.grades.pass) return 'pass';
  return 'fail';
}
