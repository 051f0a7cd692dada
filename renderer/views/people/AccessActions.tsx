import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { now as coreNow } from '../../app/clock.ts';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useMe, useTimeZone } from '../../app/selectors.ts';
import { useErrorText } from '../../components/errors.ts';
import type { AppError } from '../../../core/contract.ts';
import { usePeopleStore, type UserDetail } from './store.ts';
import { ResetTwoStep } from './ResetTwoStep.tsx';
import { useActor } from './user-actions.ts';

/**
 * The side panel's sign-in actions: an invited user's invitation (until when it works, resend, revoke),
 * an active user's password reset and (signing in in two steps) the reset of their two-step sign-in. Absent for oneself, and for a super administrator unless the admin
 * manages roles (the core refuses those too).
 */
export function AccessActions({ user }: { user: UserDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  const me = useMe();
  const actor = useActor();
  const errorText = useErrorText();
  const open = usePeopleStore((s) => s.open);
  const resend = usePeopleStore((s) => s.resendInvitation);
  const sendReset = usePeopleStore((s) => s.sendPasswordReset);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (me?.id === user.id || (user.role === 'super_admin' && !actor.managesRoles) || user.status === 'deactivated') return null;

  const run = async (action: (ids: string[]) => Promise<{ ok: true } | { ok: false; error: AppError }>) => {
    setBusy(true);
    setError(null);
    const result = await action([user.id]);
    setBusy(false);
    if (!result.ok) setError(errorText(result.error) ?? null);
  };

  const expiresAt = user.invitationExpiresAt;
  const expired = expiresAt !== undefined && Date.parse(expiresAt) <= coreNow().getTime();
  return (
    <div className="access">
      {error && <div className="banner banner-error" role="alert">{error}</div>}
      {user.status === 'invited' && expiresAt && (
        <p className={expired ? 'banner banner-warn' : 'muted'} role="note">
          {t(expired ? 'access.ui.people.invitationExpired' : 'access.ui.people.invitationExpires', { date: formatDateTime(expiresAt, language, timeZone) })}
        </p>
      )}
      <div className="access-actions">
        {user.status === 'invited' ? (
          <>
            <button type="button" className="btn" disabled={busy} onClick={() => void run(resend)}>
              {t('access.ui.people.resend')}
            </button>
            <button type="button" className="btn btn-danger-outline" disabled={busy} onClick={() => open({ kind: 'revoke', userIds: [user.id] })}>
              {t('access.ui.people.revoke')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="btn" disabled={busy} onClick={() => void run(sendReset)}>
              {t('access.ui.people.sendReset')}
            </button>
            {user.twoStep && <ResetTwoStep user={user} disabled={busy} />}
          </>
        )}
      </div>
    </div>
  );
}
