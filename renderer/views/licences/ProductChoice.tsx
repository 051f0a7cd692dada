import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import type { ProductView } from './change.ts';
import { FeatureSwitches } from './FeatureSwitches.tsx';
import { useLicenceStore } from './store.ts';

/** One product to tick; in Add mode, an arrow opens its per-user features. */
export function ProductChoice({ product }: { product: ProductView }) {
  const { t } = useTranslation();
  const mode = useLicenceStore((s) => s.mode);
  const checked = useLicenceStore((s) => s.chosen.includes(product.productId));
  const open = useLicenceStore((s) => s.expanded === product.productId);
  const toggle = useLicenceStore((s) => s.toggle);
  const expand = useLicenceStore((s) => s.expand);
  const note = useHeldNote(product);
  const featuresId = useId();
  const name = t(`ui.products.${product.productId}`);
  const showFeatures = mode === 'add' && product.features.length > 0;

  return (
    <li className="choice">
      <div className="choice-line">
        <label className="check">
          <input type="checkbox" checked={checked} onChange={() => toggle(product.productId)} />
          <span className="strong">{name}</span>
        </label>
        {note && <span className="muted small">{note}</span>}
        <span className="spacer" />
        {showFeatures && (
          <button
            type="button"
            className="btn-link"
            aria-expanded={open}
            aria-controls={featuresId}
            aria-label={t('licences.ui.featuresOf', { product: name })}
            onClick={() => expand(product.productId)}
          >
            {t('licences.ui.features')} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
          </button>
        )}
      </div>
      {showFeatures && open && <FeatureSwitches id={featuresId} product={product} />}
    </li>
  );
}

/** "Assigned" for the one user who holds it, "held by 3 of 50" for a selection, and the product an add-on rides on. */
function useHeldNote(product: ProductView): string | null {
  const { t } = useTranslation();
  const f = useFormatters();
  const audience = useLicenceStore((s) => s.audience);
  const total = useLicenceStore((s) => s.userIds.length);
  const held = audience?.held?.[product.productId] ?? 0;
  const addOn = product.addOnOf ? t('licences.ui.addOnOf', { product: t(`ui.products.${product.addOnOf}`) }) : null;
  const holding = !held ? null : total === 1 ? t('licences.ui.assigned') : t('licences.ui.heldBy', { held: f.number(held), total: f.number(total) });
  return [holding, addOn].filter(Boolean).join(' · ') || null;
}
