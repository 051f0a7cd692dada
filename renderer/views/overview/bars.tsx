/**
 * The Overview's two recharts charts, in a chunk of their own (chart-slot.tsx loads it): the Overview
 * paints its figures without waiting for recharts to load or render.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormatters } from '../../app/use-formatters.ts';
import { legendText } from './legend.tsx';
import { colourOf, prefersReducedMotion, type SeatRow, type SpendingRow } from './selectors.ts';

export interface SeatBarsProps {
  rows: SeatRow[];
}

/** Seats per product: assigned and idle stacked (their sum is what was bought). */
export default function SeatBars({ rows }: SeatBarsProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const animate = !prefersReducedMotion();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => f.number(v)} />
        <YAxis type="category" dataKey="label" width={130} />
        <Tooltip separator={t('overview.chart.separator')} formatter={(v) => f.number(Number(v))} cursor={{ fill: 'rgba(127, 127, 127, 0.12)' }} itemStyle={{ color: 'var(--text)' }} isAnimationActive={animate} />
        <Legend formatter={legendText} />
        <Bar dataKey="assigned" name={t('overview.seats.assigned')} stackId="seats" fill="#2f7fd1" isAnimationActive={animate}>
          <LabelList dataKey="assigned" position="center" fill="#fff" formatter={(v: unknown) => (Number(v) ? f.number(Number(v)) : '')} />
        </Bar>
        <Bar dataKey="idle" name={t('overview.seats.idle')} stackId="seats" fill="#b9c3cf" isAnimationActive={animate}>
          <LabelList dataKey="idle" position="center" fill="#1d232b" formatter={(v: unknown) => (Number(v) ? f.number(Number(v)) : '')} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export interface SpendingBarsProps {
  rows: SpendingRow[];
  products: string[];
  months: number;
  money(minor: number): string;
  name(productId: string): string;
}

/** Spending per month, stacked by product. */
export function SpendingBars({ rows, products, months, money, name }: SpendingBarsProps) {
  const { t } = useTranslation();
  const animate = !prefersReducedMotion();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 16 }} stackOffset="sign">
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="label" interval={months === 36 ? 2 : 0} tick={{ fontSize: 12 }} />
        <YAxis width={90} tickFormatter={(v: number) => money(v)} tick={{ fontSize: 12 }} />
        <Tooltip separator={t('overview.chart.separator')} formatter={(v, n) => [money(Number(v)), n]} cursor={{ fill: 'rgba(127, 127, 127, 0.12)' }} itemStyle={{ color: 'var(--text)' }} isAnimationActive={animate} />
        <Legend formatter={legendText} itemSorter={null} />
        {products.map((p) => (
          <Bar key={p} dataKey={p} name={name(p)} stackId="spend" fill={colourOf(p)} isAnimationActive={animate} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
