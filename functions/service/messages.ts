import { companySettings } from '#shared/company.ts';
import { emailParts } from '#shared/html.ts';

/** The emails of the complaint channel, in the reader's language. */
type Language = 'zh-CN' | 'en';

export const complaintTitle = (id: string, language: Language) =>
  language === 'en' ? `Your complaint ${id.slice(-8)}` : `您的投诉 ${id.slice(-8)}`;

/** To the customer's contact: the answer, signed by the company, replies going to the rep. */
export function answerEmail(language: Language, contactName: string, complaintId: string, answer: string) {
  const company = companySettings().name[language];
  const title = complaintTitle(complaintId, language);
  return language === 'en'
    ? {
        subject: `${title}: our answer`,
        ...emailParts(
          [
            `Dear ${contactName},`,
            `Thank you for telling us. Our answer to ${title.toLowerCase()}:`,
            answer,
            '',
            'Please reply to this email if the problem is not solved.',
          ],
          [company],
        ),
      }
    : {
        subject: `${title}：处理答复`,
        ...emailParts(
          [
            `${contactName}您好：`,
            `感谢您的反馈。关于${title}，我们的答复如下：`,
            answer,
            '',
            '如问题仍未解决，请直接回复本邮件。',
          ],
          [company],
        ),
      };
}

/** To the sales manager and the owner: an open complaint passed its deadline unanswered. */
export function overdueEmail(language: Language, name: string, complaintId: string, dueAt: string) {
  const id = complaintId.slice(-8);
  return language === 'en'
    ? {
        subject: `Complaint ${id} is overdue`,
        ...emailParts([`Dear ${name},`, `Complaint ${id} was to be answered by ${dueAt} and is still open.`]),
      }
    : {
        subject: `投诉 ${id} 已超期`,
        ...emailParts([`${name}您好：`, `投诉 ${id} 应于 ${dueAt} 前答复，目前仍未处理。`]),
      };
}

/** To a key customer's contact: an appreciation event, with the single-use link to answer. */
export function invitationEmail(
  language: Language,
  contactName: string,
  event: { title: string; date: string; place: string; description?: string | undefined },
  url: string,
) {
  const company = companySettings().name[language];
  return language === 'en'
    ? {
        subject: `Invitation: ${event.title}`,
        ...emailParts(
          [
            `Dear ${contactName},`,
            `Thank you for your long cooperation. ${company} invites you to ${event.title} on ${event.date} at ${event.place}.`,
            ...(event.description ? [event.description] : []),
            'Please let us know whether you will attend (the link works once):',
            url,
          ],
          [company],
        ),
      }
    : {
        subject: `邀请函：${event.title}`,
        ...emailParts(
          [
            `${contactName}您好：`,
            `感谢您长期以来的合作与支持。${company}诚邀您于 ${event.date} 在${event.place}参加${event.title}。`,
            ...(event.description ? [event.description] : []),
            '请通过以下链接告知是否出席（链接仅可使用一次）：',
            url,
          ],
          [company],
        ),
      };
}
