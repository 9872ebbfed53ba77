import { createHash } from 'node:crypto';
import { addDays } from '#shared/calendar.ts';
import { nextVersion } from '#shared/clock.ts';
import { conflict, notAllowed } from '#shared/domain-errors.ts';
import type {
  AuditFinding,
  AuditSummary,
  ExpenseAudit,
  FindingDecision,
  SampleReason,
  SamplingRule,
} from './audit-model.ts';
import type { Claim } from './model.ts';

/** Days the claimant and the manager have to answer a finding, unless the auditor names a day. */
export const RESPONSE_DAYS = 14;

/**
 * The random part of the draw: a claim is drawn when the hash of the audit's seed and its id falls
 * in the share. Anyone with the seed can draw the same sample again; nobody can know it before.
 */
export function drawn(seed: string, claimId: string, share: number): boolean {
  const digest = createHash('sha256').update(`${seed}:${claimId}`).digest();
  return digest.readUInt32BE(0) / 0x1_0000_0000 < share;
}

/** Why the rule samples a claim (none: not sampled). */
export function sampleReasons(claim: Claim, rule: SamplingRule, seed: string): SampleReason[] {
  const reasons: SampleReason[] = [];
  if (claim.amount >= rule.amountAtLeast) reasons.push('amount');
  if (rule.categories.includes(claim.category)) reasons.push('category');
  if (rule.claimants.includes(claim.claimantId)) reasons.push('claimant');
  if (reasons.length === 0 && drawn(seed, claim.id, rule.randomShare)) reasons.push('random');
  return reasons;
}

/**
 * The sample of a period's claims: every claim a part of the rule names, at most `maxSample`, those
 * with most reasons first, then the largest, then by id (the same claims give the same sample).
 */
export function drawSample(
  claims: readonly Claim[],
  rule: SamplingRule,
  seed: string,
): { claim: Claim; reasons: SampleReason[] }[] {
  return claims
    .map((claim) => ({ claim, reasons: sampleReasons(claim, rule, seed) }))
    .filter((entry) => entry.reasons.length > 0)
    .sort(
      (a, b) =>
        b.reasons.length - a.reasons.length ||
        b.claim.amount - a.claim.amount ||
        a.claim.id.localeCompare(b.claim.id),
    )
    .slice(0, rule.maxSample);
}

/** A period is audited once it has ended: the audit looks back. */
export function assertAuditable(periodMonths: readonly string[], today: string): void {
  if (periodMonths.at(-1)! >= today.slice(0, 7))
    throw conflict(
      `The period has not ended yet: it can be audited from ${addMonth(periodMonths.at(-1)!)}-01.`,
    );
}
const addMonth = (month: string) => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
};

function assertOpen(audit: ExpenseAudit): void {
  if (audit.status !== 'open') throw conflict(`The audit of ${audit.period} is closed.`);
}

/**
 * The auditor's finding on a sampled claim: compliant, or a finding with its severity and the
 * action asked for. Nobody audits their own claim; once someone answered, the finding stands.
 */
export function decidedFinding(
  audit: ExpenseAudit,
  finding: AuditFinding,
  decision: FindingDecision,
  auditorId: string,
  today: string,
  now: string,
): AuditFinding {
  assertOpen(audit);
  if (finding.claimantId === auditorId)
    throw notAllowed('Nobody audits their own claim: another auditor does.');
  if (finding.claimantResponse || finding.managerResponse)
    throw conflict('The finding has been answered: it stands as it was.');
  const {
    severity: _severity,
    observation: _observation,
    requestedAction: _action,
    respondBy: _respondBy,
    ...rest
  } = finding;
  return nextVersion(
    {
      ...rest,
      outcome: decision.outcome,
      ...(decision.observation !== undefined ? { observation: decision.observation } : {}),
      ...(decision.outcome === 'finding'
        ? {
            severity: decision.severity,
            requestedAction: decision.requestedAction,
            respondBy: decision.respondBy ?? addDays(today, RESPONSE_DAYS),
          }
        : {}),
      auditorId,
      decidedAt: now,
    },
    now,
  );
}

/**
 * A response to a finding: the claimant's (theirs), or the sales manager's (about someone else's
 * claim). Each answers once; a compliant claim needs no answer.
 */
export function answeredFinding(
  audit: ExpenseAudit,
  finding: AuditFinding,
  caller: { id: string; isManager: boolean },
  text: string,
  now: string,
): AuditFinding {
  assertOpen(audit);
  if (finding.outcome !== 'finding') throw conflict('Only a finding is answered; this claim has none.');
  const slot =
    finding.claimantId === caller.id ? 'claimantResponse' : caller.isManager ? 'managerResponse' : undefined;
  if (!slot) throw notAllowed('Only the claimant and the sales manager answer a finding.');
  if (finding[slot])
    throw conflict(`The ${slot === 'claimantResponse' ? 'claimant' : 'manager'} has answered already.`);
  return nextVersion({ ...finding, [slot]: { by: caller.id, at: now, text } }, now);
}

/** What a period's findings add up to. */
export function summarize(population: number, findings: readonly AuditFinding[]): AuditSummary {
  const summary: AuditSummary = {
    population,
    sampled: findings.length,
    pending: 0,
    compliant: 0,
    findings: { low: 0, medium: 0, high: 0 },
    sampledAmount: 0,
    findingAmount: 0,
    awaitingClaimant: 0,
    awaitingManager: 0,
  };
  for (const finding of findings) {
    summary.sampledAmount += finding.amount;
    if (finding.outcome === 'pending') summary.pending++;
    else if (finding.outcome === 'compliant') summary.compliant++;
    else {
      summary.findings[finding.severity!]++;
      summary.findingAmount += finding.amount;
      if (!finding.claimantResponse) summary.awaitingClaimant++;
      if (!finding.managerResponse) summary.awaitingManager++;
    }
  }
  return summary;
}

/** The auditor closes the period once every sampled claim has its finding. */
export function closedAudit(
  audit: ExpenseAudit,
  findings: readonly AuditFinding[],
  auditorId: string,
  conclusion: string,
  now: string,
): ExpenseAudit {
  assertOpen(audit);
  const pending = findings.filter((finding) => finding.outcome === 'pending').length;
  if (pending > 0) throw conflict(`${pending} sampled claim(s) have no finding yet.`);
  return nextVersion(
    { ...audit, status: 'closed' as const, closedBy: auditorId, closedAt: now, conclusion },
    now,
  );
}
