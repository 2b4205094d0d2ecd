import { existsSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { ERROR_CODES } from './errors';
import { clientEvents, serverEvents } from './events';
import { httpRoutes } from './http';
import { renderProtocolDocs } from './protocol-docs';

const DOCS = new URL('../../../docs/protocol.md', import.meta.url);

describe('docs/protocol.md', () => {
  it('matches the protocol schemas', () => {
    // A checkout that turned line endings into CRLF is not a stale document.
    const written = existsSync(DOCS) ? readFileSync(DOCS, 'utf8').replace(/\r\n/g, '\n') : '';
    expect(written, 'docs/protocol.md is stale: run npm run docs:protocol').toBe(
      renderProtocolDocs(),
    );
  });
});

describe('renderProtocolDocs', () => {
  const docs = renderProtocolDocs();

  it('is deterministic', () => {
    expect(renderProtocolDocs()).toBe(docs);
  });

  it('has a section for every client event, listing its own error codes', () => {
    for (const [name, spec] of Object.entries(clientEvents)) {
      const section = docs.split(`### \`${name}\`\n`)[1]?.split('\n### ')[0] ?? '';
      expect(section, name).toContain(spec.summary);
      expect(section, name).toContain('**Reply**');
      for (const error of spec.errors)
        expect(section, `${name} ${error}`).toContain(`\`${error}\``);
    }
  });

  it('has a section for every server event with its audience', () => {
    for (const [name, spec] of Object.entries(serverEvents)) {
      const section = docs.split(`### \`${name}\`\n`)[1]?.split('\n### ')[0] ?? '';
      expect(section, name).toContain(spec.summary);
      expect(section, name).toContain(`**Audience**: \`${spec.audience}\``);
    }
  });

  it('lists every error code in the table', () => {
    for (const code of Object.keys(ERROR_CODES))
      expect(docs).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'm'));
  });

  it('renders every schema as JSON', () => {
    const blocks = [...docs.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? '');
    // Handshake, payload and reply per client event, payload per server event, body (unless a
    // GET) and reply per HTTP route.
    const routes = Object.values(httpRoutes);
    expect(blocks).toHaveLength(
      1 +
        2 * Object.keys(clientEvents).length +
        Object.keys(serverEvents).length +
        2 * routes.length -
        routes.filter((r) => r.method === 'GET').length,
    );
    for (const block of blocks) expect(() => JSON.parse(block) as unknown).not.toThrow();
  });
});
