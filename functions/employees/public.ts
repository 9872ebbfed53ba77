/** What other domains may use of the employees domain: reading people, and when someone leaves. */
export { type Employee, isActive } from './model.ts';
export { employeeLeft } from './events.ts';
export { allEmployees, everyone, getEmployee, listEmployees } from './store.ts';
