import { useTranslation } from 'react-i18next';
import { addOnProductId, mayOpenPanel, type PanelKind, type Subscription } from './changes.ts';
import { useBillingMode, useChangeRights } from './selectors.ts';
import { useSubscriptionsStore } from './store.ts';

/** The change actions of one subscription, or why there are none (no billing rights) or so few (seats only). */
export function CardActions({ sub }: { sub: Subscription }) {
  const { t } = useTranslation();
  const rights = useChangeRights();
  const mode = useBillingMode();
  const panel = useSubscriptionsStore((s) => s.panel);
  const openPanel = useSubscriptionsStore((s) => s.openPanel);
  const product = t(`ui.products.${sub.productId}`);

  // Offline and corporate accounts get the notice at the top instead of any action.
  if (mode !== 'self_service') return null;
  if (rights === 'none') return <p className="muted note" role="note">{t('ui.subscriptions.noBillingRights')}</p>;

  const isOpen = (kind: PanelKind, addOnPlanId?: string) => panel?.productId === sub.productId && panel.kind === kind && panel.addOnPlanId === addOnPlanId;
  const button = (kind: PanelKind, label: string, addOnPlanId?: string) =>
    mayOpenPanel(rights, { kind, addOnPlanId }, sub) && (
      <button
        key={`${kind}-${addOnPlanId ?? ''}`}
        type="button"
        className="btn"
        aria-expanded={isOpen(kind, addOnPlanId)}
        onClick={() => openPanel({ kind, productId: sub.productId, subscriptionId: sub.id, ...(addOnPlanId ? { addOnPlanId } : {}) })}
      >
        {label}
      </button>
    );

  const addOnName = (planId: string, fallback: string) => {
    const productId = addOnProductId(sub, planId);
    return productId ? t(`ui.products.${productId}`) : fallback;
  };
  return (
    <>
      <div className="card-actions" role="group" aria-label={t('ui.subscriptions.actionsLabel', { product })}>
        {button('add_seats', t('ui.subscriptions.actions.add_seats'))}
        {button('remove_seats', t('ui.subscriptions.actions.remove_seats'))}
        {sub.plans.length > 1 && button('change_plan', t('ui.subscriptions.actions.change_plan'))}
        {button('change_interval', t('ui.subscriptions.actions.change_interval'))}
        {sub.addOnPlans.map((p) => button('add_addon', t('ui.subscriptions.actions.add_addon', { addOn: addOnName(p.planId, p.name) }), p.planId))}
        {sub.addOns.map((a) => button('remove_addon', t('ui.subscriptions.actions.remove_addon', { addOn: t(`ui.products.${a.productId}`) }), a.planId))}
      </div>
      {rights === 'seats' && <p className="muted note" role="note">{t('ui.subscriptions.seatsOnlyNote')}</p>}
    </>
  );
}
