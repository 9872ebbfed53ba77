import { nextVersion } from '#shared/clock.ts';
import { conflict } from '#shared/domain-errors.ts';
import { formatMoney } from '#shared/money.ts';
import { periodMonths } from '#shared/periods.ts';
import type { ChainStep, ReviewSubject, Verdict } from '../approvals/public.ts';
import type { CommissionPayout, CommissionPlan, CommissionStatement } from './commission-model.ts';
import type { Fact } from './model.ts';

/**
 * Commissions' pure rules. Commission is earned on money collected (a payment finance records),
 * never on an order signed; the quarter of a payment is the month finance recorded it in, so a
 * quarter that has ended, and its payout, never change. A written-off receivable claws back, in the
 * quarter of the write-off, the commission its collected money earned (when the plan says so).
 */

/** `a × b ÷ c`, rounded half up, exactly (BigInt: amounts × rates × multipliers pass 2^53). */
function mulDiv(a: number, b: number, c: number): number {
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(c);
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  const rounded = (magnitude * 2n + divisor) / (divisor * 2n);
  return Number(negative ? -rounded : rounded);
}

/** The tier multiplier an attainment reaches: the highest tier at or below it; ×1 without one. */
export function multiplierFor(plan: Pick<CommissionPlan, 'tiers'>, attainment: number | undefined): number {
  if (attainment === undefined) return 10_000;
  const reached = plan.tiers
    .filter((tier) => tier.fromAttainmentBasisPoints <= attainment)
    .sort((a, b) => b.fromAttainmentBasisPoints - a.fromAttainmentBasisPoints)[0];
  return reached?.multiplierBasisPoints ?? 10_000;
}

/** A rep's statement for the plan's quarter from the facts of its months. */
export function commissionStatementOf(input: {
  plan: CommissionPlan;
  employeeId: string;
  facts: readonly Fact[];
  target: number | undefined;
}): CommissionStatement {
  const { plan } = input;
  const rates = new Map(plan.productRates.map((rate) => [rate.productId, rate.rateBasisPoints]));
  const byProduct = new Map<string, { collected: number; clawedBack: number }>();
  const otherCurrencies: Record<string, number> = {};
  const entries: CommissionStatement['entries'] = [];
  let collected = 0;
  let clawedBack = 0;
  // A refund always takes back (the money is no longer collected); a write-off as the plan says.
  const counted = input.facts
    .filter(
      (fact) =>
        fact.kind === 'collected' ||
        fact.kind === 'refund' ||
        (fact.kind === 'clawback' && plan.clawbackOnWriteOff),
    )
    .sort((a, b) => a.at.localeCompare(b.at) || a.eventId.localeCompare(b.eventId));
  for (const fact of counted) {
    const kind = fact.kind as 'collected' | 'clawback' | 'refund';
    entries.push({
      kind,
      orderId: fact.orderId!,
      at: fact.at,
      currency: fact.currency!,
      amount: fact.amount!,
    });
    if (fact.currency !== plan.currency) {
      const sign = kind === 'collected' ? 1 : -1;
      otherCurrencies[fact.currency!] = (otherCurrencies[fact.currency!] ?? 0) + sign * fact.amount!;
      continue;
    }
    if (kind === 'collected') collected += fact.amount!;
    else clawedBack += fact.amount!;
    for (const share of fact.shares ?? []) {
      const row = byProduct.get(share.productId) ?? { collected: 0, clawedBack: 0 };
      row[kind === 'collected' ? 'collected' : 'clawedBack'] += share.amount;
      byProduct.set(share.productId, row);
    }
  }
  const rows = [...byProduct]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([productId, row]) => {
      const rateBasisPoints = rates.get(productId) ?? plan.defaultRateBasisPoints;
      return {
        productId,
        ...row,
        rateBasisPoints,
        base: mulDiv(row.collected - row.clawedBack, rateBasisPoints, 10_000),
      };
    });
  const net = collected - clawedBack;
  const attainmentBasisPoints =
    input.target && input.target > 0 ? mulDiv(net, 10_000, input.target) : undefined;
  const multiplierBasisPoints = multiplierFor(plan, attainmentBasisPoints);
  const base = rows.reduce((sum, row) => sum + row.base, 0);
  return {
    period: plan.period,
    employeeId: input.employeeId,
    currency: plan.currency,
    planVersion: plan.version,
    collected,
    clawedBack,
    ...(input.target !== undefined ? { target: input.target } : {}),
    ...(attainmentBasisPoints !== undefined ? { attainmentBasisPoints } : {}),
    multiplierBasisPoints,
    byProduct: rows,
    commission: mulDiv(base, multiplierBasisPoints, 10_000),
    otherCurrencies,
    entries,
  };
}

