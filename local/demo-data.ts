import { ulid } from 'ulid';
import { contactWrites, createCustomerWrites, interactionWrites } from '../functions/customers/store.ts';
import type { Contact, Customer, Interaction } from '../functions/customers/model.ts';
import { budgetLines } from '../functions/expenses/rules.ts';
import { fileBudgetLines } from '../functions/expenses/store.ts';
import type { Employee } from '../functions/employees/model.ts';
import { joiningWrites } from '../functions/employees/store.ts';
import type { Role } from '../functions/shared/roles.ts';
import { forEachConcurrently } from '../functions/shared/concurrency.ts';
import { commit } from '../functions/shared/transaction.ts';
import { DEFAULT_SERVICE_SETTINGS } from '../functions/service/settings.ts';
import {
  newTicketRecord,
  productKey,
  solveTicket,
  ticketDeadlines,
} from '../functions/service/ticket-rules.ts';
import { knowledgeWrite, problemCountWrite, ticketWrites } from '../functions/service/store.ts';
import type { Ticket } from '../functions/service/model.ts';
import type { Targets } from '../functions/performance/model.ts';
import { splitAnnual } from '../functions/performance/rules.ts';
import { targetsWrites } from '../functions/performance/store.ts';
import { writeDemoHistory } from './demo-history.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * A demo company, 华东精密机械有限公司 (East China Precision Machinery): one employee or more per
 * role, a supervisor chain, and customers across industries and regions with contacts and
 * communication records. Ids come from a seeded generator, so they are the same on every machine
 * and tokens stay valid across a reset.
 */
const random = seededRandom(20261128);
const EPOCH = Date.parse('2024-01-08T01:00:00Z');
const demoId = (offsetMinutes: number) => ulid(EPOCH + offsetMinutes * 60_000, random);
const DOMAIN = 'hd-machinery.example';
const FILED_FROM = Date.parse('2021-05-10T02:00:00Z');

interface DemoEmployee {
  key: string;
  name: string;
  roles: Role[];
  supervisor?: string;
  title: string;
  locale: 'zh-CN' | 'en';
}

const PEOPLE: DemoEmployee[] = [
  { key: 'zhou.jun', name: '周军', roles: ['general_manager'], title: '总经理', locale: 'zh-CN' },
  {
    key: 'wang.qiang',
    name: '王强',
    roles: ['sales_manager', 'supervisor'],
    supervisor: 'zhou.jun',
    title: '销售经理',
    locale: 'zh-CN',
  },
  {
    key: 'li.na',
    name: '李娜',
    roles: ['sales_rep'],
    supervisor: 'zhang.wei',
    title: '销售代表',
    locale: 'zh-CN',
  },
  {
    key: 'chen.jie',
    name: '陈杰',
    roles: ['sales_rep'],
    supervisor: 'zhang.wei',
    title: '销售代表',
    locale: 'zh-CN',
  },
  {
    key: 'zhang.wei',
    name: '张伟',
    roles: ['supervisor', 'sales_rep'],
    supervisor: 'wang.qiang',
    title: '销售主管',
    locale: 'zh-CN',
  },
  {
    key: 'emily.carter',
    name: 'Emily Carter',
    roles: ['sales_rep'],
    supervisor: 'wang.qiang',
    title: 'Export Sales Representative',
    locale: 'en',
  },
  {
    key: 'liu.fang',
    name: '刘芳',
    roles: ['sales_admin'],
    supervisor: 'wang.qiang',
    title: '销售内勤',
    locale: 'zh-CN',
  },
  { key: 'zhao.min', name: '赵敏', roles: ['legal'], title: '法务专员', locale: 'zh-CN' },
  { key: 'sun.li', name: '孙丽', roles: ['finance'], title: '财务主管', locale: 'zh-CN' },
  { key: 'wu.gang', name: '吴刚', roles: ['production'], title: '生产计划员', locale: 'zh-CN' },
  { key: 'zheng.hao', name: '郑浩', roles: ['logistics'], title: '物流专员', locale: 'zh-CN' },
  { key: 'huang.lei', name: '黄磊', roles: ['technician'], title: '售后工程师', locale: 'zh-CN' },
  { key: 'xu.jing', name: '徐静', roles: ['auditor'], title: '内审专员', locale: 'zh-CN' },
];

