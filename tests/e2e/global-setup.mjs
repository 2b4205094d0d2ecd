// The server under test runs the real mediasoup worker: build it once per machine (cached
// outside the clone) and hand its path to the servers the fixtures start.
import { ensureMediasoupWorker } from '../../scripts/mediasoup-worker.mjs';

export default async function setup() {
  await ensureMediasoupWorker();
}
