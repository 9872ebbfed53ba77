import { nextVersion } from '#shared/clock.ts';
import { conflict, invalid } from '#shared/domain-errors.ts';
import { formatMoney } from '#shared/money.ts';
import type { ChainStep, Verdict } from '../approvals/public.ts';
import { stepLabel } from '../approvals/public.ts';
import { lineSummary } from '../sales/public.ts';
import type { Quote, QuoteRevision } from '../sales/public.ts';
import type { Contract } from './model.ts';
import type { CreditCheck } from '#shared/credit.ts';
import type { Role } from '#shared/roles.ts';

/** A contract is drafted from an accepted quote revision: products, quantities, prices, terms. */
export function draftFromQuote(
  quote: Quote,
  revision: QuoteRevision,
  extra: { qualityStandard: string; breachLiability: string },
  context: { id: string; at: string },
): Contract {
  if (quote.status !== 'accepted' || quote.acceptedRevision !== revision.revision) {
    throw conflict(`Quote ${quote.id} has no accepted revision to contract.`);
  }
  return {
    id: context.id,
    customerId: quote.customerId,
    ownerId: quote.ownerId,
    quoteId: quote.id,
    quoteRevision: revision.revision,
    currency: revision.currency,
    lines: revision.lines,
    total: revision.total,
    ...(revision.tax ? { tax: revision.tax } : {}),
    deliveryDate: revision.deliveryDate,
    paymentTerms: revision.paymentTerms,
    afterSalesTerms: revision.afterSalesTerms,
    ...extra,
    status: 'draft',
    reviewRound: 0,
    version: 1,
    createdAt: context.at,
    updatedAt: context.at,
  };
}

// A contract's transitions. Each takes the contract as read and answers it as it is to be
// written (version moved on), or throws the rule it breaks.

const state = (contract: Contract) => contract.status.replace('_', ' ');

/**
 * a contract changed or withdrawn before it is signed needs a new review: it is a draft
 * again. A signed contract is final.
 */
function reopen(contract: Contract, action: string, at: string): Contract {
  if (contract.status === 'effective')
    throw conflict(`Contract ${contract.id} is signed (effective); it cannot ${action}.`);
  return nextVersion({ ...contract, status: 'draft' }, at);
}

/** A change to the terms (merged by the caller): a draft again, whatever review it was in. */
export const editContract = (edited: Contract, at: string): Contract => reopen(edited, 'be edited', at);

/** Only a draft is submitted: the next review round starts. */
export function submitContract(contract: Contract, at: string, credit?: CreditCheck): Contract {
  if (contract.status !== 'draft')
    throw conflict(`Contract ${contract.id} is ${state(contract)}; it cannot be submitted.`);
  return nextVersion<Contract>(
    {
      ...contract,
      status: 'under_review',
      reviewRound: contract.reviewRound + 1,
      ...(credit ? { credit } : {}),
    },
    at,
  );
}

/** Withdrawn from its review, it is a draft again. */
export function withdrawContract(contract: Contract, at: string): Contract {
  if (contract.status !== 'under_review')
    throw conflict(`Contract ${contract.id} is ${state(contract)}, not under review.`);
  return reopen(contract, 'be withdrawn', at);
}

/**
 * Signed and stamped by both sides (the stamps are part of `signing`), its signed copy scanned into
 * the archive (`assertSignedScan`), an approved contract takes effect (§3.4.3).
 */
export function signContract(
  contract: Contract,
  signing: Contract['signing'] & object,
  at: string,
): Contract {
  if (contract.status !== 'approved')
    throw conflict(`Contract ${contract.id} is ${state(contract)}; only an approved contract is signed.`);
  return nextVersion({ ...contract, status: 'effective', signing }, at);
}

/** The scan of the signed copy is one of the customer's archived contract documents. */
export function assertSignedScan<Scan extends { type: string; customerId?: string | undefined }>(
  contract: Pick<Contract, 'customerId'>,
  scan: Scan | undefined,
): asserts scan is Scan {
  if (scan?.type !== 'contract' || scan.customerId !== contract.customerId)
    throw invalid([
      {
        in: 'body',
        path: 'signedScanId',
        message: `Must be an archived contract document of customer ${contract.customerId} (POST /documents, type contract) holding the scan of the signed copy.`,
      },
    ]);
}

/** What `contract.signed` tells the domains that follow: the order is made from it. */
export function signedPayload(contract: Contract & { signing: object }) {
  return {
    contractId: contract.id,
    quoteId: contract.quoteId,
    customerId: contract.customerId,
    ownerId: contract.ownerId,
    currency: contract.currency,
    lines: contract.lines,
    total: contract.total,
    ...(contract.tax ? { tax: contract.tax } : {}),
    deliveryDate: contract.deliveryDate,
    paymentTerms: contract.paymentTerms,
    qualityStandard: contract.qualityStandard,
    signedOn: contract.signing.signedOn,
  };
}

