import type { MediaConfig } from '../config';
import { HavenError } from '../errors';
import type { Logger } from '../logger';
import { RoomMedia, type MediaSink } from './room-media';
import { WorkerPool } from './worker-pool';

/**
 * The media side of the server. Workers start on first use (or at `warmUp`), so a server
 * whose media cannot start still serves text chat, and tests that never touch media spawn none.
 */
export class MediaService {
  private pool: Promise<WorkerPool> | null = null;
  private closed = false;

  constructor(
    private readonly config: MediaConfig,
    private readonly log: Logger,
  ) {}

  private workers(): Promise<WorkerPool> {
    if (this.closed) return Promise.reject(new HavenError('UNAVAILABLE', 'Shutting down.'));
    this.pool ??= WorkerPool.start(this.config, this.log).catch((error: unknown) => {
      this.log.error(
        { err: error },
        'media workers could not start; audio and video are off (run `node scripts/mediasoup-worker.mjs` and set MEDIASOUP_WORKER_BIN)',
      );
      this.pool = null;
      throw new HavenError('UNAVAILABLE', 'Audio and video are not available right now.');
    });
    return this.pool;
  }

  /** Starts the workers now; false (and logged) if they cannot start. */
  async warmUp(): Promise<boolean> {
    return this.workers().then(
      () => true,
      () => false,
    );
  }

  async createRoom(sink: MediaSink): Promise<RoomMedia> {
    return RoomMedia.create(await this.workers(), sink, this.log);
  }

  /** Worker process ids (tests kill one to see rooms recover). */
  async pids(): Promise<number[]> {
    return (await this.workers()).pids;
  }

  async close(): Promise<void> {
    this.closed = true;
    const pool = await this.pool?.catch(() => null);
    pool?.close();
  }
}
