/** What other domains may use of the employees domain: reading people. */
export type { Employee } from './model.ts';
export { allEmployees, getEmployee, listEmployees } from './store.ts';
