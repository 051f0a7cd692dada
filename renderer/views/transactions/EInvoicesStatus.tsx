import { useEffect, useId, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { useEInvoicesStore, type EInvoicesOutcome } from './einvoices-store.ts';
import type { AppError } from '../../../core/contract.ts';

/**
 * Where the period's e-invoices stand, above the toolbar: while the desktop prints, "Preparing e-invoices…
 * 12 of 40" with a bar and Cancel; afterwards what happened — saved N to the file, cancelled (nothing
 * written), downloaded as XML only (browser), or why it failed.
 */
export function EInvoicesStatus({ returnFocus }: { returnFocus: RefObject<HTMLElement | null> }) {
  const progress = useEInvoicesStore((s) => s.progress);
  const cancelling = useEInvoicesStore((s) => s.cancelling);
  const cancel = useEInvoicesStore((s) => s.cancel);
  const error = useEInvoicesStore((s) => s.error);
  const outcome = useEInvoicesStore((s) => s.outcome);
  return <EInvoicesStatusView {...{ progress, cancelling, error, outcome, returnFocus }} onCancel={() => void cancel()} />;
}

export interface EInvoicesStatusProps {
  progress: { done: number; total: number } | null;
  cancelling: boolean;
  error: AppError | null;
  outcome: EInvoicesOutcome;
  onCancel: () => void;
  returnFocus: RefObject<HTMLElement | null>;
}

/** What EInvoicesStatus shows, from its props alone. */
export function EInvoicesStatusView({ progress, cancelling, error, outcome, onCancel, returnFocus }: EInvoicesStatusProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (progress) return <EInvoicesProgress done={progress.done} total={progress.total} cancelling={cancelling} onCancel={onCancel} returnFocus={returnFocus} />;
  if (error) return <div className="banner banner-error" role="alert">{errorText(error)}</div>;
  if (!outcome) return null;
  const text =
    outcome.kind === 'saved'
      ? t('ui.transactions.savedEInvoices', { count: outcome.count, path: outcome.path })
      : outcome.kind === 'cancelled'
        ? t('ui.transactions.cancelledEInvoices')
        : t('ui.transactions.einvoicesXmlOnly');
  return <p className="banner banner-info" role="status">{text}</p>;
}

/**
 * The bar and Cancel. Cancel takes the focus (the save button is disabled meanwhile) and gives it back
 * after; once pressed it says so and stays focusable (aria-disabled: a second press does nothing).
 */
function EInvoicesProgress({ done, total, cancelling, onCancel, returnFocus }: { done: number; total: number } & Pick<EInvoicesStatusProps, 'cancelling' | 'onCancel' | 'returnFocus'>) {
  const { t } = useTranslation();
  const labelId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active === returnFocus.current) cancelRef.current?.focus();
    const box = cancelRef.current?.parentElement;
    return () => {
      const now = document.activeElement;
      if (!now || now === document.body || box?.contains(now)) returnFocus.current?.focus();
    };
  }, [returnFocus]);
  return (
    <div className="banner banner-info einvoices-progress no-print">
      <span id={labelId} role="status">
        {t('ui.transactions.preparingEInvoices', { done, total })}
      </span>
      <progress aria-labelledby={labelId} max={total} value={done} />
      <button ref={cancelRef} type="button" className="btn" aria-disabled={cancelling} onClick={onCancel}>
        {t(cancelling ? 'ui.transactions.cancellingEInvoices' : 'ui.transactions.cancelEInvoices')}
      </button>
    </div>
  );
}
