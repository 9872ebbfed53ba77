import { localTime } from '#shared/calendar.ts';
import { emailParts } from '#shared/html.ts';
import type { Topic } from './model.ts';

/** The emails of training, in the reader's language. */
type Language = 'zh-CN' | 'en';

export const TOPIC_NAMES: Record<Topic, Record<Language, string>> = {
  product_knowledge: { en: 'Product knowledge', 'zh-CN': '产品知识' },
  sales_skills: { en: 'Sales skills', 'zh-CN': '销售技巧' },
  customer_service: { en: 'Customer service', 'zh-CN': '客户服务' },
  market_analysis: { en: 'Market analysis', 'zh-CN': '市场分析' },
  industry_knowledge: { en: 'Industry knowledge', 'zh-CN': '行业知识' },
};

/** To a person asked in a needs survey: answer by the link, until the survey closes. */
export function surveyEmail(
  language: Language,
  name: string,
  survey: { title: string; closesOn: string },
  url: string,
) {
  return language === 'en'
    ? {
        subject: `Training needs survey: ${survey.title}`,
        ...emailParts([
          `Dear ${name},`,
          `Which training would help you most? Please rate your needs in product knowledge, sales skills, customer service, market analysis and industry knowledge by ${survey.closesOn}. The link works once:`,
          url,
        ]),
      }
    : {
        subject: `培训需求调查：${survey.title}`,
        ...emailParts([
          `${name}您好：`,
          `请于 ${survey.closesOn} 前就产品知识、销售技巧、客户服务、市场分析和行业知识填写您的培训需求。链接仅可使用一次：`,
          url,
        ]),
      };
}

/** To an invited person: the session, when and where, and the link to sign in there. */
export function invitationEmail(
  language: Language,
  name: string,
  session: {
    title: string;
    topic: Topic;
    startsAt: string;
    endsAt: string;
    place: string;
    trainerName: string;
  },
  url: string,
  /** The session changed since the invitation: this one replaces it (and its link). */
  changed = false,
) {
  const when = `${localTime(session.startsAt)} – ${localTime(session.endsAt)}`;
  return language === 'en'
    ? {
        subject: `${changed ? 'Training changed' : 'Training invitation'}: ${session.title}`,
        ...emailParts([
          `Dear ${name},`,
          `${changed ? 'The training has changed; this replaces the earlier invitation and its link. ' : ''}You are invited to the training "${session.title}" (${TOPIC_NAMES[session.topic].en}), ${when}, at ${session.place}, given by ${session.trainerName}.`,
          'At the session, sign in with this link (it opens an hour before the start and works once):',
          url,
        ]),
      }
    : {
        subject: `${changed ? '培训变更' : '培训通知'}：${session.title}`,
        ...emailParts([
          `${name}您好：`,
          `${changed ? '培训安排已变更，本通知取代此前的通知及其链接。' : ''}诚邀您参加培训「${session.title}」（${TOPIC_NAMES[session.topic]['zh-CN']}），时间 ${when}，地点 ${session.place}，讲师 ${session.trainerName}。`,
          '请在培训现场用此链接签到（开始前一小时起可用，仅可使用一次）：',
          url,
        ]),
      };
}

/** To an invited person: the session will not take place, and why. */
export function cancellationEmail(
  language: Language,
  name: string,
  session: { title: string; startsAt: string; cancelledReason?: string | undefined },
) {
  const when = localTime(session.startsAt);
  return language === 'en'
    ? {
        subject: `Training cancelled: ${session.title}`,
        ...emailParts([
          `Dear ${name},`,
          `The training "${session.title}" of ${when} is cancelled${session.cancelledReason ? `: ${session.cancelledReason}` : '.'}`,
        ]),
      }
    : {
        subject: `培训取消：${session.title}`,
        ...emailParts([
          `${name}您好：`,
          `原定于 ${when} 的培训「${session.title}」已取消${session.cancelledReason ? `，原因：${session.cancelledReason}` : '。'}`,
        ]),
      };
}
