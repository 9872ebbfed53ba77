// Writes docs/asyncapi.json (AsyncAPI 3) and docs/events.md from the event table. `--check` fails
// when either committed file is stale.
import { writeOrCheck } from './generated.ts';
import * as z from 'zod/mini';
import { consumersOf, EVENT_CONSUMERS, EVENT_TYPES } from '../functions/events.ts';
import { EVENT_SOURCE, type EventSpec, REDELIVERY_SOURCE } from '../functions/shared/events.ts';
import { modelCollector } from '../functions/platform/openapi-document.ts';

type Json = Record<string, unknown>;
const id = (type: string) => type.replace(/\./g, '-');
/** Named models a payload refers to, each defined once, as in the OpenAPI document. */
const { jsonSchema, models } = modelCollector();
const schemaOf = (spec: EventSpec): Json => {
  const payload = jsonSchema(spec.payload, 'output');
  return {
    type: 'object',
    description: 'The envelope every event has; `payload` is specific to the type.',
    required: ['id', 'type', 'subject', 'actor', 'at', 'payload'],
    properties: {
      id: { type: 'string', description: 'ULID of the event; consumers are idempotent by it.' },
      type: { const: spec.type },
      subject: {
        type: 'object',
        required: ['type', 'id'],
        properties: { type: { type: 'string' }, id: { type: 'string' } },
      },
      subjectVersion: { type: 'integer', description: "The subject's version after the change." },
      actor: { type: 'string', description: 'Who made the change (an employee id or a workflow).' },
      at: { type: 'string', format: 'date-time' },
      payload,
    },
  };
};

function asyncApi(): Json {
  const channels: Json = {};
  const operations: Json = {};
  const messages: Json = {};
  for (const spec of EVENT_TYPES) {
    channels[id(spec.type)] = {
      address: spec.type,
      description: spec.description,
      messages: { [id(spec.type)]: { $ref: `#/components/messages/${id(spec.type)}` } },
    };
    messages[id(spec.type)] = {
      name: spec.type,
      title: spec.type,
      summary: spec.description,
      contentType: 'application/json',
      payload: schemaOf(spec),
    };
    operations[`${spec.producer}-sends-${id(spec.type)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${id(spec.type)}` },
      summary: `Written by ${spec.producer} in the transaction of the change it reports.`,
    };
    for (const consumer of EVENT_CONSUMERS.filter((candidate) => candidate.events.includes(spec))) {
      operations[`${consumer.name}-receives-${id(spec.type)}`] = {
        action: 'receive',
        channel: { $ref: `#/channels/${id(spec.type)}` },
        summary: consumer.description,
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'sales-department domain events',
      version: '1.0.0',
      description: `Events on the EventBridge bus: \`source\` is \`${EVENT_SOURCE}\` (or \`${REDELIVERY_SOURCE}\` for a redelivery to one consumer, with \`detail\` = { consumer, event }), \`detail-type\` is the event type, \`detail\` the event. Delivery is at least once; consumers are idempotent by event id.`,
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: {
      messages,
      schemas: models(),
    },
  };
}

function catalogue(): string {
  const rows = EVENT_TYPES.map(
    (spec) =>
      `| \`${spec.type}\` | ${spec.producer} | ${consumersOf(spec.type).join(', ')} | ${spec.description} | ${Object.keys(
        (z.toJSONSchema(spec.payload) as { properties?: Json }).properties ?? {},
      )
        .map((field) => `\`${field}\``)
        .join(', ')} |`,
  );
  const consumers = EVENT_CONSUMERS.map(
    (consumer) =>
      `| \`${consumer.name}\` | \`${consumer.entry}\` | ${consumer.events.map((spec) => `\`${spec.type}\``).join(', ')} | ${consumer.description} |`,
  );
  return [
    '# Event catalogue',
    '',
    'Generated from `functions/events.ts` by `npm run asyncapi` (checked current in CI); the machine-readable',
    'form is `docs/asyncapi.json` (AsyncAPI 3). How events travel: docs/architecture.md, "Events".',
    '',
    '## Events',
    '',
    '| type | producer | consumers | meaning | payload |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## Consumers',
    '',
    '| consumer | handler | reacts to | what it does |',
    '| --- | --- | --- | --- |',
    ...consumers,
    '',
  ].join('\n');
}

// Written as the formatter would leave them, so `npm run lint` and `--check` agree.
await writeOrCheck(
  [
    { path: 'docs/asyncapi.json', text: JSON.stringify(asyncApi()), parser: 'json' },
    { path: 'docs/events.md', text: catalogue(), parser: 'markdown' },
  ],
  'asyncapi',
  `${EVENT_TYPES.length} events`,
);
