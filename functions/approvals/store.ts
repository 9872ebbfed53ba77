import { type Caused, type Change, changeWrites } from '#shared/change.ts';
import { getItem, tableName } from '#shared/db.ts';
import { collectAll, getResource, queryPage } from '#shared/listing.ts';
import { commit, named, putNew, type TransactItem } from '#shared/transaction.ts';
import { Approvals, ApprovalTaskClaims } from './entities.ts';
import type { ReviewSubject, StoredApproval } from './model.ts';
import { approvalView, expireApproval } from './rules.ts';

const approvalKey = (approval: StoredApproval) => ({
  id: approval.id,
  approverId: approval.approverId,
  status: approval.status,
  dueAt: approval.dueAt,
  subjectType: approval.subject.type,
  subjectId: approval.subject.id,
  createdAt: approval.createdAt,
});

/** An approval's change; its link tokens never reach the audit trail. */
const approvalWrites = (
  before: StoredApproval | undefined,
  after: StoredApproval,
  actorId: string,
  more: Pick<Change<typeof Approvals, StoredApproval>, 'condition' | 'events' | 'with'> = {},
) =>
  changeWrites({
    entity: Approvals,
    key: approvalKey(after),
    before,
    after,
    actor: actorId,
    auditAs: approvalView,
    ...more,
  });

export async function getApproval(id: string, consistent = false): Promise<StoredApproval | undefined> {
  return getResource<StoredApproval>(Approvals.key({ id }), consistent);
}

export async function approvalForTask(digest: string): Promise<string | undefined> {
  return (await getItem(ApprovalTaskClaims.key({ digest })))?.approvalId as string | undefined;
}

/**
 * A new approval, claimed by its task token so a retried Task does not open a second one; a
 * committee's other seats are opened with it (the claim names the first).
 */
export function createApprovalWrites(
  approval: StoredApproval,
  taskDigest: string,
  otherSeats: readonly StoredApproval[] = [],
): TransactItem[] {
  return [
    ...approvalWrites(undefined, approval, 'workflow', {
      with: [putNew(ApprovalTaskClaims.item({ digest: taskDigest }, { approvalId: approval.id }))],
    }),
    ...otherSeats.flatMap((seat) => approvalWrites(undefined, seat, 'workflow')),
  ];
}

/**
 * A committee seat's decision joins the transaction of the deciding vote: the other seats must be
 * as read (a concurrent vote makes this one try again), and when this vote decides the step, the
 * seats still pending expire (nobody is asked any more).
 */
export function committeeWrites(
  others: readonly StoredApproval[],
  decides: boolean,
  at: string,
  actorId: string,
): TransactItem[] {
  return others.flatMap((seat) =>
    decides && seat.status === 'pending'
      ? approvalWrites(seat, expireApproval(seat, at), actorId).map((item, index) =>
          index === 0 ? named('committeeSeat', item) : item,
        )
      : [named('committeeSeat', versionCheck(seat))],
  );
}

/** The approval is still at the version read. */
const versionCheck = (approval: StoredApproval): TransactItem => ({
  ConditionCheck: {
    TableName: tableName(),
    Key: Approvals.key({ id: approval.id }),
    ConditionExpression: '#version = :version',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: { ':version': approval.version },
  },
});

/**
 * Any change of an approval (decision, new link, escalation), conditional on the version read and,
 * for decisions, on the step being undecided: of two concurrent decisions exactly one is written.
 * `events` report it; `also` joins the same transaction (a check that the subject still stands).
 */
export async function saveApproval(
  before: StoredApproval,
  after: StoredApproval,
  actorId: string,
  { undecidedOnly = true, events = [] as Caused[], also = [] as TransactItem[] } = {},
): Promise<void> {
  const undecided = {
    expression: '#status = :pending',
    names: { '#status': 'status' },
    values: { ':pending': 'pending' },
  };
  await commit(
    approvalWrites(before, after, actorId, {
      condition: undecidedOnly ? undecided : undefined,
      events,
      with: also,
    }),
  );
}

export function pendingApprovalsOf(approverId: string): Promise<StoredApproval[]> {
  return collectAll((page) =>
    queryPage<StoredApproval>({
      index: 'gsi1',
      partition: {
        attribute: 'gsi1pk',
        value: Approvals.indexPartition('gsi1', { approverId, status: 'pending' }),
      },
      ...page,
    }),
  );
}

export async function approvalsOfSubject(type: string, id: string): Promise<StoredApproval[]> {
  const page = await queryPage<StoredApproval>({
    index: 'gsi2',
    partition: {
      attribute: 'gsi2pk',
      value: Approvals.indexPartition('gsi2', { subjectType: type, subjectId: id }),
    },
    limit: 100,
  });
  return page.items;
}

/** Ends the undecided steps of a subject whose workflow gave up (timed out): nobody is asked any more. */
export async function expirePendingApprovals(type: string, id: string, actorId: string): Promise<number> {
  let expired = 0;
  for (const approval of await approvalsOfSubject(type, id)) {
    if (approval.status !== 'pending') continue;
    await saveApproval(approval, expireApproval(approval, new Date().toISOString()), actorId);
    expired++;
  }
  return expired;
}

/**
 * A check, in the decision's transaction, that the subject still stands as the round under review
 * (`reviewedSubject` when refused). Attribute paths may be nested (`technicalReview.round`).
 */
export function subjectStillUnderReview(
  standsWhile: NonNullable<ReviewSubject['standsWhile']>,
): TransactItem {
  const names: Record<string, string> = {};
  const values: Record<string, string | number> = {};
  const terms = Object.entries(standsWhile.fields).map(([path, value], index) => {
    const segments = path.split('.').map((segment, depth) => {
      names[`#f${index}_${depth}`] = segment;
      return `#f${index}_${depth}`;
    });
    values[`:f${index}`] = value;
    return `${segments.join('.')} = :f${index}`;
  });
  return named('reviewedSubject', {
    ConditionCheck: {
      TableName: tableName(),
      Key: standsWhile.key,
      ConditionExpression: terms.join(' AND '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  });
}
