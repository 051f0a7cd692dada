import { useTranslation } from 'react-i18next';
import type { ProductView } from './change.ts';
import { useLicenceStore } from './store.ts';

/** A product's per-user features, each switched on or off (switching one ticks the product). */
export function FeatureSwitches({ id, product }: { id: string; product: ProductView }) {
  const { t } = useTranslation();
  const features = useLicenceStore((s) => s.features[product.productId]);
  const setFeature = useLicenceStore((s) => s.setFeature);
  return (
    <fieldset id={id} className="feature-switches">
      <legend>{t('licences.ui.featuresOf', { product: t(`ui.products.${product.productId}`) })}</legend>
      {product.features.map((feature) => (
        <label key={feature} className="check">
          <input type="checkbox" role="switch" checked={features?.[feature] ?? false} onChange={(e) => setFeature(product.productId, feature, e.target.checked)} />
          {t(`licences.features.${feature}`)}
        </label>
      ))}
    </fieldset>
  );
}
