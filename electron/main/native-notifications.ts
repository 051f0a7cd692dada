/**
 * The urgent notifications (a failed renewal's pending payment, damaged data) also as the desktop's
 * own notifications, worded in the signed-in user's language. Each shows once per run while unread;
 * a click focuses the window and opens its view (the same route as a link). The list comes from the
 * core, as the signed-in user of the window sees it: checked on start, on a timer and whenever the
 * account changed.
 */
import { Notification } from 'electron';
import type { Notification as AppNotification, Result } from '../../core/contract.ts';
import type { Language } from '../../core/model/records.ts';
import { notificationText } from '../../core/notifications/text.ts';
import type { LinkRouter } from './links.ts';

/** Calls the core as the window's signed-in user (null: nobody has signed in in the window yet). */
export type WindowCall = (channel: 'auth.session' | 'notifications.list') => Promise<Result<unknown>> | null;

/** Whom the text is for: the window's signed-in user's language and time zone. */
interface Reader {
  language: Language;
  timeZone: string;
}

export interface NativeNotifier {
  check(): Promise<void>;
  /** Checks now and every `everyMs`; returns the function that stops. */
  start(everyMs?: number): () => void;
}

export function createNativeNotifier(call: WindowCall, router: Pick<LinkRouter, 'openRoute'>): NativeNotifier {
  const shown = new Set<string>();
  // Referenced until closed: a notification the garbage collector takes loses its click handler.
  const open = new Set<Notification>();
  let checking: Promise<void> | null = null;

  function show(notification: AppNotification, reader: Reader): void {
    const text = notificationText(notification, reader.language, reader.timeZone);
    const native = new Notification({ title: text.title, body: text.body });
    native.on('click', () => {
      open.delete(native);
      router.openRoute(notification.route);
    });
    native.on('close', () => open.delete(native));
    open.add(native);
    native.show();
  }

  async function run(): Promise<void> {
    if (!Notification.isSupported()) return;
    const session = await call('auth.session');
    if (!session?.ok || !session.value) return;
    const reader = (session.value as { user: Reader }).user;
    const listed = await call('notifications.list');
    if (!listed?.ok) return;
    for (const n of (listed.value as { notifications: AppNotification[] }).notifications) {
      if (!n.urgent || n.read || shown.has(n.id)) continue;
      shown.add(n.id);
      show(n, reader);
    }
  }

  const check = () => (checking ??= run().finally(() => (checking = null)));

  return {
    check,
    start(everyMs = 60_000) {
      void check();
      const timer = setInterval(() => void check(), everyMs);
      timer.unref?.();
      return () => clearInterval(timer);
    },
  };
}
