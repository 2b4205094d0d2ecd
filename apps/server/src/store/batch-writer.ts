/**
 * Group commit: items submitted while a write is in flight (or within the same turn of the
 * event loop) are written together in one transaction. Each submitter's promise settles when
 * its batch is durable, so an acknowledgement can wait for it without one fsync per item.
 */
export interface BatchWriterOptions<T> {
  write: (items: T[]) => Promise<void>;
  /** Runs synchronously, in submission order, after a batch is durable and before any submitter resumes. */
  onCommitted?: (items: T[]) => void;
  /** Reports a failure of `onCommitted`; the items are durable all the same. */
  onError?: (error: unknown) => void;
  maxBatch?: number;
}

interface Pending<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class WriterClosedError extends Error {
  constructor() {
    super('The writer is closed.');
  }
}

export class BatchWriter<T> {
  private queue: Pending<T>[] = [];
  private inFlight: Promise<void> | null = null;
  private scheduled = false;
  private closed = false;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly options: BatchWriterOptions<T>) {}

  submit(item: T): Promise<void> {
    if (this.closed) return Promise.reject(new WriterClosedError());
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves once everything submitted so far has been written (or has failed). */
  drain(): Promise<void> {
    if (this.queue.length === 0 && !this.inFlight && !this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Refuses new items and waits for the queued ones. */
  async close(): Promise<void> {
    this.closed = true;
    await this.drain();
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight) return;
    this.scheduled = true;
    // setImmediate lets every message that arrived in this I/O turn join the batch.
    setImmediate(() => {
      this.scheduled = false;
      this.inFlight = this.flush().finally(() => {
        this.inFlight = null;
        if (this.queue.length > 0) this.schedule();
        else this.notifyIdle();
      });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, this.options.maxBatch ?? 256);
    if (batch.length === 0) return;
    try {
      await this.options.write(batch.map((p) => p.item));
      this.committed(batch);
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      // One bad item must not sink the others that shared its transaction: write each alone.
      for (const p of batch) {
        try {
          await this.options.write([p.item]);
          this.committed([p]);
        } catch (itemError) {
          p.reject(itemError);
        }
      }
    }
  }

  private committed(batch: Pending<T>[]): void {
    try {
      this.options.onCommitted?.(batch.map((p) => p.item));
    } catch (error) {
      this.options.onError?.(error);
    }
    for (const p of batch) p.resolve();
  }

  private notifyIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
