/**
 * The native notification's words: dates in the reader's time zone (My Account's), not the desktop's.
 */
import { describe, expect, it } from 'vitest';
import type { Notification } from '../schemas/notifications.ts';
import { notificationText } from './text.ts';

const reminder: Notification = {
  kind: 'renewal_reminder',
  id: 'renewal_reminder:s1:2027-01-01',
  at: '2026-12-25T00:00:00.000Z',
  urgent: false,
  read: false,
  route: { view: 'subscriptions' },
  productId: 'business_phone',
  // 23:30 UTC on 31 December is already 1 January in Paris and still 31 December in New York.
  renewsAt: '2026-12-31T23:30:00.000Z',
  due: { amount: 29420, currency: 'EUR' },
  card: { brand: 'visa', last4: '4242' },
} as Notification;

describe('notificationText', () => {
  it('dates a renewal in the reader’s zone, whatever the desktop’s', () => {
    const paris = notificationText(reminder, 'en', 'Europe/Paris').body;
    const newYork = notificationText(reminder, 'en', 'America/New_York').body;
    expect(paris).toMatch(/1 Jan 2027/);
    expect(newYork).toMatch(/31 Dec 2026/);
    expect(paris).toMatch(/€294\.20/);
  });
});
