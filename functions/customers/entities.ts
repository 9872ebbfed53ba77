import { defineEntity } from '#shared/entity.ts';

/**
 * A customer's partition is its file: the customer, its contacts, communication records,
 * statistics, classification, purchases, care messages and the audit records of all of them, so
 * one Query reads a whole customer file.
 */
export const Customers = defineEntity({
  type: 'Customer',
  owner: 'customers',
  description: 'A customer company and its rep (owner).',
  key: { pk: 'CUSTOMER#{id}', sk: 'CUSTOMER' },
  indexes: {
    gsi1: { pk: 'OWNER#{ownerId}#CUSTOMERS', sk: 'CUSTOMER#{id}' },
    gsi2: { pk: 'CUSTOMERS', sk: 'CUSTOMER#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'customer by id', by: 'item' },
    {
      name: 'one rep’s customers',
      index: 'gsi1',
      by: 'partition',
      notes: 'oldest first; class/status/industry/region as filters',
    },
    { name: 'all customers', index: 'gsi2', by: 'partition', notes: 'manager and sales admin; same filters' },
  ],
});

export const CustomerNameClaims = defineEntity({
  type: 'CustomerNameClaim',
  owner: 'customers',
  description: 'Claims a normalized company name, so the same company is not filed twice.',
  key: { pk: 'CUSTOMER_NAME#{name}', sk: 'CLAIM' },
  patterns: [
    {
      name: 'is a company name taken',
      by: 'item',
      notes: 'condition in the create/rename transaction; GetItem to name the holder',
    },
  ],
});

export const Contacts = defineEntity({
  type: 'Contact',
  owner: 'customers',
  description: 'A person at a customer: role, phone, email, language, birthday.',
  key: { pk: 'CUSTOMER#{customerId}', sk: 'CONTACT#{id}' },
  indexes: {
    gsi1: { pk: 'BIRTHDAY#{birthday}', sk: 'CONTACT#{customerId}#{id}', sparse: true },
    gsi2: { pk: 'CONTACTS', sk: 'CONTACT#{customerId}#{id}' },
  },
  audited: true,
  patterns: [
    { name: 'a customer’s contacts', by: 'prefix' },
    { name: 'one contact', by: 'item' },
    {
      name: 'contacts with a birthday on a day',
      index: 'gsi1',
      by: 'partition',
      notes: 'sparse: only contacts with one',
    },
    { name: 'all contacts', index: 'gsi2', by: 'partition', notes: 'holiday greetings' },
  ],
});

export const Interactions = defineEntity({
  type: 'Interaction',
  owner: 'customers',
  description:
    'A communication record (visit, call, email, quote sent …); sort keys start with its UTC time.',
  key: { pk: 'CUSTOMER#{customerId}', sk: 'INTERACTION#{occurredAt}#{id}' },
  audited: true,
  patterns: [{ name: 'a customer’s communication records, newest first', by: 'prefix' }],
});

export const CustomerStatistics = defineEntity({
  type: 'CustomerStats',
  owner: 'customers',
  description:
    'Rolling purchase aggregates (monthly buckets), first purchase and last contact of a customer, kept by the customers domain’s consumer.',
  key: { pk: 'CUSTOMER#{customerId}', sk: 'STATS' },
  indexes: { gsi1: { pk: 'ANNIVERSARY#{monthDay}', sk: '{customerId}', sparse: true } },
  patterns: [
    { name: 'a customer’s statistics', by: 'item', notes: 'classification and care read them' },
    {
      name: 'customers whose first purchase fell on a day of the year (cooperation anniversaries)',
      index: 'gsi1',
      by: 'partition',
    },
  ],
});

export const FollowUps = defineEntity({
  type: 'FollowUp',
  owner: 'customers',
  description:
    'A follow-up a communication record planned (`nextFollowUp`): the customer’s rep is reminded on its day (the revisit digest) and sees it missed once the day has passed; the next communication record with the customer keeps it. Its id is the planning record’s.',
  key: { pk: 'CUSTOMER#{customerId}', sk: 'FOLLOW_UP#{id}' },
  indexes: {
    gsi1: { pk: 'OWNER#{ownerId}#FOLLOW_UPS', sk: '{status}#{dueOn}#{id}' },
    gsi2: { pk: 'FOLLOW_UPS', sk: '{status}#{dueOn}#{id}' },
  },
  patterns: [
    { name: 'a customer’s follow-ups', by: 'prefix', notes: 'the open ones are kept by a new record' },
    { name: 'one rep’s follow-ups by status and day', index: 'gsi1', by: 'range' },
    {
      name: 'all follow-ups by status and day',
      index: 'gsi2',
      by: 'range',
      notes: 'manager and sales admin',
    },
  ],
});

export const ContactLinks = defineEntity({
  type: 'ContactLink',
  owner: 'customers',
  description:
    'The “write to us” link at the foot of every email to a customer’s contact: bound to that contact, single-use, valid for `CONTACT_LINK_DAYS`; what is sent through it opens a complaint or a service ticket.',
  key: { pk: 'CONTACT_LINK#{id}', sk: 'LINK' },
  expires: 'when the link has stopped working for 30 days',
  patterns: [{ name: 'a link, by the id in its address', by: 'item' }],
});
