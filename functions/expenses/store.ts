import { changeWrites, type ChangeExtras } from '#shared/change.ts';
import { query, tableName } from '#shared/db.ts';
import {
  type ListScope,
  type PageParameters,
  getResource,
  toResource,
  collectWhere,
  statusScopedPage,
} from '#shared/listing.ts';
import { commit, named, putNew, type TransactItem } from '#shared/transaction.ts';
import { BudgetLines, ClaimantPayouts, ClaimPayments, ClaimReceipts, Claims, Trips } from './entities.ts';
import type { Trip } from './trip-model.ts';
import type { BudgetLine, Claim, ClaimPayment, ClaimStatus, Receipt } from './model.ts';

/** A line's short reference, as a claim records where it reserved: `2026-07#travel#department`. */
export const lineRef = (line: Pick<BudgetLine, 'month' | 'category' | 'scope'>) =>
  `${line.month}#${line.category}#${line.scope}`;
const lineKey = (ref: string) => {
  const [month, category, scope] = ref.split('#') as [string, string, string];
  return BudgetLines.key({ year: month.slice(0, 4), month, category, scope });
};

export async function getBudgetLine(ref: string): Promise<BudgetLine | undefined> {
  return getResource<BudgetLine>(lineKey(ref), true);
}

/** Items of one kind in a year's partition, optionally only some months (`from`…`to`, YYYY-MM). */
async function yearRange<T>(
  year: string,
  prefix: string,
  months?: { from: string; to: string },
): Promise<T[]> {
  const found: T[] = [];
  let startKey: Record<string, string> | undefined;
  do {
    const page = await query({
      KeyConditionExpression: months
        ? 'pk = :pk AND sk BETWEEN :from AND :to'
        : 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': BudgetLines.partition({ year }),
        ...(months
          ? { ':from': `${prefix}${months.from}`, ':to': `${prefix}${months.to}#~` }
          : { ':prefix': prefix }),
      },
      ExclusiveStartKey: startKey,
    });
    found.push(...page.items.map((item) => toResource<T>(item)));
    startKey = page.lastKey;
  } while (startKey);
  return found;
}

/** A year's lines, optionally only some months, in one Query (paged). */
export const budgetLinesOf = (year: string, months?: { from: string; to: string }) =>
  yearRange<BudgetLine>(year, BudgetLines.skPrefix, months);

export interface ClaimantPayout {
  month: string;
  claimantId: string;
  claims: number;
  paid: number;
}

/** What was paid per claimant and month over some months of a year, in one Query (paged). */
export const payoutsOf = (year: string, months: { from: string; to: string }) =>
  yearRange<ClaimantPayout>(year, ClaimantPayouts.skPrefix, months);

/** Adds a paid claim to its claimant's month (in the transaction that pays it). */
export function payoutWrite(claim: Pick<Claim, 'claimantId' | 'date' | 'amount'>): TransactItem {
  const month = claim.date.slice(0, 7);
  const key = ClaimantPayouts.key({ year: month.slice(0, 4), month, claimantId: claim.claimantId });
  return named('claimantPayout', {
    Update: {
      TableName: tableName(),
      Key: key,
      UpdateExpression:
        'SET entityType = :type, #month = :month, claimantId = :claimant ADD claims :one, paid :amount',
      ExpressionAttributeNames: { '#month': 'month' },
      ExpressionAttributeValues: {
        ':type': ClaimantPayouts.type,
        ':month': month,
        ':claimant': claim.claimantId,
        ':one': 1,
        ':amount': claim.amount,
      },
    },
  });
}

/**
 * Files a year's lines, replacing those there (only when nothing is reserved or spent on them, which
 * the caller checked, and each write checks again). Transactions hold at most 100 items: a big
 * budget is written in several, and filing it again completes one that failed half-way.
 */
export async function fileBudgetLines(
  lines: readonly BudgetLine[],
  removed: readonly BudgetLine[],
): Promise<void> {
  const unused = {
    ConditionExpression: 'attribute_not_exists(pk) OR (reserved = :zero AND spent = :zero)',
    ExpressionAttributeValues: { ':zero': 0 },
  };
  const items: TransactItem[] = [
    ...lines.map((line) =>
      named('budgetLine', { Put: { TableName: tableName(), Item: BudgetLines.item(line, line), ...unused } }),
    ),
    ...removed.map((line) =>
      named('budgetLine', { Delete: { TableName: tableName(), Key: BudgetLines.key(line), ...unused } }),
    ),
  ];
  for (let from = 0; from < items.length; from += 100) await commit(items.slice(from, from + 100));
}

