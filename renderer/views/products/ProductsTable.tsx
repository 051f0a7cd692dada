import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/selectors.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { ContactSupport } from '../../components/ContactSupport.tsx';
import { useProductsStore, type ProductRow } from './store.ts';
import { HoldersDialog } from './HoldersDialog.tsx';
import { useBuySeats } from './use-buy-seats.ts';

/** The products and their seats, one row each; prices (with Contact support beside them) for billing viewers. */
export function ProductsTable() {
  const { t } = useTranslation();
  const products = useProductsStore((s) => s.products);
  const priced = products.some((p) => p.price);
  return (
    <div className="table-wrap products-table">
      <table className="table plain" aria-label={t('licences.products.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('licences.products.product')}</th>
            <th scope="col">{t('licences.products.plan')}</th>
            {priced && <th scope="col">{t('licences.products.price')}</th>}
            <th scope="col" className="num">{t('licences.products.seats')}</th>
            <th scope="col" className="num">{t('licences.products.assigned')}</th>
            <th scope="col" className="num">{t('licences.products.free')}</th>
            <th scope="col">{t('licences.products.licences')}</th>
          </tr>
        </thead>
        <tbody>
          {products.map((p) => (
            <ProductLine key={p.productId} product={p} priced={priced} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ProductLine({ product, priced }: { product: ProductRow; priced: boolean }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const price = product.price;
  const name = t(`ui.products.${product.productId}`);
  return (
    <tr>
      <th scope="row">
        <ProductName productId={product.productId} name={name} />
        {product.addOnOf && <div className="muted small">{t('licences.ui.addOnOf', { product: t(`ui.products.${product.addOnOf}`) })}</div>}
      </th>
      <td>{product.planName ?? <span className="muted">{t('licences.products.notSubscribed')}</span>}</td>
      {priced && (
        <td className="wrap">
          {price && (
            <>
              <div className="price">{t(`ui.billing.perSeat.${price.interval}`, { amount: f.money(price.amount, price.currency) })}</div>
              <ContactSupport />
            </>
          )}
        </td>
      )}
      <td className="num">{f.number(product.seats)}</td>
      <td className="num">{f.number(product.assigned)}</td>
      <td className="num">{f.number(product.free)}</td>
      <td className="wrap">
        <AddLicences product={product} name={name} />
      </td>
    </tr>
  );
}

/** Add licences (to that product's subscription management and the cart), or why it is absent: the core says which. */
function AddLicences({ product, name }: { product: ProductRow; name: string }) {
  const { t } = useTranslation();
  const { buy } = useBuySeats();
  if (!product.canAddLicences) return <span className="muted small" role="note">{t(product.addLicencesReason ?? 'errors.licences.addNeedsPermission')}</span>;
  return (
    <button type="button" className="btn" aria-label={t('licences.products.addLicencesFor', { product: name })} onClick={() => buy(product.productId)}>
      {t('licences.products.addLicences')}
    </button>
  );
}

/** The product's name; for who may see people, a button listing who holds it (directly or by group). */
function ProductName({ productId, name }: { productId: string; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const managesUsers = useCan('manage_users');
  const managesLicences = useCan('manage_licenses');
  if (!managesUsers && !managesLicences) return <>{name}</>;
  return (
    <>
      <button type="button" className="btn-link product-link" title={t('groups.ui.holders.showFor', { product: name })} onClick={() => setOpen(true)}>
        {name}
      </button>
      {open && <HoldersDialog productId={productId} onClose={() => setOpen(false)} />}
    </>
  );
}
