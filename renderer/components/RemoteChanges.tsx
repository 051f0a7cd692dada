/**
 * What other desktops did, in words of the viewer's language: "Marco Rossi gave Jan de Vries a
 * Contact Center licence." From the typed changes a conflict or a seats check carries (who, what, to whom).
 */
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/contract.ts';
import { useAuditLabels } from '../views/activity/use-audit-labels.ts';

type RemoteChange = NonNullable<AppError['changes']>[number];

export function useRemoteChangeText() {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  return (change: RemoteChange): string =>
    t(`ui.live.did.${change.action}`, {
      actor: change.actor ? change.actor.name : t('ui.activity.system'),
      target: change.target.name,
      product: change.productId ? t(`ui.products.${change.productId}`) : '',
      what: labels.action(change.auditAction),
    });
}

/** The list under a heading ("What changed on another desktop:"); nothing when there is nothing to say. */
export function RemoteChanges({ changes, heading }: { changes: readonly RemoteChange[] | undefined; heading: 'lostTitle' | 'justNow' }) {
  const { t } = useTranslation();
  const text = useRemoteChangeText();
  if (!changes?.length) return null;
  return (
    <div className="remote-changes">
      <p className="strong">{t(`ui.live.${heading}`)}</p>
      <ul>
        {changes.map((change, i) => (
          <li key={i}>{text(change)}</li>
        ))}
      </ul>
    </div>
  );
}