/** A product's rate at most once in a plan, tiers at distinct attainments. */
export function planProblems(plan: Pick<CommissionPlan, 'productRates' | 'tiers'>): string[] {
  const problems: string[] = [];
  const products = plan.productRates.map((rate) => rate.productId);
  if (new Set(products).size !== products.length) problems.push('productRates: each product at most once');
  const tiers = plan.tiers.map((tier) => tier.fromAttainmentBasisPoints);
  if (new Set(tiers).size !== tiers.length) problems.push('tiers: each attainment at most once');
  return problems;
}

/** A plan may change until its quarter's payout is submitted; afterwards it is what was paid. */
export function assertPlanChangeable(payout: CommissionPayout | undefined): void {
  if (payout && payout.status !== 'returned')
    throw conflict(
      `The ${payout.period} payout is ${payout.status.replace('_', ' ')}; its plan no longer changes.`,
    );
}

/**
 * The payout goes to review only once the quarter has ended (its last month is before today's),
 * and not while a round is under review or after approval.
 */
export function assertPayoutSubmittable(
  period: string,
  today: string,
  payout: CommissionPayout | undefined,
): void {
  if (periodMonths(period).at(-1)! >= today.slice(0, 7))
    throw conflict(`${period} has not ended; its commission is paid out once it has.`);
  if (payout && payout.status !== 'returned')
    throw conflict(`The ${period} payout is ${payout.status.replace('_', ' ')} already.`);
}

/** Finance approves the payout (R-6: money leaves through finance); never the one who submitted it. */
export const COMMISSION_PAYOUT_CHAIN: readonly ChainStep[] = [
  { step: 'commission-payout', decider: { role: 'finance' } },
];

/** The next round of a quarter's payout, with the statements as they are now. */
export function submitPayout(
  before: CommissionPayout | undefined,
  plan: CommissionPlan,
  statements: CommissionStatement[],
  submittedBy: string,
  at: string,
): CommissionPayout {
  const fields = {
    period: plan.period,
    status: 'under_review' as const,
    round: (before?.round ?? 0) + 1,
    submittedBy,
    submittedAt: at,
    plan,
    // The figures only: the entries behind them stay in the quarter's facts (an item has 400 KB).
    statements: statements.map(({ entries: _entries, ...figures }) => figures),
    currency: plan.currency,
    total: statements.reduce((sum, statement) => sum + statement.commission, 0),
  };
  if (!before) return { ...fields, version: 1, createdAt: at, updatedAt: at };
  const { lastReturn: _returned, ...rest } = before;
  return nextVersion({ ...rest, ...fields }, at);
}

/** The round's outcome: approved for payment, or back to the sales manager; a stale round changes nothing. */
export function afterPayoutReview(
  payout: CommissionPayout,
  round: number,
  verdict: Verdict,
): CommissionPayout | undefined {
  if (payout.status !== 'under_review' || payout.round !== round) return undefined;
  return verdict.approved
    ? nextVersion<CommissionPayout>({ ...payout, status: 'approved', approvedAt: verdict.at }, verdict.at)
    : nextVersion<CommissionPayout>(
        { ...payout, status: 'returned', lastReturn: verdict.returned },
        verdict.at,
      );
}

export const payoutTitle = (period: string, language: 'zh-CN' | 'en') =>
  language === 'en' ? `Commission payout ${period}` : `${period} 销售提成发放`;

/** What finance reads before deciding: the total, and each rep's collected money and commission. */
export function payoutSubject(payout: CommissionPayout, names: ReadonlyMap<string, string>): ReviewSubject {
  const money = (value: number) => formatMoney(value, payout.currency);
  const rows = (en: boolean) =>
    payout.statements.map((statement) => {
      const name = names.get(statement.employeeId) ?? statement.employeeId;
      const attainment =
        statement.attainmentBasisPoints === undefined
          ? '—'
          : `${(statement.attainmentBasisPoints / 100).toFixed(1)} %`;
      return en
        ? `${name}: collected ${money(statement.collected - statement.clawedBack)}, attainment ${attainment}, commission ${money(statement.commission)}`
        : `${name}：回款 ${money(statement.collected - statement.clawedBack)}，完成率 ${attainment}，提成 ${money(statement.commission)}`;
    });
  const en = {
    title: payoutTitle(payout.period, 'en'),
    summary: [
      `Total: ${money(payout.total)} for ${payout.statements.length} reps, under plan version ${payout.plan.version}`,
      ...rows(true),
    ],
  };
  const zh = {
    title: payoutTitle(payout.period, 'zh-CN'),
    summary: [
      `合计：${money(payout.total)}，共 ${payout.statements.length} 名销售代表，提成方案第 ${payout.plan.version} 版`,
      ...rows(false),
    ],
  };
  return {
    type: 'commission-payout',
    id: payout.period,
    ownerId: payout.submittedBy,
    ...en,
    localized: { en, 'zh-CN': zh },
  };
}
