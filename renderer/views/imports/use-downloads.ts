import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { downloadCsv, reportCsv, templateCsv } from './csv-files.ts';
import { useImportStore } from './store.ts';

/** "Download a template" and "Download report (CSV)": the report named after the file it checked. */
export function useDownloads() {
  const { t } = useTranslation();
  const text = useErrorText();
  const report = useImportStore((s) => s.report);
  const fileName = useImportStore((s) => s.fileName);
  return {
    template: () => downloadCsv('licence-import-template.csv', templateCsv()),
    report: () => {
      if (!report) return;
      const headers = {
        line: t('imports.ui.columns.line'),
        email: t('imports.ui.columns.email'),
        product: t('imports.ui.columns.product'),
        features: t('imports.ui.columns.features'),
        action: t('imports.ui.columns.action'),
        status: t('imports.ui.columns.status'),
        message: t('imports.ui.columns.message'),
      };
      const rows = report.rows.map((r) => ({ ...r, message: text(r) ?? r.message }));
      const base = fileName.replace(/\.[^.]*$/, '') || 'licences';
      downloadCsv(`${base}-report.csv`, reportCsv(rows, { headers, status: (status) => t(`imports.status.${status}`) }));
    },
  };
}
