/**
 * Other desktops' changes that got in a user's way: a command of theirs refused because a colleague
 * changed the same thing first (a lost race, a seat just taken). The core keeps the latest few per
 * user in memory, for the notification centre; they last as long as this process (the audit log keeps
 * the changes themselves).
 */
import type { RemoteChange } from '../schemas/remote-change.ts';

export class RemoteNotices {
  private readonly byUser = new Map<string, RemoteChange[]>();
  constructor(private readonly keep = 20) {}

  record(userId: string, changes: readonly RemoteChange[]): void {
    if (!changes.length) return;
    const known = this.byUser.get(userId) ?? [];
    const ids = new Set(known.map(remoteNoticeId));
    const fresh = changes.filter((c) => !ids.has(remoteNoticeId(c)));
    this.byUser.set(userId, [...known, ...fresh].slice(-this.keep));
  }

  of(userId: string): readonly RemoteChange[] {
    return this.byUser.get(userId) ?? [];
  }
}

/** A stable id for one remote change (the same change told twice is one notification). */
export function remoteNoticeId(change: RemoteChange): string {
  return ['remote_change', change.at, change.auditAction, change.target.type, change.target.id, change.action, change.productId ?? ''].join(':').slice(0, 300);
}
