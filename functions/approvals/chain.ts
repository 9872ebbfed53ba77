import { RuleViolation } from '#shared/domain-errors.ts';
import type { Role } from '#shared/roles.ts';
import { chooseApprover, type Person, type Routing } from './rules.ts';

/**
 * Approval chains as data. A reviewed subject declares its chain: steps in order, each with who
 * may decide it and, optionally, when it applies. The chain is resolved to people when the subject
 * is submitted and stored with the review, so later changes to people or settings do not change a
 * running review.
 */
export type Decider =
  /** A holder of the role (not the subject's owner or submitter; else the owner's supervisor), by the routing setting. */
  | { role: Role }
  /** A holder of the first of these roles that has someone who may decide (same fallback). */
  | { anyRole: readonly Role[] }
  /** The owner's direct supervisor (the next one up if that would be the submitter). */
  | { supervisorOf: 'owner' }
  /** A named employee (their supervisor if that is the owner or submitter). */
  | { employee: string }
  /** A committee: `quorum` of its members must approve; see `Committee`. */
  | { committee: Committee };

/**
 * A committee step: each member is a holder of a role or a named employee, each a different
 * person, never the owner or submitter (a member nobody may fill is left out). `quorum` approvals
 * decide it; a rejection decides it at once (`rejection: 'one'`) or once the quorum can no longer
 * be reached (`'quorum'`). Every member gets their own single-use link; the step's outcome is
 * reported once.
 */
export interface Committee {
  members: readonly ({ role: Role } | { employee: string })[];
  quorum: number;
  rejection: 'one' | 'quorum';
}

export interface ChainStep {
  step: string;
  decider: Decider;
  /** The step applies only above this amount (minor units). */
  when?: { amountAbove: number };
}

/** A step as the review walks it: who decides, and under which authority (for escalation). */
export interface ResolvedStep {
  step: string;
  /** A committee's first member's, for a committee step. */
  approverRole: string;
  approverId: string;
  committee?: ResolvedCommittee;
}

export interface ResolvedCommittee {
  members: { approverId: string; approverRole: string }[];
  quorum: number;
  rejection: Committee['rejection'];
}

/** A subject nobody but its owner or submitter may decide cannot be submitted: a 409 that says which step. */
export class NobodyMayDecide extends RuleViolation {
  constructor(step: string) {
    super(`Nobody may decide ${step}: no employee other than the owner or submitter may decide it.`);
  }
}

/** Separation of duties: someone other than the owner and submitter, going up the supervisors. */
function upFrom(
  person: Person | undefined,
  interested: Set<string>,
  people: readonly Person[],
): Person | undefined {
  const seen = new Set<string>();
  let current = person;
  while (current && interested.has(current.id) && !seen.has(current.id)) {
    seen.add(current.id);
    current = people.find((candidate) => candidate.id === current!.supervisorId);
  }
  return current && !interested.has(current.id) ? current : undefined;
}

export function resolveChain(
  chain: readonly ChainStep[],
  subject: { ownerId: string; submittedBy?: string; amount?: number },
  people: readonly Person[],
  routing: Routing = 'team',
): ResolvedStep[] {
  const interested = new Set([subject.ownerId, subject.submittedBy].filter((id): id is string => !!id));
  const byId = (id: string | undefined) => people.find((person) => person.id === id);
  return chain
    .filter((step) => !step.when || (subject.amount ?? 0) > step.when.amountAbove)
    .map((step): ResolvedStep => {
      const { decider } = step;
      if ('committee' in decider) {
        const committee = resolveCommittee(decider.committee, subject, people, routing);
        if (committee.members.length < committee.quorum) throw new NobodyMayDecide(step.step);
        return { step: step.step, ...committee.members[0]!, committee };
      }
      let approver: Person | undefined;
      let approverRole: string;
      if ('role' in decider || 'anyRole' in decider) {
        const roles = 'role' in decider ? [decider.role] : decider.anyRole;
        const choices = roles.map((role) => ({
          role,
          person: chooseApprover(role, subject, people, routing),
        }));
        // A holder of a role before anyone's supervisor standing in for one.
        const choice =
          choices.find(({ role, person }) => person?.roles.includes(role)) ??
          choices.find(({ person }) => person);
        approver = choice?.person;
        approverRole = choice?.role ?? roles[0]!;
      } else if ('supervisorOf' in decider) {
        approver = upFrom(byId(byId(subject.ownerId)?.supervisorId), interested, people);
        approverRole = 'supervisor';
      } else {
        approver = upFrom(byId(decider.employee), interested, people);
        approverRole = 'supervisor';
      }
      if (!approver) throw new NobodyMayDecide(step.step);
      return { step: step.step, approverRole, approverId: approver.id };
    });
}

/** A committee's members as people: each a different one, none interested in the subject. */
function resolveCommittee(
  committee: Committee,
  subject: { ownerId: string; submittedBy?: string },
  people: readonly Person[],
  routing: Routing,
): ResolvedCommittee {
  const interested = new Set([subject.ownerId, subject.submittedBy].filter((id): id is string => !!id));
  const chosen = new Set<string>();
  const members: ResolvedCommittee['members'] = [];
  for (const member of committee.members) {
    const free = people.filter((person) => !chosen.has(person.id) && !interested.has(person.id));
    const person =
      'role' in member
        ? // A holder of the role only: a committee seat is not filled by someone's supervisor.
          [chooseApprover(member.role, subject, free, routing)].find((found) =>
            found?.roles.includes(member.role),
          )
        : free.find((candidate) => candidate.id === member.employee);
    if (!person) continue;
    chosen.add(person.id);
    members.push({ approverId: person.id, approverRole: 'role' in member ? member.role : 'member' });
  }
  return { members, quorum: committee.quorum, rejection: committee.rejection };
}
