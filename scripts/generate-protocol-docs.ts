import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderProtocolDocs } from '../packages/protocol/src/protocol-docs';

const target = new URL('../docs/protocol.md', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, renderProtocolDocs());
console.log(`Wrote ${fileURLToPath(target)}`);
