import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { useErrorText } from '../../components/errors.ts';
import { SelectField } from '../../components/Field.tsx';
import { Modal } from '../../components/Modal.tsx';
import { HeldPlan } from './HeldPlan.tsx';
import { useGroupsStore, type GroupView } from './store.ts';

/** People's selection added to a group chosen here, with the seats check of any group change. */
export function AddToGroupDialog({ userIds, onClose }: { userIds: string[]; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const errorText = useErrorText();
  const change = useGroupsStore((s) => s.change);
  const [groups, setGroups] = useState<GroupView[] | null>(null);
  const [groupId, setGroupId] = useState('');
  const held = useGroupsStore((s) => (s.held && s.held.groupId === groupId ? s.held.plan : null));
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();

  useEffect(() => {
    let live = true;
    useGroupsStore.setState({ held: null });
    void api()['groups.list']().then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error);
      setGroups(r.value.groups);
      setGroupId(r.value.groups[0]?.id ?? '');
    });
    return () => {
      live = false;
    };
  }, []);

  const add = async () => {
    setBusy(true);
    const failed = await change('groups.addMembers', { groupId, userIds });
    setError(failed);
    setBusy(false);
    if (!failed && !useGroupsStore.getState().held) onClose(true);
  };

  return (
    <Modal labelledBy={titleId} onClose={() => onClose(false)} className="people-dialog">
      <h2 id={titleId}>{t('groups.ui.addToGroupTitle', f.count(userIds.length))}</h2>
      {groups && !groups.length && <p className="muted">{t('groups.ui.noGroups')}</p>}
      {groups && groups.length > 0 && (
        <div className="form-grid one-column">
          <SelectField label={t('groups.ui.chooseGroup')} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {held && <HeldPlan plan={held} />}
      <div className="actions">
        <button type="button" className="btn" onClick={() => onClose(false)}>
          {t('ui.common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" disabled={busy || !groupId} onClick={() => void add()}>
          {t('groups.ui.addDialog.ok')}
        </button>
      </div>
    </Modal>
  );
}
