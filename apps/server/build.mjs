// Bundles the server for production: workspace packages are inlined (they ship TypeScript
// sources), npm dependencies stay external and load from node_modules.
import { copyFileSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@haven/'));

await build({
  entryPoints: ['src/main.ts', 'src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  logLevel: 'warning',
});
// The SQLite thread's script is plain JavaScript, loaded beside the bundle (new URL(…, import.meta.url)).
copyFileSync('src/store/sqlite-worker.mjs', 'dist/sqlite-worker.mjs');
