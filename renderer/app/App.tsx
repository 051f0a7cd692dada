import { useEffect } from 'react';
import { ActivityView } from '../views/activity/ActivityView.tsx';
import { MyAccountView } from '../views/my-account/MyAccountView.tsx';
import { PeopleView } from '../views/people/PeopleView.tsx';
import { SignInView } from '../views/sign-in/SignInView.tsx';
import { useSessionStore } from './session-store.ts';
import { Shell } from './Shell.tsx';

export function App() {
  const phase = useSessionStore((s) => s.phase);
  const view = useSessionStore((s) => s.view);
  const canSeePeople = useSessionStore((s) => s.session?.permissions.includes('manage_users') ?? false);
  const boot = useSessionStore((s) => s.boot);
  useEffect(() => {
    void boot();
  }, [boot]);

  if (phase === 'loading') return null;
  if (phase === 'signed-out') return <SignInView />;
  return (
    <Shell>
      {view === 'people' && canSeePeople ? <PeopleView /> : view === 'activity' ? <ActivityView /> : <MyAccountView />}
    </Shell>
  );
}
