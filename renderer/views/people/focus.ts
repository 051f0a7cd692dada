/**
 * People opened on one user (#/people/<email>: a link, a notification, an email's link): once the list
 * is in, that user's side panel opens. An email the account has no user for is said, not ignored.
 */
import { useEffect, useState } from 'react';
import { useSessionStore } from '../../app/session-store.ts';
import { usePeopleStore } from './store.ts';

/** Opens the named user's panel; returns the email when no user has it. */
export function useFocusUser(): string | null {
  const email = useSessionStore((s) => (s.view === 'people' ? s.viewId : null));
  const visit = useSessionStore((s) => s.visit);
  const loaded = usePeopleStore((s) => s.loaded);
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    if (!email || !loaded) return setMissing(null);
    const { users, select, selectedId } = usePeopleStore.getState();
    const wanted = email.toLowerCase();
    const user = users.find((u) => u.email.toLowerCase() === wanted);
    setMissing(user ? null : email);
    if (user && user.id !== selectedId) select(user.id);
  }, [email, loaded, visit]);
  return missing;
}
