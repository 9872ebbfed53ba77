import { addDays } from '#shared/calendar.ts';
import { query } from '#shared/db.ts';
import { AuditRecords } from '#shared/entities.ts';
import { queryPage, toResource, type Page, type PageParameters } from '#shared/listing.ts';
import { keepLocked, lockedDocument } from '#shared/storage.ts';
import { commit, putNew, TransactionCancelled } from '#shared/transaction.ts';
import { nowIso } from '#shared/clock.ts';
import { extend, GENESIS, sealProblems, type ChainState, type SealFigures } from './chain.ts';
import { AuditSeals } from './entities.ts';

/**
 * The audit trail's daily seals (tamper evidence): after each day, the entries written that day are
 * chained onto the day sealed before, and the head is written twice, as a seal in the table and as
 * a copy in the Object Lock bucket that nobody can change or delete. A verification chains the
 * entries again: an entry edited, removed or added straight in the table, or a seal rewritten,
 * no longer matches.
 */
export interface AuditSeal extends SealFigures {
  firstId?: string;
  lastId?: string;
  sealedAt: string;
}

export interface SealVerification {
  day: string;
  intact: boolean;
  seal: AuditSeal;
  computed: ChainState;
  problems: string[];
}

/** Days sealed at most per run: a month of outage is caught up in one. */
export const MOST_DAYS_PER_RUN = 31;

const lockedKey = (day: string) => `audit-chain/${day}.json`;

/** Every entry written on a day, as stored, in write order (the whole index partition). */
async function chainDay(day: string, from: ChainState): Promise<ChainState> {
  let state = from;
  let startKey: Record<string, string> | undefined;
  do {
    const page = await query({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :day',
      ExpressionAttributeValues: { ':day': AuditRecords.indexPartition('gsi1', { day }) },
      ExclusiveStartKey: startKey,
    });
    state = extend(state, page.items);
    startKey = page.lastKey;
  } while (startKey);
  return state;
}

/** The seal of a day (when there is one) and the seal before it, in one Query. */
async function sealAndBefore(day: string): Promise<{ seal?: AuditSeal; before?: AuditSeal }> {
  const { items } = await query({
    KeyConditionExpression: 'pk = :pk AND sk <= :day',
    ExpressionAttributeValues: { ':pk': AuditSeals.partition({}), ':day': day },
    ScanIndexForward: false,
    Limit: 2,
    ConsistentRead: true,
  });
  const [first, second] = items.map((item) => toResource<AuditSeal>(item));
  return first?.day === day ? { seal: first, before: second } : { before: first };
}

/** The newest seal, if any. */
async function latestSeal(): Promise<AuditSeal | undefined> {
  const { items } = await query({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': AuditSeals.partition({}) },
    ScanIndexForward: false,
    Limit: 1,
    ConsistentRead: true,
  });
  return items[0] && toResource<AuditSeal>(items[0]);
}

/**
 * The days to seal, oldest first: from the day after the newest seal up to yesterday (at most
 * MOST_DAYS_PER_RUN); with no seal yet, yesterday.
 */
export async function daysToSeal(today: string): Promise<string[]> {
  const latest = await latestSeal();
  const days: string[] = [];
  for (let day = latest ? addDays(latest.day, 1) : addDays(today, -1); day < today; day = addDays(day, 1)) {
    days.push(day);
    if (days.length === MOST_DAYS_PER_RUN) break;
  }
  return days;
}

/**
 * Seals a day: chains its entries onto the seal before it, keeps the figures in the locked bucket,
 * then writes the seal. Runs twice alike: a copy already kept is the one the seal takes (so a
 * difference shows in the verification), and a seal already written stays.
 */
export async function sealDay(day: string): Promise<{ sealed: boolean; entries: number }> {
  const { seal: existing, before } = await sealAndBefore(day);
  if (existing) return { sealed: false, entries: existing.count };
  const previous = before?.head ?? GENESIS;
  const chained = await chainDay(day, { head: previous, count: 0 });
  const computed: AuditSeal = { day, previous, sealedAt: nowIso(), ...chained };
  const kept = (await keepLocked(lockedKey(day), computed)) as AuditSeal | undefined;
  const seal = kept ?? computed;
  try {
    await commit([putNew(AuditSeals.item({ day }, seal))]);
  } catch (error) {
    if (error instanceof TransactionCancelled && !error.conflicted)
      return { sealed: false, entries: seal.count };
    throw error;
  }
  return { sealed: true, entries: seal.count };
}

/** A sealed day checked again, or undefined when the day has no seal. */
export async function verifyDay(day: string): Promise<SealVerification | undefined> {
  const { seal, before } = await sealAndBefore(day);
  if (!seal) return undefined;
  const [computed, kept] = await Promise.all([
    chainDay(day, { head: seal.previous, count: 0 }),
    lockedDocument(lockedKey(day)) as Promise<AuditSeal | undefined>,
  ]);
  const problems = sealProblems(seal, computed, kept, before);
  return { day, intact: problems.length === 0, seal, computed, problems };
}

/** One page of the seals, newest first. */
export const sealPage = (page: PageParameters): Promise<Page<AuditSeal>> =>
  queryPage<AuditSeal>({
    partition: { attribute: 'pk', value: AuditSeals.partition({}) },
    newestFirst: true,
    ...page,
  });
