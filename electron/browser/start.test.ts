import type { ChildProcess, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openInBrowser, type Opened } from './start.ts';

const LINK = 'http://127.0.0.1:4321/sign-in?code=one-time-code-abc123';

describe('opening the browser on a sign-in link', () => {
  const opened: Opened[] = [];
  afterEach(() => opened.splice(0).forEach((o) => o.remove()));

  // Issue 19: the secret was passed to xdg-open on its command line, where `ps` shows it to every local user.
  it.each(['linux', 'darwin', 'win32'] as const)('puts no code on the opener’s command line (%s)', (platform) => {
    const calls: { command: string; args: readonly string[] }[] = [];
    const fakeSpawn = ((command: string, args: readonly string[]) => {
      calls.push({ command, args });
      return Object.assign(new EventEmitter(), { unref: () => undefined }) as unknown as ChildProcess;
    }) as unknown as typeof spawn;
    const o = openInBrowser(LINK, { spawn: fakeSpawn, platform });
    opened.push(o);
    expect(calls).toHaveLength(1);
    const argv = [calls[0]!.command, ...calls[0]!.args].join(' ');
    expect(argv).not.toContain('one-time-code-abc123');
    expect(argv).not.toContain('code=');
    expect(argv).not.toContain('127.0.0.1');
    expect(calls[0]!.args).toEqual([o.file]);
  });

  it('hands the link over in a page only this user can read, deleted afterwards', () => {
    const fakeSpawn = (() => Object.assign(new EventEmitter(), { unref: () => undefined })) as unknown as typeof spawn;
    const o = openInBrowser(LINK, { spawn: fakeSpawn, platform: 'linux' });
    expect(fs.statSync(o.file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(o.file)).mode & 0o777).toBe(0o700);
    expect(fs.readFileSync(o.file, 'utf8')).toContain(`url=${LINK}`);
    o.remove();
    expect(fs.existsSync(path.dirname(o.file))).toBe(false);
  });
});
