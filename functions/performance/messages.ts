import { emailParts } from '#shared/html.ts';
import { formatMoney } from '#shared/money.ts';

/** The emails of evaluations, in the reader's language. */
type Language = 'zh-CN' | 'en';

/** To a rater: rate a rep in a quarter's or a year's evaluation, by the link, by the deadline. */
export function ratingRequestEmail(
  language: Language,
  raterName: string,
  request: { employeeName: string; period: string },
  link: { url: string; dueOn: string },
) {
  return language === 'en'
    ? {
        subject: `Please rate ${request.employeeName} for ${request.period}`,
        ...emailParts([
          `Dear ${raterName},`,
          `${request.employeeName}'s evaluation for ${request.period} asks for your rating of their attitude, teamwork, communication and problem solving (1 to 5), by ${link.dueOn}. The link works once:`,
          link.url,
        ]),
      }
    : {
        subject: `请为 ${request.employeeName} 的 ${request.period} 考核评分`,
        ...emailParts([
          `${raterName}您好：`,
          `${request.employeeName} 的 ${request.period} 考核需要您就工作态度、团队合作、沟通能力和解决问题能力评分（1–5 分），请于 ${link.dueOn} 前完成。链接仅可使用一次：`,
          link.url,
        ]),
      };
}

/** To the rep: their graded evaluation. */
export function gradedEmail(
  language: Language,
  name: string,
  result: { period: string; grade?: string | undefined; compositeScore?: number | undefined },
) {
  const grades: Record<string, Record<Language, string>> = {
    excellent: { en: 'excellent', 'zh-CN': '优秀' },
    good: { en: 'good', 'zh-CN': '良好' },
    pass: { en: 'pass', 'zh-CN': '合格' },
    fail: { en: 'fail', 'zh-CN': '不合格' },
  };
  const grade = result.grade ? grades[result.grade]![language] : language === 'en' ? 'no grade' : '无等级';
  return language === 'en'
    ? {
        subject: `Your evaluation for ${result.period}: ${grade}`,
        ...emailParts([
          `Dear ${name},`,
          `Your evaluation for ${result.period} is graded ${grade}${result.compositeScore !== undefined ? ` (composite score ${result.compositeScore})` : ''}. You can read it and comment on it in the sales system.`,
        ]),
      }
    : {
        subject: `您的 ${result.period} 考核结果：${grade}`,
        ...emailParts([
          `${name}您好：`,
          `您的 ${result.period} 考核结果为${grade}${result.compositeScore !== undefined ? `（综合得分 ${result.compositeScore}）` : ''}。可在销售系统中查看并提出意见。`,
        ]),
      };
}

/** To the sales manager and the rep's supervisor: a coaching plan is due for its review. */
export function coachingReviewEmail(
  language: Language,
  name: string,
  plan: {
    repName: string;
    employeeId: string;
    period: string;
    run: number;
    goals: string[];
    reviewOn: string;
  },
  apiUrl: string,
) {
  const where = `POST ${apiUrl}/coaching-plans/${plan.employeeId}/${plan.period}/${plan.run}/review`;
  return language === 'en'
    ? {
        subject: `Coaching plan of ${plan.repName} (${plan.period}) is due for review`,
        ...emailParts([
          `Dear ${name},`,
          `${plan.repName} failed the ${plan.period} evaluation; the coaching plan's review (the re-examination) is due on ${plan.reviewOn}. Its goals:`,
          ...plan.goals.map((goal) => `• ${goal}`),
          `Record whether ${plan.repName} improved (outcome improved or not_improved, with a note): ${where}`,
          'Not improved, the rep is flagged for your decision on reassignment or dismissal.',
        ]),
      }
    : {
        subject: `${plan.repName} 的辅导计划（${plan.period}）到期复核`,
        ...emailParts([
          `${name}您好：`,
          `${plan.repName} 在 ${plan.period} 考核中不合格，其辅导计划应于 ${plan.reviewOn} 复核（补考）。目标：`,
          ...plan.goals.map((goal) => `• ${goal}`),
          `请记录复核结果（improved 已改善 / not_improved 未改善，并附说明）：${where}`,
          '未改善的，将提请您决定调岗或辞退。',
        ]),
      };
}

/** To the employee: an honour or award granted to them. */
export function awardEmail(language: Language, name: string, award: { period: string; title: string }) {
  return language === 'en'
    ? {
        subject: `Congratulations: ${award.title}`,
        ...emailParts([
          `Dear ${name},`,
          `You have been awarded “${award.title}” for ${award.period}. Congratulations, and thank you for your work.`,
        ]),
      }
    : {
        subject: `祝贺您获得「${award.title}」`,
        ...emailParts([
          `${name}您好：`,
          `您获得 ${award.period}「${award.title}」，特此表彰，感谢您的付出！`,
        ]),
      };
}

/** To a rep: the quarter's commission as finance approved it, and where the statement is. */
export function commissionEmail(
  language: Language,
  name: string,
  statement: { period: string; employeeId: string; commission: number; currency: string },
) {
  const amount = formatMoney(statement.commission, statement.currency);
  const route = `GET /commissions/${statement.period}/statements/${statement.employeeId}`;
  return language === 'en'
    ? {
        subject: `Your commission for ${statement.period}: ${amount}`,
        ...emailParts([
          `Dear ${name},`,
          `Finance approved the ${statement.period} commission payout. Your commission is ${amount}; the statement shows the money collected, the tier and each product’s part (${route}).`,
        ]),
      }
    : {
        subject: `您的 ${statement.period} 销售提成：${amount}`,
        ...emailParts([
          `${name}您好：`,
          `财务已批准 ${statement.period} 销售提成发放，您的提成为 ${amount}。回款、档位及各产品明细见提成单（${route}）。`,
        ]),
      };
}
