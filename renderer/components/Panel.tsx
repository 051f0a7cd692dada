import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PanelProps {
  title: string;
  editing?: boolean;
  onEdit?: (() => void) | undefined;
  children: ReactNode;
}

/** A My Account style panel: a title, its own Edit button, and the content. */
export function Panel({ title, editing, onEdit, children }: PanelProps) {
  const { t } = useTranslation();
  const headingId = `panel-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId}>{title}</h2>
        {onEdit && !editing && (
          <button type="button" className="btn" onClick={onEdit} aria-label={t('ui.common.editNamed', { name: title })}>
            {t('ui.common.edit')}
          </button>
        )}
      </div>
      <div className="panel-body">{children}</div>
    </section>
  );
}
