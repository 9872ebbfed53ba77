import { emailParts } from '#shared/html.ts';

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
