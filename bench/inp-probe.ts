/**
 * What the INP figures read inside the page (installed with addInitScript, before the app's scripts):
 *  - the input's own time: the first pointerdown / keydown / beforeinput / input / click event after the
 *    bench arms the probe (its `timeStamp`, the moment the browser received the input);
 *  - the Event Timing API's entries (PerformanceObserver 'event', durationThreshold 16): the browser's
 *    own INP-like duration (input → the first frame presented after its handlers);
 *  - every /api call (window.fetch wrapped): start, answer, and the Server-Timing the bench's bridge adds
 *    (the command's own time in the core and the answer's serialization);
 *  - Long Animation Frames (≥ 50 ms): their script time (React's render, handlers, parsing the answers)
 *    and their style + layout time.
 * `settled()` runs from a requestAnimationFrame poll (page.waitForFunction, polling 'raf'): once the
 * expected screen shows with no call in flight, a task posted from that frame marks when it was painted;
 * it counts only if two frames later no new call started and the screen still shows.
 */

export interface FetchRecord {
  channel: string;
  start: number;
  end: number;
  core: number;
  json: number;
}

export interface FrameRecord {
  startTime: number;
  duration: number;
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: number;
}

export interface EventRecord {
  name: string;
  startTime: number;
  duration: number;
  interactionId: number;
}

/** What the bench waits for after an input: a selector present (and its text), or its text changed. */
export interface Expect {
  selector: string;
  /** The element's text must include this. */
  text?: string;
  /** The element's text must differ from what it was when the probe was armed. */
  changed?: boolean;
  /** No element matches this (e.g. a loading line). */
  absent?: string;
}

export interface Probe {
  armed: boolean;
  armedAt: number;
  input: number | null;
  inflight: number;
  lastFetchStart: number;
  fetches: FetchRecord[];
  events: EventRecord[];
  frames: FrameRecord[];
  before: string | null;
  candidate: { at: number; frame: number; painted: number | null } | null;
  frame: number;
}

type Probed = Window & { __probe: Probe };

/** Installed before the page's scripts; self-contained (serialized into the page). */
export function installProbe(): void {
  const w = window as unknown as Probed;
  const probe: Probe = { armed: false, armedAt: 0, input: null, inflight: 0, lastFetchStart: 0, fetches: [], events: [], frames: [], before: null, candidate: null, frame: 0 };
  w.__probe = probe;
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const at = url.indexOf('/api/');
    if (at < 0) return original(input, init);
    const record: FetchRecord = { channel: url.slice(at + 5), start: performance.now(), end: 0, core: 0, json: 0 };
    probe.inflight++;
    probe.lastFetchStart = record.start;
    probe.fetches.push(record);
    try {
      const response = await original(input, init);
      for (const part of (response.headers.get('server-timing') ?? '').split(',')) {
        const [name, dur] = part.trim().split(';dur=');
        if (name === 'core') record.core = Number(dur);
        if (name === 'json') record.json = Number(dur);
      }
      return response;
    } finally {
      record.end = performance.now();
      probe.inflight--;
    }
  };
  for (const type of ['pointerdown', 'keydown', 'beforeinput', 'input', 'click']) {
    window.addEventListener(type, (e) => {
      if (probe.armed && probe.input === null) probe.input = e.timeStamp;
    }, { capture: true });
  }
  const observe = (type: string, options: Record<string, unknown>, take: (entry: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, ...options } as PerformanceObserverInit);
    } catch {
      // This browser lacks that entry type: its part of the breakdown stays empty.
    }
  };
  observe('event', { durationThreshold: 16 }, (entry) => {
    const e = entry as PerformanceEntry & { interactionId?: number };
    if (probe.armed) probe.events.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId ?? 0 });
  });
  observe('long-animation-frame', {}, (entry) => {
    const f = entry as PerformanceEntry & { renderStart: number; styleAndLayoutStart: number; scripts?: { duration: number }[] };
    if (probe.armed) probe.frames.push({ startTime: f.startTime, duration: f.duration, renderStart: f.renderStart, styleAndLayoutStart: f.styleAndLayoutStart, scripts: (f.scripts ?? []).reduce((sum, s) => sum + s.duration, 0) });
  });
}

/** Arms the probe just before the input; notes the watched element's text when a change is expected. */
export function arm(expect: Expect): void {
  const probe = (window as unknown as Probed).__probe;
  Object.assign(probe, { armed: true, armedAt: performance.now(), input: null, fetches: [], events: [], frames: [], candidate: null, frame: 0 });
  probe.before = expect.changed ? (document.querySelector(expect.selector)?.textContent ?? '') : null;
}

/** Polled once per frame: true once the expected screen was painted and stayed, with nothing in flight. */
export function settled(expect: Expect): boolean {
  const probe = (window as unknown as Probed).__probe;
  probe.frame++;
  const element = document.querySelector(expect.selector);
  const text = element?.textContent ?? '';
  const shows =
    probe.input !== null &&
    probe.inflight === 0 &&
    element !== null &&
    (expect.text === undefined || text.includes(expect.text)) &&
    (!expect.changed || text !== probe.before) &&
    (expect.absent === undefined || document.querySelector(expect.absent) === null);
  if (!shows) {
    probe.candidate = null;
    return false;
  }
  const candidate = probe.candidate;
  if (candidate === null || probe.lastFetchStart > candidate.at) {
    const next = { at: performance.now(), frame: probe.frame, painted: null as number | null };
    probe.candidate = next;
    // A task posted from a requestAnimationFrame callback runs once that frame has been painted.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (next.painted = performance.now());
    channel.port2.postMessage(null);
    return false;
  }
  return candidate.painted !== null && probe.frame - candidate.frame >= 2;
}

/** What one interaction took, read after settled() held. */
export function collect(): Pick<Probe, 'input' | 'fetches' | 'events' | 'frames'> & { painted: number | null } {
  const probe = (window as unknown as Probed).__probe;
  probe.armed = false;
  return { input: probe.input, painted: probe.candidate?.painted ?? null, fetches: probe.fetches, events: probe.events, frames: probe.frames };
}
