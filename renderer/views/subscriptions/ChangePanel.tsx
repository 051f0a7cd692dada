import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { useReturnFocus } from '../../components/use-return-focus.ts';
import { addOnProductId, isDowngrade, toChange } from './changes.ts';
import { PanelFields } from './PanelFields.tsx';
import { PanelPreview } from './PanelPreview.tsx';
import { useSubscription } from './selectors.ts';
import { useSubscriptionsStore } from './store.ts';

/** The inline panel of one change: its fields, the live price preview, and Add to cart (or a downgrade request). */
export function ChangePanel() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const panel = useSubscriptionsStore((s) => s.panel)!;
  const draft = useSubscriptionsStore((s) => s.draft);
  const busy = useSubscriptionsStore((s) => s.busy);
  const quoteError = useSubscriptionsStore((s) => s.quoteError);
  const panelError = useSubscriptionsStore((s) => s.panelError);
  const close = useSubscriptionsStore((s) => s.closePanel);
  const addToCart = useSubscriptionsStore((s) => s.addToCart);
  const requestDowngrade = useSubscriptionsStore((s) => s.requestDowngrade);
  const sub = useSubscription(panel.subscriptionId);
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  useReturnFocus();
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input, select') ?? ref.current?.querySelector<HTMLElement>('h3');
    first?.focus();
  }, [panel.kind, panel.productId]);

  const addOnId = panel.addOnPlanId ? addOnProductId(sub, panel.addOnPlanId) : undefined;
  const names = { product: t(`ui.products.${panel.productId}`), addOn: addOnId ? t(`ui.products.${addOnId}`) : (sub?.addOnPlans.find((p) => p.planId === panel.addOnPlanId)?.name ?? '') };
  const downgrade = panel.kind === 'change_plan' && isDowngrade(sub, draft.planId);
  const change = toChange(panel, draft, sub);

  function submit(event: FormEvent) {
    event.preventDefault();
    void addToCart();
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') close();
  }

  return (
    <section ref={ref} className="change-panel" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <h3 id={titleId} tabIndex={-1}>
        {t(`ui.subscriptions.panel.title.${panel.kind}`, names)}
      </h3>
      <form onSubmit={submit} noValidate>
        <PanelFields sub={sub} names={names} />
        {downgrade ? <p className="banner banner-info" role="note">{t('ui.subscriptions.panel.downgradeNote')}</p> : <PanelPreview />}
        {panelError && <div className="banner banner-error" role="alert">{errorText(panelError)}</div>}
        <div className="actions">
          <button type="button" className="btn" onClick={close}>
            {t('ui.common.cancel')}
          </button>
          {downgrade ? (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void requestDowngrade()}>
              {t('ui.subscriptions.panel.requestDowngrade')}
            </button>
          ) : (
            <button type="submit" className="btn btn-primary" disabled={busy || !change || !!quoteError}>
              {t('ui.subscriptions.panel.addToCart')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
