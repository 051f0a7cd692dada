import { useEffect } from 'react';
import { SignInView } from '../views/sign-in/SignInView.tsx';
import { ReactivationView } from '../views/reactivation/ReactivationView.tsx';
import { mayOpen, ROUTES } from './routes.tsx';
import { useSessionStore } from './session-store.ts';
import { Shell } from './Shell.tsx';

export function App() {
  const phase = useSessionStore((s) => s.phase);
  const view = useSessionStore((s) => s.view);
  const permissions = useSessionStore((s) => s.session?.permissions);
  const boot = useSessionStore((s) => s.boot);
  const cancelled = useSessionStore((s) => s.session?.account.status === 'cancelled');
  useEffect(() => {
    void boot();
  }, [boot]);

  if (phase === 'loading') return null;
  if (phase === 'signed-out') return <SignInView />;
  if (cancelled) return <ReactivationView />;
  const View = ROUTES[mayOpen(view, permissions ?? []) ? view : 'overview'].component;
  return (
    <Shell>
      <View />
    </Shell>
  );
}
