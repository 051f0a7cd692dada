import { useTranslation } from 'react-i18next';
import { TEMPLATE_HEADER, TEMPLATE_ROWS } from './csv-files.ts';
import { useImportStore } from './store.ts';
import { useDownloads } from './use-downloads.ts';

/** The file format in short, the features each product has, an example and the template to fill in. */
export function FormatHelp({ open }: { open: boolean }) {
  const { t } = useTranslation();
  const products = useImportStore((s) => s.products);
  const download = useDownloads();
  const names = products.map((p) => p.name).join(', ');
  const example = [TEMPLATE_HEADER, ...TEMPLATE_ROWS].map((row) => row.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',')).join('\n');

  return (
    <details className="format-help" open={open}>
      <summary>{t('imports.ui.help.title')}</summary>
      <ul>
        <li>{t('imports.ui.help.columns')}</li>
        <li>{t('imports.ui.help.separator')}</li>
        <li>{t('imports.ui.help.action')}</li>
        <li>{t('imports.ui.help.product', { products: names })}</li>
        <li>
          {t('imports.ui.help.features')}
          <ul className="feature-names">
            {products.map((p) => (
              <li key={p.productId}>{t('imports.ui.help.featuresOf', { product: p.name, features: p.features.join(', ') })}</li>
            ))}
          </ul>
        </li>
      </ul>
      <p className="example-title">{t('imports.ui.help.example')}</p>
      <pre className="example">{example}</pre>
      <button type="button" className="btn" onClick={download.template}>
        {t('imports.ui.help.template')}
      </button>
    </details>
  );
}
