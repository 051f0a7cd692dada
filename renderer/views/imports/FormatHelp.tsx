import { useTranslation } from 'react-i18next';
import { templateCsv } from './csv-files.ts';
import { useImportStore } from './store.ts';
import { useDownloads } from './use-downloads.ts';

/** The file format in short, the features each product has, an example and the template to fill in. */
export function FormatHelp({ open }: { open: boolean }) {
  const { t } = useTranslation();
  const products = useImportStore((s) => s.products);
  const download = useDownloads();
  const names = products.map((p) => p.name).join(', ');
  // The template itself, as the one CSV writer writes it (line breaks as the <pre> shows them).
  const example = templateCsv().replace(/\r\n/g, '\n');

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
