import { defineEntity } from './entity.ts';

/** The items the platform itself keeps in the table: audit records, idempotency, events, job runs. */

export const AuditRecords = defineEntity({
  type: 'Audit',
  owner: 'platform',
  description:
    'Who changed what and when (field-level changes), in the changed entity’s partition, after it.',
  key: { pk: '{entityPk}', sk: 'AUDIT#{id}' },
  // The day it was written (the department's calendar): what the daily seal chains and checks.
  indexes: { gsi1: { pk: 'AUDITS#{day}', sk: '{id}' } },
  patterns: [
    { name: 'audit trail of an entity (a customer file: all its items)', by: 'prefix' },
    {
      name: 'the entries written on a day, in write order',
      index: 'gsi1',
      by: 'partition',
      notes: 'read whole by the seal job and by a verification',
    },
  ],
});

export const IdempotencyRecords = defineEntity({
  type: 'IdempotencyRecord',
  owner: 'platform',
  description: 'The first outcome of a create sent with an Idempotency-Key, per caller and key.',
  key: { pk: 'IDEMPOTENCY#{digest}', sk: 'IDEMPOTENCY' },
  expires: '24 hours',
  patterns: [
    {
      name: 'first outcome of an idempotent create',
      by: 'item',
      notes: 'condition in the create’s transaction; consistent GetItem on a repeat',
    },
  ],
});

export const DomainEvents = defineEntity({
  type: 'DomainEvent',
  owner: 'platform',
  description:
    'The outbox: an event committed with the change it reports (id, type, subject, actor, time, payload).',
  key: { pk: 'EVENT#{id}', sk: 'EVENT' },
  // One index only: each index an event appears in costs every change that writes one.
  indexes: { gsi1: { pk: 'EVENTS#{day}', sk: '{at}#{id}' } },
  expires: '90 days after the event, as long as the records of its handling (a replay never counts twice)',
  patterns: [
    {
      name: 'new events, in commit order per item',
      index: 'stream',
      by: 'partition',
      condition: 'new images with `entityType = DomainEvent` (the stream filter)',
      notes: 'the dispatcher; never queried by requests',
    },
    {
      name: 'events of a time range (replay)',
      index: 'gsi1',
      by: 'range',
      notes: 'day by day, oldest first',
    },
  ],
});

export const HandledEvents = defineEntity({
  type: 'HandledEvent',
  owner: 'platform',
  description: 'That a consumer handled (or started an effect of) an event: the idempotency of consumers.',
  key: { pk: 'HANDLED#{consumer}#{eventId}', sk: 'HANDLED' },
  expires: '90 days',
  patterns: [
    {
      name: 'did this consumer handle this event',
      by: 'item',
      notes: 'condition in the consumer’s transaction',
    },
  ],
});

export const JobRuns = defineEntity({
  type: 'JobRun',
  owner: 'platform',
  description: 'One firing of a scheduled job: status, attempts, counts, checkpoint, heartbeat.',
  key: { pk: 'JOB#{job}', sk: 'RUN#{scheduledTime}' },
  patterns: [
    { name: 'runs of a job, newest first', by: 'prefix' },
    { name: 'one run (its checkpoint)', by: 'item' },
  ],
});
