import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { useGroupsStore, type GroupView } from './store.ts';

type Chosen = Record<string, Record<string, boolean>>;

/** The products the group gives, each with its features: ticked here, saved together (all or nothing). */
export function GroupProducts({ group, onError }: { group: GroupView; onError: (error: AppError | null) => void }) {
  const { t } = useTranslation();
  const products = useGroupsStore((s) => s.products);
  const change = useGroupsStore((s) => s.change);
  const [chosen, setChosen] = useState<Chosen>(() => Object.fromEntries(group.products.map((p) => [p.productId, { ...p.features }])));
  const [busy, setBusy] = useState(false);
  const toggle = (productId: string, features: string[]) =>
    setChosen((c) => {
      const { [productId]: had, ...rest } = c;
      return had ? rest : { ...c, [productId]: Object.fromEntries(features.map((f) => [f, false])) };
    });
  const setFeature = (productId: string, feature: string, on: boolean) => setChosen((c) => ({ ...c, [productId]: { ...c[productId], [feature]: on } }));
  const save = async () => {
    setBusy(true);
    onError(await change('groups.setProducts', { groupId: group.id, products: Object.entries(chosen).map(([productId, features]) => ({ productId, features })) }));
    setBusy(false);
  };

  return (
    <fieldset className="choices group-products">
      <legend>{t('groups.ui.products')}</legend>
      <p className="muted small">{t('groups.ui.productsIntro')}</p>
      <ul>
        {products.map((p) => {
          const name = t(`ui.products.${p.productId}`);
          const on = chosen[p.productId];
          return (
            <li key={p.productId} className="choice">
              <div className="choice-line">
                <label className="check">
                  <input type="checkbox" checked={!!on} onChange={() => toggle(p.productId, p.features)} />
                  <span className="strong">{name}</span>
                </label>
              </div>
              {on && p.features.length > 0 && (
                <fieldset className="feature-switches">
                  <legend>{t('licences.ui.featuresOf', { product: name })}</legend>
                  {p.features.map((feature) => (
                    <label key={feature} className="check">
                      <input type="checkbox" role="switch" checked={on[feature] ?? false} onChange={(e) => setFeature(p.productId, feature, e.target.checked)} />
                      {t(`licences.features.${feature}`)}
                    </label>
                  ))}
                </fieldset>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void save()}>
        {t('groups.ui.saveProducts')}
      </button>
    </fieldset>
  );
}
