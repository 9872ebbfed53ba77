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
