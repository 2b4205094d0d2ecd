import { config } from 'zod';

// zod probes `new Function` to speed up parsing; the server's Content-Security-Policy rightly has
// no 'unsafe-eval', so the probe is a CSP violation on every page load, and at chat rates the
// speed is not needed. Schemas read this flag when they are built: main.tsx imports this module
// before anything that imports @haven/protocol.
config({ jitless: true });
