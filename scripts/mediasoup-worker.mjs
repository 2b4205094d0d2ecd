// mediasoup's media worker is a C++ program. Its npm install normally downloads a prebuilt binary
// or builds one with tools from PyPI; a Haven machine may reach neither. So we build it here, once
// per machine, from the npm package's own sources (patched through pnpm's patchedDependencies)
// against Debian's libraries, cache it outside the clone, and hand its path to every Haven
// process in MEDIASOUP_WORKER_BIN (mediasoup reads that variable when it loads).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, run } from './lib.mjs';

/** Debian packages the build needs; they also bring the shared libraries the worker loads. */
const BUILD_PACKAGES = [
  'g++',
  'pkg-config',
  'meson',
  'ninja-build',
  'flatbuffers-compiler',
  'libflatbuffers-dev',
  'libsrtp2-dev',
  'libusrsctp-dev',
  'libabsl-dev',
  'libuv1-dev',
  'libssl-dev',
];

const cacheRoot = () =>
  process.env.HAVEN_CACHE_DIR ??
  join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'haven');

function mediasoupPackage() {
  const require = createRequire(join(root, 'apps/server/package.json'));
  // mediasoup's exports map hides package.json; its entry point is node/lib/index.js.
  const dir = join(dirname(require.resolve('mediasoup')), '../..');
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return { dir, version };
}

/** Where the worker for the installed mediasoup and our patch lives; a new patch means a new build. */
export function mediasoupWorkerPath() {
  const { version } = mediasoupPackage();
  const patch = readFileSync(join(root, `patches/mediasoup@${version}.patch`));
  const tag = createHash('sha256').update(patch).digest('hex').slice(0, 10);
  return join(cacheRoot(), 'mediasoup-worker', `${version}-${tag}-linux-${process.arch}`);
}

