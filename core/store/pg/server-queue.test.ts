import { describe, expect, it } from 'vitest';
import { ServerQueue } from './server-queue.ts';

describe('ServerQueue', () => {
  it('runs work one at a time, in order, whatever failed before', async () => {
    const queue = new ServerQueue();
    const done: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = queue.run(async () => {
      await gate;
      done.push('first');
    });
    const failing = queue.run(async () => {
      done.push('second');
      throw new Error('refused');
    });
    const third = queue.run(async () => done.push('third'));
    expect(done).toEqual([]);
    release();
    await first;
    await expect(failing).rejects.toThrow('refused');
    await third;
    expect(done).toEqual(['first', 'second', 'third']);
  });

  it('keeps a held turn until released; a start that answers false or fails holds nothing', async () => {
    const queue = new ServerQueue();
    const done: string[] = [];
    const release = await queue.hold(async () => true);
    expect(release).toBeTypeOf('function');
    const after = queue.run(async () => done.push('after'));
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toEqual([]);
    release!();
    await after;
    expect(done).toEqual(['after']);
    expect(await queue.hold(async () => false)).toBeUndefined();
    expect(await queue.hold(async () => Promise.reject(new Error('no server')))).toBeUndefined();
    await queue.run(async () => done.push('still running'));
    expect(done).toEqual(['after', 'still running']);
  });
});
