import { companySettings } from '#shared/company.ts';
import { sendEmail } from '#shared/email.ts';
import type { JobContext, JobCounts } from '#shared/job.ts';
import { logger } from '#shared/observability.ts';
import type { Contact, Customer } from '../customers/public.ts';
import {
  allContacts,
  contactsWithBirthday,
  customersWithAnniversary,
  getCustomer,
  listContacts,
  withContactLink,
} from '../customers/public.ts';
import { collectAll } from '#shared/listing.ts';
import type { Employee } from '../employees/public.ts';
import { getEmployee } from '../employees/public.ts';
import { birthdaysOn, greetsLanguage, type Holiday, holidaysOn } from './holidays.ts';
import type { CareMessage } from './model.ts';
import { careSettings } from './settings.ts';
import { careMessageSent, claimCareMessage, releaseCareMessage } from './store.ts';
import { anniversaryGreeting, birthdayGreeting, holidayGreeting } from './templates.ts';

/**
 * The daily care messages: a greeting to every contact on their birthday, on the calendar's
 * holidays and on their company's cooperation anniversary (years since its first purchase), in the
 * contact's language, signed by the customer's rep (replies go to the
 * rep). Contacts who opted out, contacts without email and lost customers are skipped. Each message
 * is claimed before it is sent, so a re-run of the same day sends nothing twice.
 */
export async function sendCareMessages({ today, tally, pages }: JobContext): Promise<JobCounts> {
  const settings = careSettings();
  const counts = tally({
    birthdayGreetings: 0,
    holidayGreetings: 0,
    anniversaryGreetings: 0,
    alreadySent: 0,
    optedOut: 0,
    noEmail: 0,
    lostCustomer: 0,
    failed: 0,
  });
  const customers = new Map<string, Promise<Customer | undefined>>();
  const reps = new Map<string, Promise<Employee | undefined>>();
  const cached = <T>(cache: Map<string, Promise<T>>, id: string, load: (id: string) => Promise<T>) => {
    if (!cache.has(id)) cache.set(id, load(id));
    return cache.get(id)!;
  };

  async function greet(contact: Contact, occasion: string, holiday?: Holiday, years?: number) {
    if (contact.careOptOut) return void counts.optedOut++;
    if (!contact.email) return void counts.noEmail++;
    const customer = await cached(customers, contact.customerId, getCustomer);
    if (!customer || customer.status === 'lost') return void counts.lostCustomer++;
    const rep = await cached(reps, customer.ownerId, getEmployee);
    const message: CareMessage = {
      customerId: contact.customerId,
      contactId: contact.id,
      contactName: contact.name,
      email: contact.email,
      language: contact.language,
      occasion,
      date: today,
      status: 'sending',
    };
    if (!(await claimCareMessage(message))) return void counts.alreadySent++;
    const signature = { repName: rep?.name ?? '', company: companySettings().name[contact.language] };
    const content = holiday
      ? holidayGreeting(contact.language, holiday, contact.name, signature)
      : years
        ? anniversaryGreeting(contact.language, contact.name, years, signature)
        : birthdayGreeting(contact.language, contact.name, signature);
    try {
      const email = { to: contact.email, replyTo: rep?.email, ...(await withContactLink(contact, content)) };
      await careMessageSent(message, await sendEmail(email));
      if (holiday) counts.holidayGreetings++;
      else if (years) counts.anniversaryGreetings++;
      else counts.birthdayGreetings++;
    } catch (error) {
      logger.error('care message not sent', {
        customerId: contact.customerId,
        contactId: contact.id,
        occasion,
        error: (error as Error).message,
      });
      await releaseCareMessage(message);
      counts.failed++;
    }
  }

  for (const monthDay of birthdaysOn(today)) {
    await pages(`birthdays-${monthDay}`, contactsWithBirthday(monthDay), async (contacts) => {
      for (const contact of contacts) await greet(contact, 'birthday');
    });
  }
  for (const monthDay of birthdaysOn(today)) {
    await pages(`anniversaries-${monthDay}`, customersWithAnniversary(monthDay), async (found) => {
      for (const { customerId, firstPurchaseOn } of found) {
        const years = Number(today.slice(0, 4)) - Number(firstPurchaseOn.slice(0, 4));
        if (years < 1) continue;
        for (const contact of await collectAll((page) => listContacts(customerId, page)))
          await greet(contact, `anniversary-${years}`, undefined, years);
      }
    });
  }
  const holidays = holidaysOn(today, settings.holidays);
  if (holidays.length > 0) {
    await pages('holidays', allContacts, async (contacts) => {
      for (const contact of contacts)
        for (const holiday of holidays)
          if (greetsLanguage(holiday, contact.language)) await greet(contact, holiday.id, holiday);
    });
  }
  if (counts.failed > 0)
    throw new Error(`${counts.failed} care messages could not be sent; a retry sends only those`);
  return counts;
}