/**
 * The workflow's outcome for one round. A stale round (a resubmission overtook it) or a contract no
 * longer under review changes nothing.
 */
export function afterReview(contract: Contract, round: number, verdict: Verdict): Contract | undefined {
  if (contract.status !== 'under_review' || contract.reviewRound !== round) return undefined;
  const at = verdict.at;
  if (verdict.approved) return nextVersion<Contract>({ ...contract, status: 'approved' }, at);
  return nextVersion<Contract>(
    {
      ...contract,
      status: 'draft',
      lastRejection: verdict.returned,
    },
    at,
  );
}

/** The contract review's chain: the sales manager, then legal. */
export const CONTRACT_REVIEW_CHAIN: readonly ChainStep[] = [
  { step: 'sales-manager-review', decider: { role: 'sales_manager' } },
  { step: 'legal-review', decider: { role: 'legal' } },
];

/** The step that overrides the customer's credit: first, so nobody reviews what credit would stop. */
export const CREDIT_OVERRIDE_STEP = 'credit-override';

/** The last step of a large contract's review: the management committee. */
export const MANAGEMENT_COMMITTEE_STEP = 'management-committee';

/**
 * The chain of a submission: past the customer's credit (its limit, overdue money, a limit in
 * another currency), a credit override by the roles the settings name comes first; above the
 * committee's amount, the management committee decides last.
 */
export function reviewChainFor(
  credit: CreditCheck,
  overrideRoles: readonly Role[],
  committee?: { above: number; roles: readonly Role[]; quorum: number; rejection: 'one' | 'quorum' },
): readonly ChainStep[] {
  if (!credit.needsOverride && !committee) return CONTRACT_REVIEW_CHAIN;
  return [
    ...(credit.needsOverride ? [{ step: CREDIT_OVERRIDE_STEP, decider: { anyRole: overrideRoles } }] : []),
    ...CONTRACT_REVIEW_CHAIN,
    ...(committee
      ? [
          {
            step: MANAGEMENT_COMMITTEE_STEP,
            decider: {
              committee: {
                members: committee.roles.map((role) => ({ role })),
                quorum: committee.quorum,
                rejection: committee.rejection,
              },
            },
            when: { amountAbove: committee.above },
          },
        ]
      : []),
  ];
}

/** A contract's short name for people, in their language. */
export const contractTitle = (contractId: string, language: 'zh-CN' | 'en') =>
  language === 'en' ? `Contract ${contractId.slice(-8)}` : `合同 ${contractId.slice(-8)}`;

/**
 * What the approvers read of a contract under review, in both languages (the terms themselves are
 * shown as they were written).
 */
export function reviewSubject(
  contract: Contract,
  customerName: string,
  creditLines: Record<'en' | 'zh-CN', string[]> = { en: [], 'zh-CN': [] },
) {
  const total = formatMoney(contract.total, contract.currency);
  const lines = contract.lines.length;
  const returned = contract.lastRejection;
  const items = contract.lines.map((line) => lineSummary(line, contract.currency));
  const en = {
    title: `${contractTitle(contract.id, 'en')} with ${customerName}`,
    summary: [
      `Total: ${total} (${lines} ${lines === 1 ? 'line' : 'lines'}, quote revision ${contract.quoteRevision})`,
      ...items,
      `Delivery: ${contract.deliveryDate}; payment: ${contract.paymentTerms}; after-sales: ${contract.afterSalesTerms}`,
      `Quality standard: ${contract.qualityStandard}`,
      `Liability for breach: ${contract.breachLiability}`,
      ...(returned ? [`Previously returned at ${stepLabel(returned.step, 'en')}: ${returned.comment}`] : []),
      ...creditLines.en,
    ],
  };
  const zh = {
    title: `${contractTitle(contract.id, 'zh-CN')}（${customerName}）`,
    summary: [
      `合计：${total}（${lines} 项，报价第 ${contract.quoteRevision} 版）`,
      ...items,
      `交货日期：${contract.deliveryDate}；付款条件：${contract.paymentTerms}；售后服务：${contract.afterSalesTerms}`,
      `质量标准：${contract.qualityStandard}`,
      `违约责任：${contract.breachLiability}`,
      ...(returned ? [`上次在${stepLabel(returned.step, 'zh-CN')}环节被退回：${returned.comment}`] : []),
      ...creditLines['zh-CN'],
    ],
  };
  return {
    type: 'contract' as const,
    id: contract.id,
    ownerId: contract.ownerId,
    ...en,
    localized: { en, 'zh-CN': zh },
    // An override is granted with its reason.
    ...(contract.credit?.needsOverride ? { approvalNeedsComment: [CREDIT_OVERRIDE_STEP] } : {}),
  };
}
