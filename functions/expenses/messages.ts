import { emailParts } from '#shared/html.ts';
import { formatMoney } from '#shared/money.ts';
import { claimTitle } from './rules.ts';

/** Finance refused a claim: the reason, to the claimant and management, in their language. */
export function refusalEmail(language: 'zh-CN' | 'en', name: string, claimId: string, reason: string) {
  const title = claimTitle({ id: claimId }, language);
  return language === 'en'
    ? {
        subject: `${title} refused by finance`,
        ...emailParts([`Dear ${name},`, `Finance refused ${title}: ${reason}`]),
      }
    : {
        subject: `${title}被财务拒付`,
        ...emailParts([`${name}您好：`, `财务拒付${title}，原因：${reason}`]),
      };
}

/** Finance paid a claim: how much, on which day, under which reference. */
export function paidEmail(
  language: 'zh-CN' | 'en',
  name: string,
  payment: { claimId: string; amount: number; currency: string; paidOn: string; reference: string },
) {
  const title = claimTitle({ id: payment.claimId }, language);
  const amount = formatMoney(payment.amount, payment.currency);
  return language === 'en'
    ? {
        subject: `${title} paid`,
        ...emailParts([
          `Dear ${name},`,
          `Finance paid ${title}: ${amount} on ${payment.paidOn} (reference ${payment.reference}).`,
        ]),
      }
    : {
        subject: `${title}已付款`,
        ...emailParts([
          `${name}您好：`,
          `财务已于 ${payment.paidOn} 支付${title}：${amount}（凭证号 ${payment.reference}）。`,
        ]),
      };
}

type Language = 'zh-CN' | 'en';
const SEVERITY_ZH = { low: '低', medium: '中', high: '高' } as const;

/** The auditors: a period's sample is drawn and waits for their findings. */
export function auditOpenedEmail(
  language: Language,
  name: string,
  audit: { period: string; sampled: number; population: number },
) {
  const route = `GET /expense-audits/${audit.period}`;
  return language === 'en'
    ? {
        subject: `Expense audit ${audit.period}: ${audit.sampled} claims sampled`,
        ...emailParts([
          `Dear ${name},`,
          `The audit of ${audit.period} drew ${audit.sampled} of ${audit.population} approved and paid claims by the published rule. Each waits for your finding (${route}).`,
        ]),
      }
    : {
        subject: `${audit.period} 费用审计：抽取 ${audit.sampled} 笔报销`,
        ...emailParts([
          `${name}您好：`,
          `${audit.period} 费用审计已按公布的抽样规则从 ${audit.population} 笔已批准和已付款的报销中抽取 ${audit.sampled} 笔，请逐笔记录审计结论（${route}）。`,
        ]),
      };
}

/** The claimant and the sales manager: a finding on a claim, the action asked for, and by when to answer. */
export function findingEmail(
  language: Language,
  name: string,
  finding: {
    period: string;
    claimId: string;
    severity: 'low' | 'medium' | 'high';
    requestedAction: string;
    respondBy: string;
  },
) {
  const title = claimTitle({ id: finding.claimId }, language);
  const route = `POST /expense-audits/${finding.period}/findings/${finding.claimId}/responses`;
  return language === 'en'
    ? {
        subject: `Audit finding (${finding.severity}) on ${title}`,
        ...emailParts([
          `Dear ${name},`,
          `The audit of ${finding.period} found an issue of ${finding.severity} severity with ${title}.`,
          `Action requested: ${finding.requestedAction}`,
          `Please answer by ${finding.respondBy} (${route}).`,
        ]),
      }
    : {
        subject: `${title}审计发现问题（${SEVERITY_ZH[finding.severity]}）`,
        ...emailParts([
          `${name}您好：`,
          `${finding.period} 费用审计发现${title}存在问题，严重程度：${SEVERITY_ZH[finding.severity]}。`,
          `整改要求：${finding.requestedAction}`,
          `请于 ${finding.respondBy} 前答复（${route}）。`,
        ]),
      };
}

/** Management and finance: the period's audit report. */
export function auditReportEmail(
  language: Language,
  name: string,
  report: {
    period: string;
    conclusion: string;
    currency: string;
    summary: {
      population: number;
      sampled: number;
      compliant: number;
      findings: { low: number; medium: number; high: number };
      sampledAmount: number;
      findingAmount: number;
      awaitingClaimant: number;
      awaitingManager: number;
    };
  },
) {
  const { summary: s } = report;
  const money = (value: number) => formatMoney(value, report.currency);
  return language === 'en'
    ? {
        subject: `Expense audit ${report.period}: report`,
        ...emailParts([
          `Dear ${name},`,
          `Sampled ${s.sampled} of ${s.population} claims (${money(s.sampledAmount)}): ${s.compliant} compliant; findings: ${s.findings.high} high, ${s.findings.medium} medium, ${s.findings.low} low (${money(s.findingAmount)}).`,
          `Answers outstanding: ${s.awaitingClaimant} from claimants, ${s.awaitingManager} from the sales manager.`,
          `Conclusion: ${report.conclusion}`,
        ]),
      }
    : {
        subject: `${report.period} 费用审计报告`,
        ...emailParts([
          `${name}您好：`,
          `抽查 ${s.population} 笔中的 ${s.sampled} 笔（${money(s.sampledAmount)}）：合规 ${s.compliant} 笔；问题 高 ${s.findings.high}、中 ${s.findings.medium}、低 ${s.findings.low} 笔（${money(s.findingAmount)}）。`,
          `待答复：报销人 ${s.awaitingClaimant} 笔，销售经理 ${s.awaitingManager} 笔。`,
          `审计结论：${report.conclusion}`,
        ]),
      };
}
