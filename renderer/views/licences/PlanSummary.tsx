import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import { useErrorText } from '../../components/errors.ts';
import { RemoteChanges } from '../../components/RemoteChanges.tsx';
import { useBuySeats } from '../products/use-buy-seats.ts';
import type { LicencePlan } from './change.ts';
import { useLicenceStore } from './store.ts';

type Impact = LicencePlan['products'][number];

/**
 * What the ticks would do, before confirming (from licences.preview, re-asked on every tick): per
 * product who gets or loses it and the seats left after; why it can't be applied, with seats to buy.
 */
export function PlanSummary({ blockersId, onLeave }: { blockersId: string; onLeave: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const plan = useLicenceStore((s) => s.plan);
  const planError = useLicenceStore((s) => s.planError);
  const previewing = useLicenceStore((s) => s.previewing);
  const nothing = useLicenceStore((s) => s.chosen.length === 0);
  const headingId = useId();

  return (
    <section className="licence-summary" aria-labelledby={headingId} aria-live="polite" aria-busy={previewing}>
      <h3 id={headingId}>{t('licences.ui.summary.title')}</h3>
      {nothing && <p className="muted">{t('licences.ui.summary.empty')}</p>}
      {!nothing && previewing && !plan && <p className="muted">{t('licences.ui.summary.calculating')}</p>}
      {!nothing && planError && <div className="banner banner-error" role="alert">{errorText(planError)}</div>}
      {!nothing && plan && (
        <ul className="impacts">
          {plan.products.map((impact) => (
            <ImpactLine key={impact.productId} impact={impact} onLeave={onLeave} />
          ))}
        </ul>
      )}
      {!nothing && plan && plan.blockers.length > 0 && (
        <div id={blockersId} className="banner banner-error" role="alert">
          <p>{t('licences.ui.summary.blocked')}</p>
          <ul>
            {plan.blockers.map((b, i) => (
              <li key={i}>
                {errorText(b)}
                <RemoteChanges changes={b.changes} heading="justNow" />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function ImpactLine({ impact, onLeave }: { impact: Impact; onLeave: () => void }) {
  const { t } = useTranslation();
  const mode = useLicenceStore((s) => s.mode);
  const f = useFormatters();
  const { canBuy, reason, buy } = useBuySeats();
  const product = t(`ui.products.${impact.productId}`);
  const counts: [string, number][] = [
    ['assigned', impact.assigned],
    ['updated', impact.updated],
    ['removed', impact.removed],
    [mode === 'add' ? 'unchangedAdd' : 'unchangedRemove', impact.unchanged],
  ];
  const parts = counts.filter(([, n]) => n > 0).map(([key, count]) => t(`licences.ui.summary.${key}`, f.count(count)));
  return (
    <li>
      <span className="strong">{product}</span>: {parts.join(' · ')}
      <div className="muted small">{t('licences.ui.summary.seatsAfter', { assigned: f.number(impact.assignedAfter), seats: f.number(impact.seats), free: f.number(Math.max(0, impact.freeAfter)) })}</div>
      {impact.missing > 0 && (
        <div className="shortage">
          <span className="error-text">{t('licences.ui.summary.missing', f.count(impact.missing))}</span>
          {canBuy ? (
            <a
              href={`#/subscriptions/${encodeURIComponent(impact.productId)}`}
              onClick={(e) => {
                e.preventDefault();
                onLeave();
                buy(impact.productId);
              }}
            >
              {t('licences.ui.summary.buy', { ...f.count(impact.missing), product })}
            </a>
          ) : (
            <span className="muted">{t(reason)}</span>
          )}
        </div>
      )}
    </li>
  );
}
