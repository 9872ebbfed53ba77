import { companySettings } from '#shared/company.ts';
import { emailParts } from '#shared/html.ts';

/** The emails about service tickets and appreciation events, in the reader's language. */
type Language = 'zh-CN' | 'en';
type Email = { subject: string; text: string; html: string };

const short = (id: string) => id.slice(-8);

const DEPARTMENT_NAMES: Record<string, Record<Language, string>> = {
  after_sales: { en: 'after-sales service', 'zh-CN': '售后服务部' },
  production: { en: 'production', 'zh-CN': '生产部' },
  logistics: { en: 'logistics', 'zh-CN': '物流部' },
  finance: { en: 'finance', 'zh-CN': '财务部' },
};

/** To the people of the department a ticket was routed to. */
export function ticketArrivedEmail(
  language: Language,
  name: string,
  ticket: { id: string; department: string; severity: string; description: string; resolveBy: string },
  url: string,
): Email {
  const department = DEPARTMENT_NAMES[ticket.department]?.[language] ?? ticket.department;
  return language === 'en'
    ? {
        subject: `Service ticket ${short(ticket.id)} for ${department} (${ticket.severity})`,
        ...emailParts([
          `Dear ${name},`,
          `A customer problem was routed to ${department}: ${ticket.description}`,
          `To be solved by ${ticket.resolveBy}.`,
          url,
        ]),
      }
    : {
        subject: `服务工单 ${short(ticket.id)} 已转至${department}（${ticket.severity}）`,
        ...emailParts([
          `${name}您好：`,
          `一个客户问题已转至${department}：${ticket.description}`,
          `请于 ${ticket.resolveBy} 前解决。`,
          url,
        ]),
      };
}

export function visitEmail(
  language: Language,
  name: string,
  ticketId: string,
  plannedFor: string,
  url: string,
): Email {
  return language === 'en'
    ? {
        subject: `On-site visit for ticket ${short(ticketId)} on ${plannedFor}`,
        ...emailParts([
          `Dear ${name},`,
          `You are planned for an on-site visit on ${plannedFor}. Record the work done, the parts used and the outcome after the visit.`,
          url,
        ]),
      }
    : {
        subject: `工单 ${short(ticketId)} 上门服务：${plannedFor}`,
        ...emailParts([
          `${name}您好：`,
          `已安排您于 ${plannedFor} 上门服务。服务后请记录工作内容、所用备件和结果。`,
          url,
        ]),
      };
}

/** To the owner before a deadline, or to the manager and the owner after it. */
export function deadlineEmail(
  language: Language,
  name: string,
  ticketId: string,
  deadline: 'response' | 'resolution',
  dueAt: string,
  overdue: boolean,
  url: string,
): Email {
  const id = short(ticketId);
  if (language === 'en') {
    const what = deadline === 'response' ? 'a response' : 'a solution';
    return overdue
      ? {
          subject: `Ticket ${id} is overdue`,
          ...emailParts([`Dear ${name},`, `Ticket ${id} needed ${what} by ${dueAt} and has none.`, url]),
        }
      : {
          subject: `Ticket ${id} is due soon`,
          ...emailParts([`Dear ${name},`, `Ticket ${id} needs ${what} by ${dueAt}.`, url]),
        };
  }
  const what = deadline === 'response' ? '响应' : '解决';
  return overdue
    ? {
        subject: `工单 ${id} 已超期`,
        ...emailParts([`${name}您好：`, `工单 ${id} 应于 ${dueAt} 前${what}，目前仍未${what}。`, url]),
      }
    : {
        subject: `工单 ${id} 即将到期`,
        ...emailParts([`${name}您好：`, `工单 ${id} 须于 ${dueAt} 前${what}。`, url]),
      };
}

/** To the customer's contact when their problem is solved: how it was solved and the rating link. */
export function ratingEmail(
  language: Language,
  contactName: string,
  ticketId: string,
  solution: string,
  link: { url: string; expiresOn: string },
): Email {
  const company = companySettings().name[language];
  return language === 'en'
    ? {
        subject: `Your service request ${short(ticketId)} is solved: how did we do?`,
        ...emailParts(
          [
            `Dear ${contactName},`,
            `Your service request ${short(ticketId)} is solved: ${solution}`,
            `Please rate our service (1 to 5) by ${link.expiresOn}; the link works once:`,
            link.url,
          ],
          [company],
        ),
      }
    : {
        subject: `您的服务请求 ${short(ticketId)} 已解决，请评价`,
        ...emailParts(
          [
            `${contactName}您好：`,
            `您的服务请求 ${short(ticketId)} 已解决：${solution}`,
            `请于 ${link.expiresOn} 前为我们的服务评分（1–5 分），链接仅可使用一次：`,
            link.url,
          ],
          [company],
        ),
      };
}

/** The manager's monthly summary of the most common problems. */
export function problemSummaryEmail(
  language: Language,
  name: string,
  month: string,
  problems: readonly {
    product: string;
    category: string;
    count: number;
    solution?: { problem: string; solution: string };
  }[],
): Email {
  // Each problem with the latest solution the knowledge base holds for it, on the line below.
  const known = language === 'en' ? 'Known solution' : '已知解决办法';
  const lines = problems.flatMap((problem, index) => [
    `${index + 1}. ${problem.product} · ${problem.category}: ${problem.count}`,
    ...(problem.solution ? [`   ${known}: ${problem.solution.problem} → ${problem.solution.solution}`] : []),
  ]);
  return language === 'en'
    ? {
        subject: `The most common customer problems of ${month}`,
        ...emailParts([
          `Dear ${name},`,
          problems.length > 0
            ? `Tickets opened in ${month} by product and problem:`
            : `No tickets were opened in ${month}.`,
          ...lines,
        ]),
      }
    : {
        subject: `${month} 常见客户问题汇总`,
        ...emailParts([
          `${name}您好：`,
          problems.length > 0 ? `${month} 新建工单按产品和问题类别统计：` : `${month} 没有新建工单。`,
          ...lines,
        ]),
      };
}

/**
 * To the customer's contact: their order is complete and how to report a problem (the link), or,
 * after a report, that it is recorded (with a fresh link for the next one).
 */
export function serviceLinkEmail(
  language: Language,
  contactName: string,
  about: { orderId: string } | { ticketId: string },
  link: { url: string; expiresOn: string },
): Email {
  const company = companySettings().name[language];
  const report = 'orderId' in about;
  const id = short(report ? about.orderId : about.ticketId);
  return language === 'en'
    ? {
        subject: report ? `Your order ${id} is complete` : `We have your service request ${id}`,
        ...emailParts(
          [
            `Dear ${contactName},`,
            report
              ? `Thank you for your order ${id}. Should anything go wrong with it, tell us here:`
              : `Your service request ${id} is recorded; our service team will contact you. For another problem with the same order:`,
            link.url,
            `(The link works once and until ${link.expiresOn}.)`,
          ],
          [company],
        ),
      }
    : {
        subject: report ? `您的订单 ${id} 已完成` : `已收到您的服务请求 ${id}`,
        ...emailParts(
          [
            `${contactName}您好：`,
            report
              ? `感谢您的订单 ${id}。如使用中遇到任何问题，请通过以下链接告知我们：`
              : `已记录您的服务请求 ${id}，售后服务人员将与您联系。同一订单如有其他问题，请使用：`,
            link.url,
            `（链接仅可使用一次，有效期至 ${link.expiresOn}。）`,
          ],
          [company],
        ),
      };
}
