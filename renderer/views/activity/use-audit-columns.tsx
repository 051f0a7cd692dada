import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { changeSummary } from './change-summary.ts';
import type { AuditRow } from './store.ts';
import { useAuditLabels } from './use-audit-labels.ts';

/** A cell of two lines, each cut with an ellipsis and whole in its title. */
function TwoLines({ first, second }: { first: string; second: { title: string; content: ReactNode } }) {
  return (
    <>
      <span className="line" title={first}>
        {first}
      </span>
      <span className="line sub" title={second.title}>
        {second.content}
      </span>
    </>
  );
}

/**
 * Three columns, so the change has the room it needs at 1024 px in every language: when (and who
 * under it), the action (and its target by name under it), and what changed on up to two lines. In
 * the core's order (newest first).
 */
export function useAuditColumns(): ColumnDef<AuditRow>[] {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  const labels = useAuditLabels();
  return useMemo<ColumnDef<AuditRow>[]>(
    () => [
      {
        id: 'when',
        header: () => <TwoLines first={t('ui.activity.when')} second={{ title: t('ui.activity.who'), content: t('ui.activity.who') }} />,
        cell: ({ row }) => {
          const who = labels.actor(row.original);
          return <TwoLines first={formatDateTime(row.original.at, language, timeZone)} second={{ title: who, content: who }} />;
        },
      },
      {
        id: 'action',
        header: () => <TwoLines first={t('ui.activity.what')} second={{ title: t('ui.activity.target'), content: t('ui.activity.target') }} />,
        cell: ({ row: { original: entry } }) => {
          const type = labels.targetType(entry.targetType);
          const target = [entry.targetLabel, entry.targetDetail].filter(Boolean).join(' · ');
          return (
            <TwoLines
              first={labels.action(entry.action)}
              second={{
                title: `${type} ${target}`,
                content: (
                  <>
                    <span className="target-type">{type}</span> {entry.targetLabel}
                    {entry.targetDetail && <span className="muted"> · {entry.targetDetail}</span>}
                  </>
                ),
              }}
            />
          );
        },
      },
      {
        id: 'change',
        header: () => <span className="line">{t('ui.activity.change')}</span>,
        cell: ({ row }) => {
          const summary = changeSummary(row.original, labels);
          return (
            <span className="clamp" title={summary}>
              {summary}
            </span>
          );
        },
      },
    ],
    // The label functions are rebuilt each render but depend only on the language and time zone.
    [t, language, timeZone],
  );
}
