import { describe, expect, it } from 'vitest';
import { fakeWebContents } from '../../test/mocks/electron.ts';
import type { WebContents } from 'electron';
import { sendEvent } from './events.ts';

describe('sendEvent', () => {
  it('sends a payload that matches the contract on event:<name>', () => {
    const contents = fakeWebContents();
    expect(sendEvent(contents as unknown as WebContents, 'store.changed', { version: 7 })).toBe(true);
    expect(contents.send).toHaveBeenCalledWith('event:store.changed', { version: 7 });
  });

  it('sends nothing that breaks the contract, nor to a destroyed page', () => {
    const contents = fakeWebContents();
    expect(sendEvent(contents as unknown as WebContents, 'store.changed', { version: -1 })).toBe(false);
    expect(sendEvent(contents as unknown as WebContents, 'app.command', { command: 'format-disk' } as never)).toBe(false);
    contents.isDestroyed.mockReturnValue(true);
    expect(sendEvent(contents as unknown as WebContents, 'store.connection', { online: false })).toBe(false);
    expect(contents.send).not.toHaveBeenCalled();
  });
});
