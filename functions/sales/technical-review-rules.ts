import { nextVersion } from '#shared/clock.ts';
import { conflict } from '#shared/domain-errors.ts';
import { formatMoney } from '#shared/money.ts';
import type { ChainStep, ReviewSubject, Verdict } from '../approvals/public.ts';
import type { Quote, QuoteRevision, TechnicalReview } from './model.ts';
import { lineSummary } from './rules.ts';

/**
 * A quote's technical review (R-2.2.2): production or a technician checks prices and configuration
 * before the customer sees them. Asked for by the rep, or required when a line departs from the
 * catalogue price by more than the tolerance (`priceDeviations` of the revision); the revision is
 * not sent until it passes. Pure rules; the review itself is the review kit's.
 */

/** Decided by production or, where production has nobody who may, a technician. */
export const TECHNICAL_REVIEW_CHAIN: readonly ChainStep[] = [
  { step: 'technical-review', decider: { anyRole: ['production', 'technician'] } },
];

/** The round about this revision, unless a later revision or a withdrawal made it moot. */
const roundFor = (quote: Quote, revision: number): TechnicalReview | undefined =>
  quote.technicalReview?.revision === revision && quote.technicalReview.status !== 'withdrawn'
    ? quote.technicalReview
    : undefined;

/** Whether the current revision may go to the customer only after a passed technical review. */
export function needsTechnicalReview(quote: Quote, revision: QuoteRevision): boolean {
  return (revision.priceDeviations?.length ?? 0) > 0 || !!roundFor(quote, revision.revision);
}

/** The rep asks for a review of the current, unsent revision: a new round. */
export function requestTechnicalReview(
  quote: Quote,
  context: { by: string; at: string; note?: string },
): Quote {
  if (quote.status !== 'draft')
    throw conflict(
      `Quote ${quote.id} is ${quote.status}; only a draft revision is reviewed before it is sent.`,
    );
  const current = roundFor(quote, quote.currentRevision);
  if (current?.status === 'under_review')
    throw conflict(`Revision ${quote.currentRevision} is already under technical review.`);
  if (current?.status === 'passed')
    throw conflict(`Revision ${quote.currentRevision} already passed its technical review.`);
  return nextVersion(
    {
      ...quote,
      technicalReview: {
        round: (quote.technicalReview?.round ?? 0) + 1,
        revision: quote.currentRevision,
        status: 'under_review',
        requestedBy: context.by,
        requestedAt: context.at,
        ...(context.note ? { note: context.note } : {}),
      },
    },
    context.at,
  );
}

/** Sending waits for a required review to pass (409 saying what to do). */
export function assertSendable(quote: Quote, revision: QuoteRevision): void {
  const round = roundFor(quote, revision.revision);
  if (round?.status === 'under_review')
    throw conflict(
      `Revision ${revision.revision} is under technical review; it can be sent once the review passes.`,
    );
  if (needsTechnicalReview(quote, revision) && round?.status !== 'passed') {
    const lines = (revision.priceDeviations ?? []).map((deviation) => deviation.line + 1);
    const why = round
      ? 'its technical review returned it'
      : `${lines.length === 1 ? `line ${lines[0]} departs` : `lines ${lines.join(', ')} depart`} from the catalogue price beyond the tolerance`;
    throw conflict(
      `Revision ${revision.revision} needs a passed technical review before it is sent (${why}): POST /quotes/${quote.id}/technical-review.`,
    );
  }
}

/**
 * A new revision or the customer's rejection ends a running round (the event that stops its
 * workflow goes with the change); undefined when no round runs.
 */
export function withdrawTechnicalReview(quote: Quote): TechnicalReview | undefined {
  return quote.technicalReview?.status === 'under_review'
    ? { ...quote.technicalReview, status: 'withdrawn' }
    : undefined;
}

/** The round's outcome; undefined for a round that is no longer the one running. */
export function afterTechnicalReview(quote: Quote, round: number, verdict: Verdict): Quote | undefined {
  const running = quote.technicalReview;
  if (running?.round !== round || running.status !== 'under_review') return undefined;
  return nextVersion<Quote>(
    {
      ...quote,
      technicalReview: {
        ...running,
        status: verdict.approved ? 'passed' : 'returned',
        decidedAt: verdict.at,
        ...(verdict.approved ? {} : { returned: verdict.returned }),
      },
    },
    verdict.at,
  );
}

/** A quote's short name for people, in their language. */
export const quoteTitle = (quote: Pick<Quote, 'id'>, revision: number, language: 'zh-CN' | 'en') =>
  language === 'en'
    ? `Quote ${quote.id.slice(-8)} revision ${revision}`
    : `报价 ${quote.id.slice(-8)} 第 ${revision} 版`;

/** What production or the technician reads: every line against the catalogue, the terms, the rep's note. */
export function technicalReviewSubject(
  quote: Quote,
  revision: QuoteRevision,
  customerName: string,
): ReviewSubject {
  const money = (value: number, currency = revision.currency) => formatMoney(value, currency);
  const deviations = new Map(
    (revision.priceDeviations ?? []).map((deviation) => [deviation.line, deviation]),
  );
  const lines = (language: 'zh-CN' | 'en') =>
    revision.lines.map((line, index) => {
      const deviation = deviations.get(index);
      const flag = !deviation
        ? ''
        : deviation.basisPoints === undefined
          ? language === 'en'
            ? ` (list ${money(deviation.listPrice.value, deviation.listPrice.currency)})`
            : `（目录价 ${money(deviation.listPrice.value, deviation.listPrice.currency)}）`
          : language === 'en'
            ? ` (${deviation.basisPoints > 0 ? '+' : ''}${deviation.basisPoints / 100}% against list ${money(deviation.listPrice.value)})`
            : `（较目录价 ${money(deviation.listPrice.value)} ${deviation.basisPoints > 0 ? '+' : ''}${deviation.basisPoints / 100}%）`;
      return `${lineSummary(line, revision.currency)}${flag}`;
    });
  const note = quote.technicalReview?.note;
  const en = {
    title: `${quoteTitle(quote, revision.revision, 'en')} for ${customerName}`,
    summary: [
      `Total: ${money(revision.total)}`,
      ...lines('en'),
      `Delivery: ${revision.deliveryDate}; payment: ${revision.paymentTerms}; after-sales: ${revision.afterSalesTerms}`,
      ...(revision.note ? [`Quote note: ${revision.note}`] : []),
      ...(note ? [`The rep asks: ${note}`] : []),
    ],
  };
  const zh = {
    title: `${quoteTitle(quote, revision.revision, 'zh-CN')}（${customerName}）`,
    summary: [
      `合计：${money(revision.total)}`,
      ...lines('zh-CN'),
      `交货日期：${revision.deliveryDate}；付款条件：${revision.paymentTerms}；售后服务：${revision.afterSalesTerms}`,
      ...(revision.note ? [`报价备注：${revision.note}`] : []),
      ...(note ? [`销售代表的问题：${note}`] : []),
    ],
  };
  return { type: 'quote', id: quote.id, ownerId: quote.ownerId, ...en, localized: { en, 'zh-CN': zh } };
}
