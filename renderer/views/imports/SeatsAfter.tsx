import { useTranslation } from 'react-i18next';
import { useImportStore } from './store.ts';

/** Per product the file names: seats used and free once the `ok` rows are applied. */
export function SeatsAfter() {
  const { t } = useTranslation();
  const products = useImportStore((s) => s.report?.products ?? []);
  if (!products.length) return null;

  return (
    <section className="seats-after">
      <h3>{t('imports.ui.seats.title')}</h3>
      <ul>
        {products.map((p) => (
          <li key={p.productId}>
            {t('imports.ui.seats.line', { product: t(`ui.products.${p.productId}`), assigned: p.assignedAfter, seats: p.seats, free: Math.max(0, p.freeAfter) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
