// Media tests run the real mediasoup worker: build it once per machine (cached outside the
// clone) and point mediasoup at it before any test file loads.
import { ensureMediasoupWorker } from '../../scripts/mediasoup-worker.mjs';

export default async function setup() {
  await ensureMediasoupWorker();
}
