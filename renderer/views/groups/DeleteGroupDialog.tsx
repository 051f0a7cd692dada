import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { HeldPlan } from './HeldPlan.tsx';
import { useGroupsStore, type GroupPlan, type GroupView } from './store.ts';

/** Confirms a group's deletion, saying what members lose (from the deletion's dry run). */
export function DeleteGroupDialog({ group }: { group: GroupView }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const errorText = useErrorText();
  const close = useGroupsStore((s) => s.edit);
  const change = useGroupsStore((s) => s.change);
  const held = useGroupsStore((s) => (s.held?.groupId === group.id ? s.held.plan : null));
  const [plan, setPlan] = useState<GroupPlan | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    let live = true;
    void api()['groups.delete']({ groupId: group.id, dryRun: true }).then((r) => {
      if (!live) return;
      if (r.ok) setPlan(r.value.plan);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [group.id]);

  const losses = (plan?.products ?? []).filter((p) => p.removed > 0);
  const confirm = async () => {
    setBusy(true);
    setError(await change('groups.delete', { groupId: group.id }));
    setBusy(false);
  };

  return (
    <Modal labelledBy={titleId} describedBy={textId} onClose={() => close(null)} className="people-dialog">
      <h2 id={titleId}>{t('groups.ui.deleteDialog.title', { name: group.name })}</h2>
      <div id={textId}>
        <p>{t('groups.ui.deleteDialog.text')}</p>
        {plan && (
          <ul>
            {losses.length ? losses.map((p) => <li key={p.productId}>{t('groups.ui.deleteDialog.loses', { ...f.count(p.removed), product: t(`ui.products.${p.productId}`) })}</li>) : <li>{t('groups.ui.deleteDialog.nobodyLoses')}</li>}
          </ul>
        )}
      </div>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {held && <HeldPlan plan={held} />}
      <div className="actions">
        <button type="button" className="btn" onClick={() => close(null)}>
          {t('ui.common.cancel')}
        </button>
        <button type="button" className="btn btn-danger" disabled={busy || !plan} onClick={() => void confirm()}>
          {t('groups.ui.deleteDialog.ok')}
        </button>
      </div>
    </Modal>
  );
}