function missingPackages() {
  return BUILD_PACKAGES.filter((name) => {
    try {
      const status = execFileSync('dpkg-query', ['-W', '-f=${Status}', name], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      return !status.toString().includes('install ok installed');
    } catch {
      return true;
    }
  });
}

async function installBuildPackages() {
  const missing = missingPackages();
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Building the media worker needs Debian packages: sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  console.log(`Installing Debian packages to build the media worker: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    (await run('apt-get', ['update', '-qq'], { env })) !== 0 ||
    (await run('apt-get', ['install', '-y', '-qq', ...missing], { env })) !== 0
  ) {
    throw new Error('Installing the Debian packages for the media worker failed.');
  }
}

/**
 * Meson subprojects that declare Debian's system libraries under the names mediasoup's build
 * expects. mediasoup calls subproject() directly, so --wrap-mode=nofallback alone would still try
 * to download them; an existing subproject directory is used as it is.
 */
const SHIMS = {
  openssl: {
    build: "openssl_dep = dependency('openssl')\nlibcrypto_lib = empty_lib\nlibssl_lib = empty_lib",
  },
  libuv: {
    build: "libuv_dep = dependency('libuv')\nlibuv = empty_lib",
    options:
      "option('build_tests', type: 'boolean', value: false)\noption('build_benchmarks', type: 'boolean', value: false)",
  },
  libsrtp3: {
    build:
      "libsrtp3_dep = declare_dependency(dependencies: dependency('libsrtp2'), include_directories: include_directories('include'))\nlibsrtp3 = empty_lib",
    options: [
      "option('crypto-library', type: 'string', value: 'none')",
      "option('crypto-library-kdf', type: 'string', value: 'auto')",
      "option('tests', type: 'string', value: 'disabled')",
      "option('doc', type: 'string', value: 'disabled')",
    ].join('\n'),
    files: { 'include/srtp.h': 'srtp-adapter.h' },
  },
  usrsctp: {
    build: "usrsctp_dep = dependency('usrsctp')\nusrsctp = empty_lib",
    options:
      "option('sctp_build_programs', type: 'boolean', value: false)\noption('sctp_debug', type: 'boolean', value: false)",
  },
  'abseil-cpp': {
    build: [
      "absl_container_dep = declare_dependency(dependencies: [dependency('absl_flat_hash_map'), dependency('absl_flat_hash_set'), dependency('absl_btree'), dependency('absl_inlined_vector'), dependency('absl_node_hash_map'), dependency('absl_node_hash_set')])",
      "absl_strings_dep = declare_dependency(dependencies: [dependency('absl_strings'), dependency('absl_str_format')])",
      "absl_types_dep = declare_dependency(dependencies: [dependency('absl_optional'), dependency('absl_variant'), dependency('absl_span')])",
      'absl_container_lib = empty_lib',
    ].join('\n'),
  },
  catch2: {
    build: 'catch2_dep = declare_dependency()\ncatch2_with_main_dep = declare_dependency()',
  },
  flatbuffers: {
    build: "flatbuffers_dep = dependency('flatbuffers')\nflatbuffers_lib = empty_lib",
  },
  liburing: { build: "uring = dependency('liburing')\nliburing = empty_lib" },
  nlohmann_json: { build: "nlohmann_json_dep = dependency('nlohmann_json')" },
};

function addShims(source) {
  const subprojects = join(source, 'subprojects');
  for (const [name, shim] of Object.entries(SHIMS)) {
    const wrap = join(subprojects, `${name}.wrap`);
    if (!existsSync(wrap)) continue;
    const directory = /^directory\s*=\s*(.+)$/m.exec(readFileSync(wrap, 'utf8'))?.[1]?.trim();
    if (!directory) throw new Error(`${name}.wrap names no directory`);
    const dir = join(subprojects, directory);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'empty.c'), '');
    writeFileSync(
      join(dir, 'meson.build'),
      `project('${name}-system-shim', 'c', 'cpp')\nempty_lib = static_library('shim_empty', 'empty.c')\n${shim.build}\n`,
    );
    if (shim.options) writeFileSync(join(dir, 'meson_options.txt'), `${shim.options}\n`);
    for (const [target, from] of Object.entries(shim.files ?? {})) {
      mkdirSync(dirname(join(dir, target)), { recursive: true });
      cpSync(join(root, 'scripts', from), join(dir, target));
    }
  }
}

async function build(pkg, target) {
  const fix = readFileSync(join(pkg.dir, 'worker/src/RTC/DtlsTransport.cpp'), 'utf8');
  if (!fix.includes('(operationType & BIO_CB_RETURN)')) {
    throw new Error(
      'mediasoup is installed without patches/mediasoup@*.patch (the DTLS fix); run pnpm install.',
    );
  }
  await installBuildPackages();
  const scratch = join(cacheRoot(), 'mediasoup-worker', `build-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  const source = join(scratch, 'worker');
  cpSync(join(pkg.dir, 'worker'), source, { recursive: true });
  rmSync(join(source, 'out'), { recursive: true, force: true });
  addShims(source);
  const out = join(scratch, 'out');
  const steps = [
    [
      'setup',
      '--buildtype',
      'release',
      '-Db_ndebug=true',
      '--wrap-mode=nofallback',
      // Debian's liburing is older than the one mediasoup supports.
      '-Dms_disable_liburing=true',
      out,
    ],
    // The worker's sources include headers generated from its flatbuffers schemas.
    ['compile', '-C', out, 'flatbuffers-generator'],
    ['compile', '-C', out, 'mediasoup-worker'],
  ];
  for (const args of steps) {
    if ((await run('meson', args, { cwd: source })) !== 0) {
      throw new Error(`meson ${args[0]} failed; the build is in ${scratch}`);
    }
  }
  if ((await run('strip', [join(out, 'mediasoup-worker')])) !== 0) throw new Error('strip failed');
  mkdirSync(dirname(target), { recursive: true });
  // Rename is atomic, so a second command running at the same time never sees half a binary.
  renameSync(join(out, 'mediasoup-worker'), target);
  rmSync(scratch, { recursive: true, force: true });
}

/** Returns the worker's path, building it first if this machine has none for this version. */
export async function ensureMediasoupWorker() {
  const target = mediasoupWorkerPath();
  if (!existsSync(target)) {
    const pkg = mediasoupPackage();
    console.log(
      `Building mediasoup's media worker ${pkg.version} from source against Debian's libraries.\n` +
        `This happens once per machine and takes about 8 minutes on 2 cores; it is cached in\n` +
        `${dirname(target)}.`,
    );
    const started = Date.now();
    await build(pkg, target);
    console.log(`Media worker ready in ${((Date.now() - started) / 60000).toFixed(1)} min.`);
  }
  process.env.MEDIASOUP_WORKER_BIN = target;
  return target;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(await ensureMediasoupWorker());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
