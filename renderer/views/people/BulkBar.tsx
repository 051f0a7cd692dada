import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeopleStore } from './store.ts';
import { usePeopleLabels } from './use-labels.ts';
import { bulkActions, useActor } from './user-actions.ts';

/** The most users one role, status or delete command takes (the contract's limit). */
export const BULK_LIMIT = 5000;

/** What to do with the ticked users at once; shown while any are ticked. */
export function BulkBar() {
  const { t } = useTranslation();
  const checked = usePeopleStore((s) => s.checked);
  const open = usePeopleStore((s) => s.open);
  const clear = usePeopleStore((s) => s.clearChecked);
  const actor = useActor();
  const labels = usePeopleLabels();
  const users = usePeopleStore((s) => s.users);
  const resend = usePeopleStore((s) => s.resendInvitation);
  // Invitations are resent or revoked for a selection of invited users only (the core refuses others).
  const allInvited = useMemo(() => checked.size > 0 && users.filter((u) => checked.has(u.id)).every((u) => u.status === 'invited'), [users, checked]);
  if (checked.size === 0) return null;
  const userIds = [...checked];
  const can = bulkActions(userIds.length, actor, BULK_LIMIT);
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('people.ui.bulkLabel')}>
      <span className="strong" role="status">
        {t('people.ui.selected', labels.count(userIds.length))}
      </span>
      <button type="button" className="btn" onClick={() => open({ kind: 'licences', mode: 'add', userIds })}>
        {t('people.ui.actions.addProducts')}
      </button>
      <button type="button" className="btn" onClick={() => open({ kind: 'licences', mode: 'remove', userIds })}>
        {t('people.ui.actions.removeProducts')}
      </button>
      <button type="button" className="btn" onClick={() => open({ kind: 'group', userIds })}>
        {t('groups.ui.addToGroup')}
      </button>
      {can.changeRole && (
        <button type="button" className="btn" onClick={() => open({ kind: 'role', userIds })}>
          {t('people.ui.actions.changeRole')}
        </button>
      )}
      {can.changeStatus && (
        <>
          <button type="button" className="btn" onClick={() => open({ kind: 'status', userIds, status: 'deactivated' })}>
            {t('people.ui.actions.deactivate')}
          </button>
          <button type="button" className="btn" onClick={() => open({ kind: 'status', userIds, status: 'active' })}>
            {t('people.ui.actions.reactivate')}
          </button>
          <button type="button" className="btn btn-danger-outline" onClick={() => open({ kind: 'delete', userIds })}>
            {t('people.ui.actions.delete')}
          </button>
        </>
      )}
      {allInvited && can.changeStatus && (
        <>
          <button type="button" className="btn" onClick={() => void resend(userIds)}>
            {t('access.ui.people.resend')}
          </button>
          <button type="button" className="btn btn-danger-outline" onClick={() => open({ kind: 'revoke', userIds })}>
            {t('access.ui.people.revoke')}
          </button>
        </>
      )}
      <button type="button" className="btn-link" onClick={clear}>
        {t('people.ui.clearSelection')}
      </button>
      {can.reasons.map((key) => (
        <p key={key} className="bulk-note muted small" role="note">
          {t(key, { max: labels.number(BULK_LIMIT) })}
        </p>
      ))}
    </div>
  );
}
