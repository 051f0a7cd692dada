import type { Language } from './i18n.ts';
import { useSessionStore, type Session } from './session-store.ts';

export const useMe = () => useSessionStore((s) => s.session?.user ?? null);
export const useLanguage = () => useSessionStore((s) => (s.session?.user.language ?? 'en') as Language);
export const useTimeZone = () => useSessionStore((s) => s.session?.user.timeZone ?? 'UTC');
export const useCan = (permission: Session['permissions'][number]) =>
  useSessionStore((s) => s.session?.permissions.includes(permission) ?? false);
/** The account's policy holds this session in the two-step enrolment until the user enrols. */
export const useMustEnrolTwoStep = () => useSessionStore((s) => s.session?.mustEnrolTwoStep ?? false);
