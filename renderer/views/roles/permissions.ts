import type { Session } from '../../app/session-store.ts';

export type Permission = Extract<Session['permissions'][number], 'manage_users' | 'manage_licenses' | 'view_billing'>;

/** The permissions a custom role is built from, in the order the core lists them. */
export const PERMISSIONS: readonly Permission[] = ['manage_users', 'manage_licenses', 'view_billing'];
