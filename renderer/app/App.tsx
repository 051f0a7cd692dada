import { useEffect } from 'react';
import { SignInView } from '../views/sign-in/SignInView.tsx';
import { mayOpen, ROUTES } from './routes.tsx';
import { useSessionStore } from './session-store.ts';
import { Shell } from './Shell.tsx';

export function App() {
  const phase = useSessionStore((s) => s.phase);
  const view = useSessionStore((s) => s.view);
  const permissions = useSessionStore((s) => s.session?.permissions);
  const boot = useSessionStore((s) => s.boot);
  useEffect(() => {
    void boot();
  }, [boot]);

  if (phase === 'loading') return null;
  if (phase === 'signed-out') return <SignInView />;
  const View = ROUTES[mayOpen(view, permissions ?? []) ? view : 'overview'].component;
  return (
    <Shell>
      <View />
    </Shell>
  );
}
