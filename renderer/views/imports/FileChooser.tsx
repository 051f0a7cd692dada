import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportStore } from './store.ts';

/** Choose a CSV file, or drop one on the zone. */
export function FileChooser() {
  const { t } = useTranslation();
  const load = useImportStore((s) => s.load);
  const [over, setOver] = useState(false);
  const pick = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void load(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    pick(event.dataTransfer?.files);
  };

  return (
    <div
      className={over ? 'drop-zone over' : 'drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <span>{t('imports.ui.drop')}</span>
      <label className="btn btn-primary file-button">
        {t('imports.ui.choose')}
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          onChange={(event) => {
            pick(event.target.files);
            // The same file chosen again (after fixing it) must load again.
            event.target.value = '';
          }}
        />
      </label>
    </div>
  );
}
