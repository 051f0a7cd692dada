import { useEffect, useId, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLive } from '../../app/live-updates.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { RemoteChanges } from '../../components/RemoteChanges.tsx';
import { PlanSummary } from './PlanSummary.tsx';
import { ProductChoice } from './ProductChoice.tsx';
import { QueueCleanup } from './QueueCleanup.tsx';
import { useCanApply, useOfferedProducts } from './selectors.ts';
import { useLicenceStore } from './store.ts';

/** Add or remove products for one or many users (People > user menu, or the bulk toolbar). */
export interface LicenceDialogProps {
  mode: 'add' | 'remove';
  /** The users the change applies to: one from a user's menu, many from the selection. */
  userIds: string[];
  /** `changed` is true when a change was applied (the caller reloads its users). */
  onClose: (changed: boolean) => void;
}

/**
 * Add products: tick products, open each to switch its features, optionally email, confirm. Remove
 * products: tick, optionally email, confirm — with the Contact Center queue cleanup when it applies.
 * The summary before confirming comes from licences.preview; the change is one all-or-nothing command.
 */
export function LicenceDialog({ mode, userIds, onClose }: LicenceDialogProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const f = useFormatters();
  const start = useLicenceStore((s) => s.start);
  const reset = useLicenceStore((s) => s.reset);
  const loaded = useLicenceStore((s) => s.loaded);
  const loadError = useLicenceStore((s) => s.loadError);
  const applyError = useLicenceStore((s) => s.applyError);
  const name = useLicenceStore((s) => s.audience?.name ?? '');
  const notify = useLicenceStore((s) => s.notify);
  const setNotify = useLicenceStore((s) => s.setNotify);
  const blocked = useLicenceStore((s) => (s.plan?.blockers.length ?? 0) > 0);
  const busy = useLicenceStore((s) => s.busy);
  const apply = useLicenceStore((s) => s.apply);
  const products = useOfferedProducts();
  const canApply = useCanApply();
  const titleId = useId();
  const forId = useId();
  const blockersId = useId();
  const ids = userIds.join(',');
  useEffect(() => {
    void start(mode, ids.split(','));
    return reset;
  }, [start, reset, mode, ids]);
  // Like the views: when the account changes (another desktop, back online), seats and the summary follow.
  const refresh = useLicenceStore((s) => s.refresh);
  const version = useLive((s) => s.version);
  const opened = useRef(version);
  useEffect(() => {
    if (version !== opened.current) void refresh();
  }, [version, refresh]);

  const who = userIds.length === 1 ? name : t('licences.ui.forUsers', f.count(userIds.length));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await apply()) onClose(true);
  }

  return (
    <Modal labelledBy={titleId} describedBy={forId} onClose={() => onClose(false)} className="licence-dialog">
      <h2 id={titleId}>{t(`licences.ui.title.${mode}`)}</h2>
      <p id={forId} className="muted">
        {who}
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {loadError && <div className="banner banner-error" role="alert">{errorText(loadError)}</div>}
        {!loaded && <p className="muted">{t('licences.ui.loading')}</p>}
        {loaded && (
          <fieldset className="choices">
            <legend>{t(`licences.ui.pick.${mode}`)}</legend>
            {products.length === 0 && <p className="muted">{t('licences.ui.noProducts')}</p>}
            <ul>
              {products.map((p) => (
                <ProductChoice key={p.productId} product={p} />
              ))}
            </ul>
          </fieldset>
        )}
        {mode === 'remove' && <QueueCleanup />}
        <label className="check notify">
          <input type="checkbox" checked={notify} onChange={(e) => setNotify(e.target.checked)} />
          {t('licences.ui.notify')}
        </label>
        <PlanSummary blockersId={blockersId} onLeave={() => onClose(false)} />
        {applyError && (
          <div className="banner banner-error" role="alert">
            {errorText(applyError)}
            <RemoteChanges changes={applyError.changes} heading="lostTitle" />
          </div>
        )}
        <div className="actions">
          <button type="button" className="btn" onClick={() => onClose(false)}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className={mode === 'remove' ? 'btn btn-danger' : 'btn btn-primary'} disabled={!canApply} aria-describedby={blocked ? blockersId : undefined} aria-busy={busy}>
            {t(`licences.ui.confirm.${mode}`)}
          </button>
        </div>
      </form>
    </Modal>
  );
}
