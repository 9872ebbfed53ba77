/**
 * How long one invocation of a job may run (its function's timeout). A job whose work grows with
 * the data works in pages and, when less than JOB_RESERVE_SECONDS are left, records where it stopped
 * and continues in a new invocation (see job.ts).
 */
export const JOB_TIMEOUT_SECONDS = 300;
export const JOB_RESERVE_SECONDS = 60;
