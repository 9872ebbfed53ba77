import type { Operation } from '#shared/http.ts';
import { appreciationOperations } from './appreciation.ts';
import { complaintOperations } from './complaints.ts';
import { contactMessageOperations } from './contact-messages.ts';
import { inboundOperations } from './inbound.ts';
import { knowledgeOperations } from './knowledge.ts';
import { ratingLinkOperations } from './rating-links.ts';
import { serviceRequestOperations } from './service-requests.ts';
import { ticketOperations } from './tickets.ts';

export const serviceOperations: readonly Operation[] = [
  ...complaintOperations,
  ...inboundOperations,
  ...contactMessageOperations,
  ...ticketOperations,
  ...ratingLinkOperations,
  ...serviceRequestOperations,
  ...knowledgeOperations,
  ...appreciationOperations,
];
