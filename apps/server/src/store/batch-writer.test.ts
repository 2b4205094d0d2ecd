import { describe, expect, it } from 'vitest';
import { BatchWriter, WriterClosedError } from './batch-writer';

describe('BatchWriter', () => {
  it('groups items submitted together into one write and resolves each after it', async () => {
    const writes: number[][] = [];
    const committed: number[] = [];
    const writer = new BatchWriter<number>({
      write: async (items) => {
        writes.push(items);
        await new Promise((r) => setTimeout(r, 5));
      },
      onCommitted: (items) => committed.push(...items),
    });
    const done: number[] = [];
    await Promise.all([1, 2, 3].map((i) => writer.submit(i).then(() => done.push(i))));
    expect(writes).toEqual([[1, 2, 3]]);
    expect(committed).toEqual([1, 2, 3]);
    expect(done).toEqual([1, 2, 3]);
  });

  it('batches what arrives while a write is in flight, in order', async () => {
    const writes: number[][] = [];
    let release: () => void = () => undefined;
    const writer = new BatchWriter<number>({
      write: (items) => {
        writes.push(items);
        return writes.length === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve();
      },
    });
    const first = writer.submit(1);
    await new Promise((r) => setImmediate(r));
    const later = [2, 3, 4].map((i) => writer.submit(i));
    release();
    await Promise.all([first, ...later]);
    expect(writes).toEqual([[1], [2, 3, 4]]);
  });

  it('rejects every item of a failed batch, does not report it committed, and carries on', async () => {
    const committed: number[] = [];
    let fail = true;
    const writer = new BatchWriter<number>({
      write: () => (fail ? Promise.reject(new Error('disk full')) : Promise.resolve()),
      onCommitted: (items) => committed.push(...items),
    });
    const results = await Promise.allSettled([writer.submit(1), writer.submit(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await writer.submit(3);
    expect(committed).toEqual([3]);
  });

  it('writes the good items of a batch that one bad item made fail, each on its own', async () => {
    const stored: number[] = [];
    const committed: number[] = [];
    const writer = new BatchWriter<number>({
      write: (items) => {
        if (items.includes(13)) return Promise.reject(new Error('constraint'));
        stored.push(...items);
        return Promise.resolve();
      },
      onCommitted: (items) => committed.push(...items),
    });
    const results = await Promise.allSettled([12, 13, 14].map((i) => writer.submit(i)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(stored).toEqual([12, 14]);
    expect(committed).toEqual([12, 14]);
  });

  it('settles every submitter even when the commit hook throws', async () => {
    const errors: unknown[] = [];
    const writer = new BatchWriter<number>({
      write: () => Promise.resolve(),
      onCommitted: () => {
        throw new Error('broadcast failed');
      },
      onError: (e) => errors.push(e),
    });
    await Promise.all([writer.submit(1), writer.submit(2)]);
    expect(errors).toHaveLength(1);
  });

  it('respects the batch size limit', async () => {
    const sizes: number[] = [];
    const writer = new BatchWriter<number>({
      write: (items) => Promise.resolve(void sizes.push(items.length)),
      maxBatch: 4,
    });
    await Promise.all(Array.from({ length: 10 }, (_, i) => writer.submit(i)));
    expect(sizes).toEqual([4, 4, 2]);
  });

  it('drains what is queued on close and refuses anything after', async () => {
    const written: number[] = [];
    const writer = new BatchWriter<number>({
      write: async (items) => {
        await new Promise((r) => setTimeout(r, 5));
        written.push(...items);
      },
    });
    const pending = [writer.submit(1), writer.submit(2)];
    await writer.close();
    expect(written).toEqual([1, 2]);
    await Promise.all(pending);
    await expect(writer.submit(3)).rejects.toBeInstanceOf(WriterClosedError);
  });
});
