import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Field.tsx';
import { useFormatters } from '../../app/use-formatters.ts';
import { currentRank, MAX_SEATS, otherInterval, parseSeats, type Interval, type PlanOption, type Subscription } from './changes.ts';
import { useSubscriptionsStore } from './store.ts';

/** The open panel's inputs: a seat count, a plan, a billing frequency — whatever its change needs. */
export function PanelFields({ sub, names }: { sub: Subscription | undefined; names: { product: string; addOn: string } }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const panel = useSubscriptionsStore((s) => s.panel)!;
  const draft = useSubscriptionsStore((s) => s.draft);
  const setDraft = useSubscriptionsStore((s) => s.setDraft);
  const products = useSubscriptionsStore((s) => s.overview?.products);
  const accountCurrency = useSubscriptionsStore((s) => s.overview?.currency ?? 'EUR');
  const currency = sub?.currency ?? accountCurrency;
  const interval = (i: Interval) => t(i === 'month' ? 'ui.billing.monthly' : 'ui.billing.yearly');
  const planLabel = (p: PlanOption, i: Interval) => `${p.name} — ${t(`ui.billing.perSeat.${i}`, { amount: f.money(i === 'month' ? p.monthly : p.yearly, currency) })}`;
  const seatsError = draft.seats.trim() !== '' && parseSeats(draft.seats) === null ? t('ui.subscriptions.panel.seatsInvalid') : undefined;
  const seatsField = (label: string, hint?: string) => (
    <TextField label={label} type="number" inputMode="numeric" min={1} max={MAX_SEATS} step={1} value={draft.seats} error={seatsError} hint={hint} onChange={(e) => setDraft({ seats: e.target.value })} />
  );

  switch (panel.kind) {
    case 'add_seats':
    case 'remove_seats': {
      const n = parseSeats(draft.seats);
      const after = sub && n ? sub.seats + (panel.kind === 'add_seats' ? n : -n) : null;
      const hint = sub && after !== null ? t('ui.subscriptions.panel.seatsAfter', { seats: t('ui.billing.seatCount', { count: after }), assigned: sub.assigned }) : undefined;
      return <div className="panel-fields">{seatsField(t(panel.kind === 'add_seats' ? 'ui.subscriptions.panel.seatsToAdd' : 'ui.subscriptions.panel.seatsToRemove'), hint)}</div>;
    }
    case 'add_addon':
      return <div className="panel-fields">{seatsField(t('ui.subscriptions.panel.seatsToAdd'))}</div>;
    case 'remove_addon':
      return <p>{t('ui.subscriptions.panel.removeAddOn', { addOn: names.addOn })}</p>;
    case 'change_interval':
      return sub ? <p>{t('ui.subscriptions.panel.switchInterval', { from: interval(sub.interval), to: interval(otherInterval(sub.interval)) })}</p> : null;
    case 'change_plan': {
      if (!sub) return null;
      const rank = currentRank(sub);
      const up = sub.plans.filter((p) => p.rank > rank);
      const down = sub.plans.filter((p) => p.rank < rank);
      return (
        <div className="panel-fields">
          <SelectField label={t('ui.subscriptions.panel.plan')} value={draft.planId} onChange={(e) => setDraft({ planId: e.target.value })} hint={up.length === 0 ? t('ui.subscriptions.panel.noUpgrade', { plan: sub.planName }) : undefined}>
            {up.length > 0 && <optgroup label={t('ui.subscriptions.panel.upgrades')}>{up.map((p) => <option key={p.planId} value={p.planId}>{planLabel(p, sub.interval)}</option>)}</optgroup>}
            {down.length > 0 && <optgroup label={t('ui.subscriptions.panel.downgrades')}>{down.map((p) => <option key={p.planId} value={p.planId}>{planLabel(p, sub.interval)}</option>)}</optgroup>}
          </SelectField>
        </div>
      );
    }
    case 'subscribe': {
      const plans = products?.find((p) => p.productId === panel.productId)?.plans ?? sub?.plans ?? [];
      return (
        <div className="panel-fields form-grid">
          <SelectField label={t('ui.subscriptions.plan')} value={draft.planId} onChange={(e) => setDraft({ planId: e.target.value })}>
            {plans.map((p) => <option key={p.planId} value={p.planId}>{planLabel(p, draft.interval)}</option>)}
          </SelectField>
          <SelectField label={t('ui.subscriptions.panel.interval')} value={draft.interval} onChange={(e) => setDraft({ interval: e.target.value as Interval })}>
            <option value="month">{interval('month')}</option>
            <option value="year">{interval('year')}</option>
          </SelectField>
          {seatsField(t('ui.subscriptions.panel.seats'))}
        </div>
      );
    }
  }
}
