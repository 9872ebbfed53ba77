/**
 * What other domains may use of the customers domain: who may see a customer, reads of customers,
 * contacts and statistics, the writes it owns that others include in their transactions, and its
 * events. Everything else in this folder is its own.
 */
export { visibleCustomer } from './access.ts';
export { customerFiled, customerReassigned, customerStatusChanged, interactionRecorded } from './events.ts';
export {
  type Contact,
  type Customer,
  CUSTOMER_CLASSES,
  type FollowUp,
  type Interaction,
  INTERACTION_CHANNELS,
} from './model.ts';
export { followUpReminders } from './follow-up-rules.ts';
export { assertCustomerAccess, CUSTOMER_ROLES, ownCustomer, seesAllCustomers } from './rules.ts';
export {
  allContacts,
  classWrite,
  contactsWithBirthday,
  customerStatistics,
  customersWithAnniversary,
  departmentCustomers,
  getContact,
  getCustomer,
  interactionWrites,
  keyCustomersOf,
  latestInteractionAt,
  listContacts,
  openFollowUpsDueBy,
  recordInteractionWrites,
  recordLastContact,
} from './store.ts';
export { importCustomer } from './imports.ts';
export {
  customerFields,
  contactFields,
  newCustomer,
  newContact,
  type NewCustomer,
  type NewContact,
} from './model.ts';
export { normalizeCompanyName } from './rules.ts';
export {
  CONTACT_LINK_DAYS,
  type ContactLink,
  getContactLink,
  newContactLink,
  useContactLink,
  withContactLink,
} from './contact-links.ts';
