/**
 * The bell in the top bar: the unread count on it, and a keyboard-accessible popover (react-aria:
 * focus moves in, Escape closes, focus returns to the bell) listing what needs attention. Choosing
 * one marks it read and opens its view through the same routes as links.
 */
import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../core/contract.ts';
import { formatDateTime } from '../format.ts';
import { openRoute } from '../links.ts';
import { useReload } from '../live-updates.ts';
import { useLanguage, useTimeZone } from '../selectors.ts';
import { useFormatters } from '../use-formatters.ts';
import { useNotificationsStore } from './store.ts';
import { useNotificationText } from './use-notification-text.ts';
import './notifications.css';

/** A bell drawn inline (no icon font or image request; the CSP allows only the app's own files). */
function BellIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

function Item({ notification, choose }: { notification: Notification; choose: (n: Notification) => void }) {
  const { t } = useTranslation();
  const text = useNotificationText()(notification);
  const language = useLanguage();
  const timeZone = useTimeZone();
  return (
    <li className={notification.read ? 'notice-item' : 'notice-item unread'}>
      <button type="button" className="notice-open" onClick={() => choose(notification)}>
        <span className="notice-title">
          {!notification.read && <span className="notice-dot" role="img" aria-label={t('notices.bell.unread')} />}
          {text.title}
        </span>
        <span className="notice-body">{text.body}</span>
        {notification.at && <span className="notice-when muted">{formatDateTime(notification.at, language, timeZone)}</span>}
      </button>
    </li>
  );
}

export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormatters();
  const notifications = useNotificationsStore((s) => s.notifications);
  const unread = useNotificationsStore((s) => s.unread);
  const load = useNotificationsStore((s) => s.load);
  const markRead = useNotificationsStore((s) => s.markRead);
  const [open, setOpen] = useState(false);
  useReload(load);
  // A renewal may fail while the app stays open (they run hourly): the count catches up within a minute.
  useEffect(() => {
    const timer = setInterval(() => void load(), 60_000);
    return () => clearInterval(timer);
  }, [load]);

  const choose = (n: Notification) => {
    setOpen(false);
    if (!n.read) void markRead([n.id]);
    openRoute(n.route);
  };
  const label = unread > 0 ? t('notices.bell.labelUnread', format.count(unread)) : t('notices.bell.label');

  return (
    <DialogTrigger isOpen={open} onOpenChange={(next) => {
      setOpen(next);
      // Opening the list is the moment to catch up (a renewal may have failed since).
      if (next) void load();
    }}>
      <Button className="btn bell-button" aria-label={label}>
        <BellIcon />
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true">
            {format.number(unread)}
          </span>
        )}
      </Button>
      <Popover className="notice-popover" placement="bottom end" offset={6}>
        <Dialog className="notice-dialog" aria-labelledby="notice-heading">
          <div className="notice-head">
            <Heading slot="title" id="notice-heading" className="notice-heading">
              {t('notices.bell.title')}
            </Heading>
            {unread > 0 && (
              <button type="button" className="btn-link" onClick={() => void markRead(notifications.filter((n) => !n.read).map((n) => n.id))}>
                {t('notices.bell.markAllRead')}
              </button>
            )}
          </div>
          {notifications.length === 0 ? (
            <p className="muted notice-empty">{t('notices.bell.empty')}</p>
          ) : (
            <ul className="notice-list">
              {notifications.map((n) => (
                <Item key={n.id} notification={n} choose={choose} />
              ))}
            </ul>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
