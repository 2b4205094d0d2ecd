import { z } from 'zod';
import { COMMON_ERROR_CODES, ERROR_CODES, type ErrorCode } from './errors';
import { clientEvents, HandshakeAuth, serverEvents } from './events';
import { CSRF_HEADER, httpRoutes } from './http';
import { PROTOCOL_VERSION } from './version';

const COMMON_ERRORS = COMMON_ERROR_CODES;

const code = (text: string): string => `\`${text}\``;

/** Table cells cannot hold a pipe or a line break. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const codeList = (codes: readonly string[]): string => codes.map(code).join(', ');

function jsonSchemaBlock(schema: z.ZodType, io: 'input' | 'output'): string {
  let json: Record<string, unknown>;
  let note = '';
  try {
    json = { ...z.toJSONSchema(schema, { io }) };
  } catch {
    // Keep the docs generating, but say so: a silent `{}` would read as "anything goes".
    json = { ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }) };
    note = '\n\nPart of this schema cannot be expressed in JSON Schema and is shown as `{}`.';
  }
  // The draft is stated once in the introduction; repeating it in every block is noise.
  delete json['$schema'];
  return `\`\`\`json\n${JSON.stringify(json, null, 2)}\n\`\`\`${note}`;
}

function renderIntro(): string[] {
  return [
    '# Haven realtime protocol',
    '',
    '<!-- Generated from packages/protocol by `npm run docs:protocol`; do not edit by hand. -->',
    '',
    `Protocol version: **${PROTOCOL_VERSION}**.`,
    '',
    'Clients talk to the server over socket.io. Schemas below are JSON Schema (draft 2020-12)',
    'generated from the zod schemas in `packages/protocol`, which remain the source of truth:',
    'payloads show what a client may send (input), replies and server events what it receives',
    '(output).',
    '',
    '## Handshake',
    '',
    `Every connection sends ${code(`auth: { protocolVersion: ${PROTOCOL_VERSION} }`)} in the socket.io`,
    'handshake. A client built for another version is refused before it connects: the',
    `${code('connect_error')} carries ${code('UNSUPPORTED_PROTOCOL')} and the app should reload.`,
    '',
    jsonSchemaBlock(HandshakeAuth, 'input'),
    '',
    '## Replies',
    '',
    'Every client event must be sent with an acknowledgement callback; the server answers',
    'through it with a Result envelope:',
    '',
    '```ts',
    '{ ok: true, data } | { ok: false, error: { code, message } }',
    '```',
    '',
    `${code('data')} is the event's reply below; ${code('code')} is one of the error codes at the`,
    `end of this page. Besides the codes listed for each event, any event can answer with`,
    `${codeList(COMMON_ERRORS)}.`,
  ];
}

function renderClientEvents(): string[] {
  const lines = [
    '## Client events',
    '',
    'Sent by the client with `socket.emit(event, payload, ack)`.',
    '',
    '| Event | Summary |',
    '| --- | --- |',
  ];
  for (const [name, spec] of Object.entries(clientEvents)) {
    lines.push(`| ${code(name)} | ${cell(spec.summary)} |`);
  }
  for (const [name, spec] of Object.entries(clientEvents)) {
    const errors: readonly ErrorCode[] = spec.errors;
    lines.push(
      '',
      `### ${code(name)}`,
      '',
      spec.summary,
      '',
      '**Payload**',
      '',
      jsonSchemaBlock(spec.payload, 'input'),
      '',
      '**Reply** (`data` of a successful Result)',
      '',
      jsonSchemaBlock(spec.reply, 'output'),
      '',
      errors.length > 0
        ? `**Errors** besides the common ones: ${codeList(errors)}.`
        : '**Errors**: only the common ones.',
    );
  }
  return lines;
}

function renderServerEvents(): string[] {
  const lines = [
    '## Server events',
    '',
    'Sent by the server with no acknowledgement.',
    '',
    '| Event | Audience | Summary |',
    '| --- | --- | --- |',
  ];
  for (const [name, spec] of Object.entries(serverEvents)) {
    lines.push(`| ${code(name)} | ${code(spec.audience)} | ${cell(spec.summary)} |`);
  }
  for (const [name, spec] of Object.entries(serverEvents)) {
    lines.push(
      '',
      `### ${code(name)}`,
      '',
      spec.summary,
      '',
      `**Audience**: ${code(spec.audience)}`,
      '',
      '**Payload**',
      '',
      // The client receives what the server emits, so this is the output side of the schema.
      jsonSchemaBlock(spec.payload, 'output'),
    );
  }
  return lines;
}

function renderHttpRoutes(): string[] {
  const lines = [
    '## HTTP routes',
    '',
    'JSON in and out. An error answers with its HTTP status and `{ error: { code, message } }`.',
    '`staff` routes need the session cookie set by sign-in, and every change sends the CSRF',
    `token from the sign-in reply in the ${code(CSRF_HEADER)} header. \`participant\` routes send`,
    'the device token as `Authorization: Bearer <token>`. Changes from another site are refused.',
    '',
    '| Route | Caller | Summary |',
    '| --- | --- | --- |',
  ];
  for (const spec of Object.values(httpRoutes))
    lines.push(`| ${code(`${spec.method} ${spec.path}`)} | ${spec.auth} | ${cell(spec.summary)} |`);
  for (const [name, spec] of Object.entries(httpRoutes)) {
    const errors: readonly ErrorCode[] = spec.errors;
    lines.push('', `### ${code(`${spec.method} ${spec.path}`)} (${name})`, '', spec.summary, '');
    if (spec.method !== 'GET') lines.push('**Body**', '', jsonSchemaBlock(spec.body, 'input'), '');
    lines.push(
      '**Reply**',
      '',
      jsonSchemaBlock(spec.reply, 'output'),
      '',
      errors.length > 0 ? `**Errors**: ${codeList(errors)}, and \`INVALID_ARGUMENT\`.` : '',
    );
  }
  return lines;
}

function renderErrorCodes(): string[] {
  const common: ReadonlySet<string> = new Set(COMMON_ERRORS);
  const lines = ['## Error codes', '', '| Code | Meaning | Any event |', '| --- | --- | --- |'];
  for (const [name, meaning] of Object.entries(ERROR_CODES)) {
    lines.push(`| ${code(name)} | ${cell(meaning)} | ${common.has(name) ? 'yes' : ''} |`);
  }
  return lines;
}

/** The protocol reference (docs/protocol.md), derived from the schemas so it cannot drift. */
export function renderProtocolDocs(): string {
  return [
    ...renderIntro(),
    '',
    ...renderClientEvents(),
    '',
    ...renderServerEvents(),
    '',
    ...renderHttpRoutes(),
    '',
    ...renderErrorCodes(),
    '',
  ].join('\n');
}
