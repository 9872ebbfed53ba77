import { defineConsumer } from '#shared/event-consumer.ts';
import { employeeChanged, employeeJoined, employeeLeft } from './events.ts';

/**
 * The employees-events consumer: what it reacts to and what it may do, declared once for the bus
 * rules, the local runtime, the AsyncAPI document and its handler (`reactions.ts`), which refuses
 * to load when its reactions are not exactly these events.
 */
export const employeesConsumer = defineConsumer({
  name: 'employees-events',
  entry: 'functions/employees/reactions.ts',
  description:
    "Keeps each person's sign-in account to their profile (on AWS, in the Cognito user pool): made when they join, in exactly the groups of their roles, disabled and signed out when they leave. The local runtime's sign-in reads the profiles themselves.",
  events: [employeeJoined, employeeChanged, employeeLeft],
  sendsEmail: false,
  managesSignIn: true,
});