const createdAt = new Date(EPOCH).toISOString();
const idsByKey = new Map(PEOPLE.map((person, index) => [person.key, demoId(index)]));

export const DEMO_EMPLOYEES: Employee[] = PEOPLE.map((person) => ({
  id: idsByKey.get(person.key)!,
  name: person.name,
  email: `${person.key}@${DOMAIN}`,
  roles: person.roles,
  ...(person.supervisor ? { supervisorId: idsByKey.get(person.supervisor)! } : {}),
  title: person.title,
  locale: person.locale,
  status: 'active',
  joinedOn: createdAt.slice(0, 10),
  version: 1,
  createdAt,
  updatedAt: createdAt,
}));

const employee = (key: string) => DEMO_EMPLOYEES.find((candidate) => candidate.email.startsWith(`${key}@`))!;

type Source = Customer['source'];
// name, industry, region, size, source, owner, status, influence
const COMPANIES: [string, string, string, Customer['size'], Source, string, Customer['status'], number][] = [
  [
    '上海汇通汽车零部件有限公司',
    'automotive parts',
    '华东',
    'large',
    'industry_report',
    'li.na',
    'active',
    4,
  ],
  ['苏州新锐电子科技有限公司', 'electronics', '华东', 'medium', 'web_search', 'li.na', 'active', 3],
  ['杭州绿源食品机械有限公司', 'food processing', '华东', 'medium', 'referral', 'li.na', 'prospect', 2],
  ['宁波海天包装材料有限公司', 'packaging', '华东', 'small', 'market_research', 'li.na', 'active', 2],
  ['南京金陵制药设备有限公司', 'pharmaceutical', '华东', 'large', 'referral', 'li.na', 'dormant', 3],
  [
    '广州粤峰工程机械有限公司',
    'construction machinery',
    '华南',
    'enterprise',
    'industry_report',
    'chen.jie',
    'active',
    5,
  ],
  ['深圳创维智能装备有限公司', 'electronics', '华南', 'large', 'web_search', 'chen.jie', 'active', 4],
  ['东莞立信纺织机械厂', 'textiles', '华南', 'medium', 'market_research', 'chen.jie', 'prospect', 2],
  ['佛山顺德家电配件有限公司', 'home appliances', '华南', 'medium', 'referral', 'chen.jie', 'active', 3],
  ['厦门海沧船舶配套有限公司', 'shipbuilding', '华南', 'large', 'industry_report', 'chen.jie', 'lost', 3],
  ['北京中科能源装备有限公司', 'energy', '华北', 'enterprise', 'industry_report', 'zhang.wei', 'active', 5],
  ['天津滨海重工有限公司', 'construction machinery', '华北', 'large', 'referral', 'zhang.wei', 'active', 4],
  [
    '石家庄华北农机有限公司',
    'agricultural machinery',
    '华北',
    'medium',
    'market_research',
    'zhang.wei',
    'prospect',
    2,
  ],
  ['太原晋泰铸造有限公司', 'foundry', '华北', 'small', 'web_search', 'zhang.wei', 'dormant', 1],
  ['武汉江城汽车模具有限公司', 'automotive parts', '华中', 'medium', 'referral', 'zhang.wei', 'active', 3],
  ['长沙湘江工程机械配件厂', 'construction machinery', '华中', 'small', 'other', 'li.na', 'prospect', 2],
  ['成都天府电子设备有限公司', 'electronics', '西南', 'medium', 'web_search', 'chen.jie', 'active', 3],
  [
    '重庆山城摩托车配件有限公司',
    'automotive parts',
    '西南',
    'large',
    'market_research',
    'chen.jie',
    'active',
    4,
  ],
  ['西安秦川航空零件有限公司', 'aerospace', '西北', 'large', 'industry_report', 'wang.qiang', 'active', 5],
  ['沈阳北方机床有限公司', 'machine tools', '东北', 'enterprise', 'referral', 'wang.qiang', 'active', 4],
  [
    'Nordic Process Equipment AB',
    'food processing',
    'overseas',
    'medium',
    'web_search',
    'emily.carter',
    'prospect',
    2,
  ],
  [
    'Pacific Rim Packaging Pty Ltd',
    'packaging',
    'overseas',
    'large',
    'referral',
    'emily.carter',
    'active',
    3,
  ],
  [
    'Rheinland Antriebstechnik GmbH',
    'machine tools',
    'overseas',
    'large',
    'industry_report',
    'emily.carter',
    'active',
    4,
  ],
  [
    'Saigon Precision Components Co., Ltd.',
    'electronics',
    'overseas',
    'small',
    'market_research',
    'emily.carter',
    'prospect',
    2,
  ],
];

