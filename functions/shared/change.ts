import { auditChange } from './audit.ts';
import { staleWrite } from './conditional.ts';
import type { Entity, EntitySpec, KeyValues } from './entity.ts';
import { type EventSpec, type PayloadOf, recordEvent } from './events.ts';
import { commit, putIfVersion, putNew, type TransactItem, TransactionCancelled } from './transaction.ts';

/**
 * One way to write a change. A domain says what changed (its entity before and after, the events
 * the change causes, any other items it writes with it) and `changeWrites` makes the whole
 * transaction: the entity's write, conditional on the version that was read; its audit record when
 * the entity is audited; each event with its subject, version, actor, time and correlation id
 * filled from the change. The entity's write is marked as the change's subject, so a refusal of it
 * is known as "changed meanwhile" wherever the items end up (`commitChange` answers 412, and
 * `commitUnlessChanged` lets the other change stand), whatever else is written with it.
 */

/** An event a change causes: only its payload; the rest of the envelope comes from the change. */
export interface Caused {
  spec: EventSpec;
  payload: unknown;
  /** Another subject than the changed entity (an interaction's event is about its customer). */
  about?: { type: string; id: string };
}
export const causes = <S extends EventSpec>(
  spec: S,
  payload: PayloadOf<S>,
  about?: Caused['about'],
): Caused => ({ spec, payload, ...(about ? { about } : {}) });

type AnyEntity = Entity<EntitySpec>;
/** What a changed entity has: a version and a time; an id, unless `Change.id` names it. */
type Changed = { id?: string; version: number; updatedAt?: string };
type KeyOf<E extends AnyEntity> = Parameters<E['item']>[0];

/** What a change writes besides its entity: the events it causes, and other items written with it. */
export interface ChangeExtras {
  events?: readonly Caused[];
  /** Other items written with it, all or nothing (named where a refusal of theirs matters). */
  with?: readonly TransactItem[];
}

export interface Change<E extends AnyEntity, A extends Changed> extends ChangeExtras {
  entity: E;
  /** The values its keys are made of (its primary key and index keys). */
  key: KeyOf<E>;
  /** What was read (its version is the condition), or nothing for a new entity. */
  before: A | undefined;
  /** The entity as it is to be: its `version` one more than before's (1 when new). */
  after: A;
  actor: string;
  /** Its id, where its record has none of its own (a career plan is its employee's). */
  id?: string;
  /** When it changed, where its record keeps no `updatedAt` (a classification). */
  at?: string;
  /** What must also hold of the stored entity (the version read must too): a decision of a step still undecided. */
  condition?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
  /** What its audit record shows of it, where not everything may be shown (no link tokens). */
  auditAs?: (entity: A) => object;
}

/** `ServiceTicket` → `serviceTicket`: how a refusal of an entity's write is named. */
export const conditionName = (entity: { type: string }) =>
  entity.type.charAt(0).toLowerCase() + entity.type.slice(1);

/** The subject's name in events: declared (`subject`) or the type in kebab case. */
const subjectType = (entity: AnyEntity) =>
  entity.spec.subject ?? entity.type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

export function changeWrites<E extends AnyEntity, A extends Changed>(change: Change<E, A>): TransactItem[] {
  const { entity, before, after, actor } = change;
  const id = change.id ?? after.id;
  if (id === undefined) throw new Error(`${entity.type}: a change needs the id of what changed`);
  const at = () => {
    const when = change.at ?? after.updatedAt;
    if (when === undefined) throw new Error(`${entity.type} ${id}: a change needs its time`);
    return when;
  };
  // A version written by hand next to `nextVersion` is how two writers lose each other's changes.
  // (A new one may be born past 1: an order made from a contract and submitted in one transaction.)
  if (before ? after.version !== before.version + 1 : after.version < 1)
    throw new Error(`${entity.type} ${id}: version ${after.version} does not follow ${before?.version ?? 0}`);
  const item = entity.item(change.key as never, after);
  const subject = { type: subjectType(entity), id };
  const { condition } = change;
  const write = before
    ? putIfVersion(
        item,
        before.version,
        condition && { condition: condition.expression, names: condition.names, values: condition.values },
      )
    : putNew(item);
  const shown = change.auditAs ?? ((entity: A) => entity);
  return [
    { ...write, name: conditionName(entity), subject },
    ...(change.with ?? []),
    ...(change.events ?? []).map((event) =>
      recordEvent(event.spec, {
        ...(event.about ? { subject: event.about } : { subject, subjectVersion: after.version }),
        actor,
        at: at(),
        payload: event.payload as never,
      }),
    ),
    ...(entity.spec.audited
      ? [
          auditChange(entity.key(change.key as KeyValues<string> as never), {
            type: entity.type,
            id,
            actorId: actor,
            at: at(),
            before: before && shown(before),
            after: shown(after),
          }),
        ]
      : []),
  ];
}

/**
 * Marks a conditional write that is itself the change of a record kept without versions (an
 * evaluation run moving on by its status) as the change's subject: its refusal means that the record
 * moved on meanwhile, as for a versioned entity.
 */
export const asSubject = (
  name: string,
  subject: { type: string; id: string },
  item: TransactItem,
): TransactItem => ({ ...item, name, subject });

/** The subject whose write a refusal refused, if it refused one. */
function refusedSubject(error: unknown, items: readonly TransactItem[]) {
  if (!(error instanceof TransactionCancelled)) return undefined;
  return items.find((item) => item.subject && error.failedCondition(item.name!))?.subject;
}

/**
 * Commits a change: if someone changed one of its subjects since it was read, nothing is written
 * and the answer is 412 (read it again). Any other refusal is rethrown, named, for the caller.
 */
export async function commitChange(items: readonly TransactItem[]): Promise<void> {
  try {
    await commit([...items]);
  } catch (error) {
    const subject = refusedSubject(error, items);
    if (subject) throw staleWrite(subject.id);
    throw error;
  }
}

/**
 * Commits a change unless someone changed its subject meanwhile: their change stands and this one
 * is dropped (answers false). For work that will come round again (a job, a reaction).
 */
export async function commitUnlessChanged(items: readonly TransactItem[]): Promise<boolean> {
  try {
    await commit([...items]);
    return true;
  } catch (error) {
    if (refusedSubject(error, items)) return false;
    throw error;
  }
}
