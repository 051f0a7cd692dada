import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcements } from './announcements.ts';

describe('a desktop announcing the commits the server left quiet', () => {
  let announced: number;
  let ann: Announcements;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
    announced = 0;
    ann = new Announcements(async () => {
      announced++;
    });
  });
  afterEach(() => {
    ann.stop();
    vi.useRealTimers();
  });

  it('announces its last quiet commit 100 ms after it, when no announcement covered it', () => {
    ann.hear(4, undefined, 4);
    ann.announceSoon(5);
    vi.advanceTimersByTime(99);
    expect(announced).toBe(0);
    vi.advanceTimersByTime(1);
    expect(announced).toBe(1);
  });

  it('announces nothing when another announcement covered the quiet commit', () => {
    ann.announceSoon(5);
    vi.advanceTimersByTime(40);
    ann.hear(7, undefined, 5);
    vi.advanceTimersByTime(500);
    expect(announced).toBe(0);
  });

  it('waits for the latest quiet commit: a busy desktop whose commits are covered announces none', () => {
    // For a second, a quiet commit of this desktop every 7 ms among others' commits; the server
    // announces the latest version every 50 ms, covering each quiet commit within 50 ms.
    let version = 0;
    for (let t = 0; t < 1000; t++) {
      version++;
      if (t % 7 === 0) ann.announceSoon(version);
      if (t % 50 === 49) ann.hear(version, undefined, version);
      vi.advanceTimersByTime(1);
    }
    expect(announced).toBe(0);
    // The last one was not covered: announced 100 ms after it was made, once.
    ann.announceSoon(version + 1);
    vi.advanceTimersByTime(100);
    expect(announced).toBe(1);
    vi.advanceTimersByTime(500); // (before the idle watch's own ask, a second after the last announcement heard)
    expect(announced).toBe(1);
  });
});
