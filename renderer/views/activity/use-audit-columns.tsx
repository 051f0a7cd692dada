import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { changeSummary } from './change-summary.ts';
import type { AuditRow } from './store.ts';
import { useAuditLabels } from './use-audit-labels.ts';

/** When, who, the action in words, the target by name, and what changed; in the core's order (newest first). */
export function useAuditColumns(): ColumnDef<AuditRow>[] {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  const labels = useAuditLabels();
  return useMemo<ColumnDef<AuditRow>[]>(
    () => [
      { id: 'when', header: t('ui.activity.when'), cell: ({ row }) => formatDateTime(row.original.at, language, timeZone) },
      { id: 'who', header: t('ui.activity.who'), cell: ({ row }) => labels.actor(row.original) },
      { id: 'action', header: t('ui.activity.what'), cell: ({ row }) => labels.action(row.original.action) },
      {
        id: 'target',
        header: t('ui.activity.target'),
        cell: ({ row }) => (
          <>
            <span className="target-type">{labels.targetType(row.original.targetType)}</span> {row.original.targetLabel}
            {row.original.targetDetail && <span className="muted"> · {row.original.targetDetail}</span>}
          </>
        ),
      },
      {
        id: 'change',
        header: t('ui.activity.change'),
        cell: ({ row }) => {
          const summary = changeSummary(row.original, labels);
          return <span title={summary}>{summary}</span>;
        },
      },
    ],
    // The label functions are rebuilt each render but depend only on the language and time zone.
    [t, language, timeZone],
  );
}
