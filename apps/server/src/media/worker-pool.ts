import { createWorker, type types } from 'mediasoup';
import type { MediaConfig } from '../config';
import { HavenError } from '../errors';
import type { Logger } from '../logger';

/** One mediasoup worker process and the one UDP+TCP port pair all its transports share. */
interface Slot {
  index: number;
  worker: types.Worker;
  webRtcServer: types.WebRtcServer;
  routers: number;
}

/** Replacing a dead worker is retried this often before the slot is given up. */
const RESTART_ATTEMPTS = 3;

/**
 * One worker per core, each with a WebRtcServer on one port (firewall friendly: a single UDP
 * and TCP port per worker instead of a port per transport). A worker that dies is logged and
 * replaced; its routers close, which tells the rooms on it to set their media up again.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private closed = false;

  private constructor(
    private readonly config: MediaConfig,
    private readonly log: Logger,
  ) {}

  static async start(config: MediaConfig, log: Logger): Promise<WorkerPool> {
    const pool = new WorkerPool(config, log);
    try {
      for (let i = 0; i < config.workers; i++) pool.slots.push(await pool.spawn(i));
    } catch (error) {
      pool.close();
      throw error;
    }
    log.info({ workers: config.workers }, 'media workers started');
    return pool;
  }

  private async spawn(index: number): Promise<Slot> {
    const worker = await createWorker({ logLevel: 'warn', appData: { index } });
    try {
      const port = this.config.port === 0 ? undefined : this.config.port + index;
      const listen = (protocol: 'udp' | 'tcp'): types.TransportListenInfo => ({
        protocol,
        ip: this.config.listenIp,
        ...(this.config.announcedAddress && { announcedAddress: this.config.announcedAddress }),
        ...(port !== undefined && { port }),
      });
      const webRtcServer = await worker.createWebRtcServer({
        listenInfos: [listen('udp'), listen('tcp')],
      });
      const slot: Slot = { index, worker, webRtcServer, routers: 0 };
      worker.on('died', (error) => this.replace(slot, error));
      return slot;
    } catch (error) {
      worker.close();
      throw error;
    }
  }

  private replace(slot: Slot, error: Error): void {
    this.log.error({ err: error, worker: slot.index, pid: slot.worker.pid }, 'media worker died');
    if (this.closed) return;
    const attempt = async (left: number): Promise<void> => {
      try {
        const fresh = await this.spawn(slot.index);
        if (this.closed) return fresh.worker.close();
        this.slots[this.slots.indexOf(slot)] = fresh;
        this.log.info({ worker: slot.index, pid: fresh.worker.pid }, 'media worker replaced');
      } catch (err) {
        this.log.error({ err, worker: slot.index }, 'media worker restart failed');
        if (left > 1) return attempt(left - 1);
        this.slots.splice(this.slots.indexOf(slot), 1);
      }
    };
    void attempt(RESTART_ATTEMPTS);
  }

  /** A router for a new room on the least busy worker, and that worker's WebRtcServer. */
  async createRouter(
    mediaCodecs: types.RouterRtpCodecCapability[],
  ): Promise<{ router: types.Router; webRtcServer: types.WebRtcServer }> {
    const slot = this.slots
      .filter((s) => !s.worker.closed)
      .reduce<Slot | null>((best, s) => (best && best.routers <= s.routers ? best : s), null);
    if (!slot) throw new HavenError('UNAVAILABLE', 'Audio and video are restarting; try again.');
    const router = await slot.worker.createRouter({ mediaCodecs });
    slot.routers++;
    router.observer.once('close', () => slot.routers--);
    return { router, webRtcServer: slot.webRtcServer };
  }

  /** Worker process ids, for tests that kill one. */
  get pids(): number[] {
    return this.slots.map((s) => s.worker.pid);
  }

  close(): void {
    this.closed = true;
    for (const s of this.slots) s.worker.close();
    this.slots.length = 0;
  }
}
