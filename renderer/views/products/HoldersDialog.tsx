import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { useErrorText } from '../../components/errors.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { Modal } from '../../components/Modal.tsx';
import { downloadCsv } from '../imports/csv-files.ts';
import { filterHolders, holdersCsv, type Holder, type HowHeld } from './holders-csv.ts';
import '../groups/groups.css';

/** Everyone holding one product, directly or through groups: filtered by text and by how, exported as CSV. */
export function HoldersDialog({ productId, onClose }: { productId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const errorText = useErrorText();
  const [holders, setHolders] = useState<Holder[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [text, setText] = useState('');
  const [how, setHow] = useState<HowHeld>('all');
  const titleId = useId();
  const product = t(`ui.products.${productId}`);

  useEffect(() => {
    let live = true;
    void api()['products.holders']({ productId }).then((r) => {
      if (!live) return;
      if (r.ok) setHolders(r.value.holders);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [productId]);

  const shown = useMemo(() => filterHolders(holders ?? [], text, how), [holders, text, how]);
  const held = (h: Holder) => [...(h.direct ? [t('groups.ui.direct')] : []), ...h.via.map((g) => t('groups.ui.via', { group: g.name }))].join(' · ');
  const exportCsv = () =>
    downloadCsv(`${productId}-holders.csv`, holdersCsv(shown, { headers: { name: t('groups.ui.name'), email: t('groups.ui.holders.email'), held: t('groups.ui.holders.how') }, held }));

  return (
    <Modal labelledBy={titleId} onClose={onClose} className="people-dialog holders-dialog">
      <h2 id={titleId}>{t('groups.ui.holders.showFor', { product })}</h2>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {!holders && !error && <p className="muted">{t('groups.ui.holders.loading')}</p>}
      {holders && (
        <>
          <div className="holders-tools">
            <TextField label={t('groups.ui.holders.filter')} type="search" value={text} onChange={(e) => setText(e.target.value)} />
            <SelectField label={t('groups.ui.holders.howFilter')} value={how} onChange={(e) => setHow(e.target.value as HowHeld)}>
              <option value="all">{t('groups.ui.holders.all')}</option>
              <option value="direct">{t('groups.ui.holders.direct')}</option>
              <option value="group">{t('groups.ui.holders.byGroup')}</option>
            </SelectField>
            <button type="button" className="btn" disabled={!shown.length} onClick={exportCsv}>
              {t('groups.ui.holders.export')}
            </button>
          </div>
          <p className="muted small" role="status">{t('groups.ui.holders.count', f.count(shown.length))}</p>
          {shown.length ? (
            <div className="table-wrap holders-table">
              <table className="table plain" aria-label={t('groups.ui.holders.showFor', { product })}>
                <thead>
                  <tr>
                    <th scope="col">{t('groups.ui.name')}</th>
                    <th scope="col">{t('groups.ui.holders.email')}</th>
                    <th scope="col">{t('groups.ui.holders.how')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((h) => (
                    <tr key={h.userId}>
                      <th scope="row">{h.name}</th>
                      <td className="wrap">{h.email}</td>
                      <td className="wrap">{held(h)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted">{t(holders.length ? 'groups.ui.holders.noMatch' : 'groups.ui.holders.none')}</p>
          )}
        </>
      )}
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('groups.ui.close')}
        </button>
      </div>
    </Modal>
  );
}