/** Reserves a claim's amount on a line: only if it is still available (the budget is never overspent). */
export const reserveWrite = (ref: string, amount: number): TransactItem =>
  named('budgetLine', {
    Update: {
      TableName: tableName(),
      Key: lineKey(ref),
      UpdateExpression: 'SET reserved = reserved + :amount, available = available - :amount',
      ConditionExpression: 'available >= :amount',
      ExpressionAttributeValues: { ':amount': amount },
    },
  });

/** Gives a reservation back (a rejection, refusal or withdrawal). */
export const releaseWrite = (ref: string, amount: number): TransactItem =>
  named('budgetLine', {
    Update: {
      TableName: tableName(),
      Key: lineKey(ref),
      UpdateExpression: 'SET reserved = reserved - :amount, available = available + :amount',
      ConditionExpression: 'reserved >= :amount',
      ExpressionAttributeValues: { ':amount': amount },
    },
  });

/** Turns a reservation into spending (the payout). */
export const spendWrite = (ref: string, amount: number): TransactItem =>
  named('budgetLine', {
    Update: {
      TableName: tableName(),
      Key: lineKey(ref),
      UpdateExpression: 'SET reserved = reserved - :amount, spent = spent + :amount',
      ConditionExpression: 'reserved >= :amount',
      ExpressionAttributeValues: { ':amount': amount },
    },
  });

export async function getClaim(id: string, consistent = false): Promise<Claim | undefined> {
  return getResource<Claim>(Claims.key({ id }), consistent);
}

/** Where a receipt's file is kept in the documents bucket. */
export const receiptKey = (receipt: Pick<Receipt, 'claimId' | 'id'>) =>
  `receipts/${receipt.claimId}/${receipt.id}`;

export const receiptWrite = (receipt: Receipt): TransactItem =>
  putNew(ClaimReceipts.item({ claimId: receipt.claimId, id: receipt.id }, receipt));

/** The claim with its receipts and its payment, in one Query of its partition. */
export async function getClaimFile(
  id: string,
): Promise<{ claim: Claim; receipts: Receipt[]; payment?: ClaimPayment } | undefined> {
  const page = await query({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': Claims.partition({ id }) },
  });
  const of = (type: string) => page.items.filter((item) => item.entityType === type);
  const [claim] = of(Claims.type);
  const [payment] = of(ClaimPayments.type);
  return (
    claim && {
      claim: toResource<Claim>(claim),
      receipts: of(ClaimReceipts.type).map((item) => toResource<Receipt>(item)),
      ...(payment ? { payment: toResource<ClaimPayment>(payment) } : {}),
    }
  );
}

/** A claim's payment: written once (a second is refused as `claimPayment`). */
export const paymentWrite = (payment: ClaimPayment): TransactItem =>
  named('claimPayment', putNew(ClaimPayments.item(payment, payment)));

/** A claim's change, with the events it causes and what it writes with it (budget lines, payouts). */
export const claimWrites = (
  before: Claim | undefined,
  after: Claim,
  actorId: string,
  also: ChangeExtras = {},
) => changeWrites({ entity: Claims, key: after, before, after, actor: actorId, ...also });

export const listClaims = (scope: ListScope, status: ClaimStatus | undefined, page: PageParameters) =>
  statusScopedPage<Claim>(Claims, scope, status, page);

/** A claim's audit trail, oldest first: who did what when. */
export async function claimAudit(id: string) {
  const page = await query({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
    ExpressionAttributeValues: { ':pk': Claims.partition({ id }), ':audit': 'AUDIT#' },
  });
  return page.items.map((item) => toResource<Record<string, unknown>>(item));
}

export const getTrip = (id: string) => getResource<Trip>(Trips.key({ id }));

/** A trip, new or changed (conditional on the version read), with its audit record. */
export const tripWrites = (before: Trip | undefined, after: Trip, actorId: string) =>
  changeWrites({ entity: Trips, key: after, before, after, actor: actorId });

/** One employee's trips (newest first day first), or the department's in a status. */
export const listTrips = (scope: ListScope, status: Trip['status'] | undefined, page: PageParameters) =>
  statusScopedPage<Trip>(Trips, scope, status, page);

/** The claims filed for a trip: its traveller's claims that name it. */
export const tripClaims = (trip: Pick<Trip, 'id' | 'travellerId'>) =>
  collectWhere(
    (page) => listClaims({ ownerId: trip.travellerId }, undefined, page),
    (claim) => claim.tripId === trip.id,
  );
