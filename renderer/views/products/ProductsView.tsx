import { useReload } from '../../app/live-updates.ts';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { ProductsTable } from './ProductsTable.tsx';
import { useProductsStore } from './store.ts';

/** Home > Products: per product its plan and seats (bought, assigned, free), and Add licences or why not. */
export function ProductsView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const load = useProductsStore((s) => s.load);
  const loaded = useProductsStore((s) => s.loaded);
  const error = useProductsStore((s) => s.error);
  useReload(load);

  return (
    <div className="products-view">
      <h1>{t('ui.nav.products')}</h1>
      <p className="muted intro">{t('licences.products.intro')}</p>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {!loaded ? <p className="muted">{t('licences.products.loading')}</p> : <ProductsTable />}
    </div>
  );
}
