import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EnrolTwoStep } from '../views/sign-in/EnrolTwoStep.tsx';
import { SignInView } from '../views/sign-in/SignInView.tsx';
import { mayOpen, ROUTES } from './routes.tsx';
import { useMustEnrolTwoStep } from './selectors.ts';
import { useSessionStore } from './session-store.ts';
import { Shell } from './Shell.tsx';

export function App() {
  const { t } = useTranslation();
  const phase = useSessionStore((s) => s.phase);
  const view = useSessionStore((s) => s.view);
  const permissions = useSessionStore((s) => s.session?.permissions);
  const mustEnrol = useMustEnrolTwoStep();
  const boot = useSessionStore((s) => s.boot);
  useEffect(() => {
    void boot();
  }, [boot]);

  if (phase === 'loading') return null;
  if (phase === 'signed-out') return <SignInView />;
  if (mustEnrol) return <EnrolTwoStep />;
  const allowed = mayOpen(view, permissions ?? []);
  const View = ROUTES[allowed ? view : 'overview'].component;
  return (
    <Shell>
      {/* A link or a typed address to a view this user may not open: the usual refusal, over the Overview. */}
      {!allowed && (
        <div className="banner banner-error" role="alert">
          {t('errors.forbidden')}
        </div>
      )}
      <View />
    </Shell>
  );
}
