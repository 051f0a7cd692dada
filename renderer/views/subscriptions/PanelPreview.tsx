import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { QuoteTable } from '../../components/QuoteTable.tsx';
import { usePlanName } from './selectors.ts';
import { useSubscriptionsStore } from './store.ts';

/** The live proration preview of the open panel, or why the change can't be made. */
export function PanelPreview() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const quote = useSubscriptionsStore((s) => s.quote);
  const quoteError = useSubscriptionsStore((s) => s.quoteError);
  const previewing = useSubscriptionsStore((s) => s.previewing);
  const planName = usePlanName();
  const subscriptions = useSubscriptionsStore((s) => s.subscriptions);
  const renewalOf = (id: string) => subscriptions.find((sub) => sub.id === id)?.nextRenewalAmount;
  return (
    <div className="preview" aria-live="polite" aria-busy={previewing}>
      {quoteError && (
        <div className="banner banner-error" role="alert">
          {errorText(quoteError)}
        </div>
      )}
      {previewing && !quote && !quoteError && <p className="muted">{t('ui.billing.quote.calculating')}</p>}
      {quote && !quoteError && <QuoteTable quote={quote} caption={t('ui.billing.quote.caption')} planName={planName} renewalOf={renewalOf} />}
    </div>
  );
}
