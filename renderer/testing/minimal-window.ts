/**
 * For `*.window.test.ts` files (the isolated project): a minimal `window` for the renderer's stores,
 * whose modules read the hash route and the api when imported. `answer` gets each call's channel and
 * input and returns what the bridge would (a promise); `window.api.on` subscribes through `on` when given
 * (it returns the unsubscribe), else to nothing.
 */
export function installMinimalWindow(
  answer: (channel: string, input: unknown) => Promise<unknown>,
  on: (event: string, listener: (payload: unknown) => void) => () => void = () => () => undefined,
): void {
  const api = new Proxy(
    {},
    {
      get: (_target, channel) => {
        if (channel === 'on') return on;
        return (input: unknown) => answer(String(channel), input);
      },
    },
  );
  Object.assign(globalThis, {
    window: { location: { hash: '', protocol: 'app:' }, api, addEventListener: () => undefined, localStorage: undefined, navigator: { userAgent: 'node', platform: '' }, screen: {}, visualViewport: {} },
  });
}