const SURNAMES = ['赵', '钱', '孙', '李', '周', '吴', '郑', '王', '冯', '陈', '褚', '卫'];
const GIVEN = ['伟', '芳', '磊', '静', '敏', '军', '洋', '艳', '勇', '杰', '娟', '涛'];
const WESTERN = [
  'Anna Lindqvist',
  'James Walker',
  'Katrin Hoffmann',
  'Nguyen Van Minh',
  'Oliver Brown',
  'Sofia Berg',
];
const TITLES = ['采购经理', '技术总监', '设备部主管', '总经理'];
const SUMMARIES = [
  ['call', '电话沟通年度采购计划，客户关注交期。', '约定下周上门拜访'],
  ['visit', '上门拜访，参观生产线，了解设备更新需求。', '客户需要两周内报价'],
  ['email', '发送产品目录和技术参数。', '客户已确认收到'],
  ['meeting', '参加客户供应商大会，介绍新型号。', '获得技术交流机会'],
] as const;

const pad = (value: number) => String(value).padStart(2, '0');

export interface DemoData {
  employees: Employee[];
  customers: Customer[];
  contacts: Contact[];
  interactions: Interaction[];
}

export function buildDemoData(): DemoData {
  const customers: Customer[] = [];
  const contacts: Contact[] = [];
  const interactions: Interaction[] = [];
  COMPANIES.forEach(([name, industry, region, size, source, ownerKey, status, influence], index) => {
    const owner = employee(ownerKey);
    // Filed over 2021 and 2022: the key accounts' first purchases are over three years old.
    const at = new Date(FILED_FROM + index * 86_400_000 * 23).toISOString();
    const customer: Customer = {
      id: demoId(1000 + index * 10),
      name,
      industry,
      region,
      size,
      source,
      status,
      influence,
      ownerId: owner.id,
      class: null,
      needs: {
        function: '高精度数控加工设备',
        delivery: '60 天内交货',
        buyingCapacity: `年采购预算约 ${(index % 5) + 1} 百万元`,
      },
      tags: [industry],
      createdBy: owner.id,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    customers.push(customer);
    const overseas = region === 'overseas';
    const contactCount = 1 + (index % 2);
    for (let c = 0; c < contactCount; c++) {
      const contactName = overseas
        ? WESTERN[(index + c) % WESTERN.length]!
        : `${SURNAMES[(index + c) % SURNAMES.length]}${GIVEN[(index * 3 + c) % GIVEN.length]}`;
      contacts.push({
        id: demoId(1000 + index * 10 + 1 + c),
        customerId: customer.id,
        name: contactName,
        title: overseas ? 'Purchasing Manager' : TITLES[(index + c) % TITLES.length],
        phone: overseas ? `+46 8 555 01${pad(index)}` : `+86 138 0000 ${pad(index)}${pad(c)}`,
        email: `contact${c + 1}@customer-${index + 1}.example`,
        // One contact is born on 29 February, to exercise leap-day greetings.
        birthday:
          index === 3 && c === 0 ? '02-29' : `${pad((index % 12) + 1)}-${pad(((index * 7 + c) % 28) + 1)}`,
        language: overseas ? 'en' : 'zh-CN',
        careOptOut: index === 7,
        version: 1,
        createdAt: at,
        updatedAt: at,
      });
    }
    const interactionCount = 1 + (index % 3);
    for (let i = 0; i < interactionCount; i++) {
      const [channel, summary, outcome] = SUMMARIES[(index + i) % SUMMARIES.length]!;
      const occurredAt = new Date(Date.parse(at) + (i + 1) * 86_400_000 * 11).toISOString();
      interactions.push({
        id: demoId(1000 + index * 10 + 5 + i),
        customerId: customer.id,
        recordedBy: owner.id,
        channel,
        occurredAt: occurredAt.replace('Z', '+00:00'),
        summary,
        outcome,
        version: 1,
        createdAt: occurredAt,
        updatedAt: occurredAt,
      });
    }
  });
  return { employees: DEMO_EMPLOYEES, customers, contacts, interactions };
}

/** Writes the demo company through the same store functions the API uses. */
export async function loadDemoData(): Promise<DemoData> {
  const data = buildDemoData();
  const seeder = employee('liu.fang').id;
  const inParallel = <T>(items: T[], write: (item: T) => Promise<unknown>) =>
    forEachConcurrently(items, 8, async (item) => void (await write(item)));
  // Joined through the same writes as `POST /employees`: each profile starts its history.
  await inParallel(data.employees, (profile) => commit(joiningWrites(profile, seeder)));
  await inParallel(data.customers, (customer) => commit(createCustomerWrites(customer)));
  await inParallel(data.contacts, (contact) => commit(contactWrites(undefined, contact, seeder)));
  // Their events bring the customers' statistics up to date once the event path runs.
  await inParallel(data.interactions, (interaction) => commit(interactionWrites(interaction)));
  // Service tickets solved last month, with their knowledge base entries.
  await inParallel(demoTickets(data.customers, new Date()), (ticket) => commit(solvedTicketWrites(ticket)));
  // Every rep's targets and the department's expense budget, from two years back to next year's
  // budget, so performance and claims have something to measure and draw on.
  const thisYear = new Date().getUTCFullYear();
  for (const year of [thisYear - 2, thisYear - 1, thisYear])
    await inParallel(demoTargets(String(year)), (targets) =>
      commit(targetsWrites(undefined, targets, seeder)),
    );
  for (const year of [thisYear - 2, thisYear - 1, thisYear, thisYear + 1])
    await fileBudgetLines(budgetLines(String(year), DEMO_BUDGET), []);
  // Two years of orders and paid claims; their events reach the consumers once the event path runs.
  await writeDemoHistory({
    today: new Date(),
    customers: data.customers,
    contactOf: new Map(
      [...Map.groupBy(data.contacts, (contact) => contact.customerId)].map(([id, contacts]) => [
        id,
        contacts[0]!.id,
      ]),
    ),
    employees: data.employees,
    people: {
      manager: employee('wang.qiang').id,
      legal: employee('zhao.min').id,
      admin: employee('liu.fang').id,
      production: employee('wu.gang').id,
      logistics: employee('zheng.hao').id,
      finance: employee('sun.li').id,
    },
  });
  return data;
}

/** Last month's service history: problems solved (by after-sales), so the knowledge base has entries. */
const DEMO_PROBLEMS = [
  [
    '数控车床',
    'CK6150',
    'malfunction',
    '主轴运转异响',
    '主轴轴承润滑不足',
    '补充润滑脂，调整润滑周期为 500 小时',
  ],
  ['立式加工中心', 'VMC850', 'usage', '换刀时报警 2041', '刀库原点偏移', '电话指导重新标定刀库原点'],
  [
    '精密磨床',
    'MK1320',
    'quality',
    '磨削表面出现振纹',
    '砂轮动平衡不良',
    '上门做砂轮动平衡，出厂前增加平衡检测',
  ],
  ['数控车床', 'CK6150', 'malfunction', '尾座液压缸漏油', '密封圈老化', '更换密封圈，每 2000 小时检查一次'],
] as const;

function demoTickets(
  customers: Customer[],
  today: Date,
): { ticket: Ticket; entry: ReturnType<typeof solveTicket>['entry'] }[] {
  const technician = employee('huang.lei').id;
  return DEMO_PROBLEMS.map(([name, model, category, problem, cause, solution], index) => {
    const customer = customers[index * 2]!;
    const openedAt = new Date(today.getTime() - (35 - index * 3) * 86_400_000).toISOString();
    const solvedAt = new Date(Date.parse(openedAt) + 2 * 86_400_000).toISOString();
    const opened = newTicketRecord(
      {
        id: demoId(9000 + index),
        customerId: customer.id,
        ownerId: customer.ownerId,
        contactId: undefined,
        orderId: undefined,
        product: { name, model },
        category,
        severity: 'medium',
        description: problem,
        source: 'staff',
        receiptIssueId: undefined,
      },
      ticketDeadlines(openedAt, 'B', 'medium', DEFAULT_SERVICE_SETTINGS),
      customer.ownerId,
      openedAt,
    );
    return solveTicket(opened, { problem, cause, solution }, demoId(9100 + index), technician, solvedAt);
  });
}

/** A solved ticket of the past: the ticket, its month's count and its knowledge entry; no events. */
function solvedTicketWrites({ ticket, entry }: ReturnType<typeof demoTickets>[number]) {
  return [
    ...ticketWrites(undefined, ticket, ticket.history[0]!.by),
    problemCountWrite(ticket.createdAt.slice(0, 7), productKey(ticket.product), ticket.category),
    knowledgeWrite(entry),
  ];
}

/** This year's revenue target of each rep (yuan in fen): those with the key accounts carry more. */
const REVENUE_TARGETS: Record<string, number> = {
  'li.na': 420_000_000,
  'chen.jie': 1_250_000_000,
  'zhang.wei': 950_000_000,
  'emily.carter': 330_000_000,
};

/** Each rep's annual targets (yuan in fen), evenly split; a year earlier a twentieth less. */
function demoTargets(year: string): Targets[] {
  const at = new Date().toISOString();
  const yearsBack = new Date().getUTCFullYear() - Number(year);
  return DEMO_EMPLOYEES.filter((person) => person.roles.includes('sales_rep')).map((rep, index) => {
    const key = rep.email.split('@')[0]!;
    const revenue =
      Math.round(((REVENUE_TARGETS[key] ?? 300_000_000) * 0.95 ** yearsBack) / 1_200_000) * 1_200_000;
    const amounts = { revenue, profit: (revenue * 3) / 10, newCustomers: 2 + index, expenses: 8_000_000 };
    return {
      employeeId: rep.id,
      year,
      currency: 'CNY',
      ...amounts,
      growthBasisPoints: 1000,
      marketShareBasisPoints: 200,
      conversionBasisPoints: 4000,
      satisfactionHundredths: 450,
      split: 'even',
      months: {
        revenue: splitAnnual(amounts.revenue),
        profit: splitAnnual(amounts.profit),
        newCustomers: splitAnnual(amounts.newCustomers),
        expenses: splitAnnual(amounts.expenses),
      },
      setBy: employee('wang.qiang').id,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
  });
}

/** The demo department's annual expense budget (yuan in fen): travel heavier in the first half. */
const DEMO_BUDGET = [
  {
    category: 'travel' as const,
    amount: 36_000_000,
    quarters: [12_000_000, 9_000_000, 6_000_000, 9_000_000],
  },
  { category: 'entertainment' as const, amount: 12_000_000 },
  { category: 'marketing' as const, amount: 24_000_000 },
  { category: 'advertising' as const, amount: 18_000_000 },
  { category: 'training' as const, amount: 6_000_000 },
  { category: 'other' as const, amount: 2_400_000 },
];

export function findDemoEmployee(selector: { email?: string; role?: Role }): Employee | undefined {
  if (selector.email)
    return DEMO_EMPLOYEES.find((candidate) => candidate.email === selector.email!.toLowerCase());
  return DEMO_EMPLOYEES.find(
    (candidate) => selector.role !== undefined && candidate.roles.includes(selector.role),
  );
}
