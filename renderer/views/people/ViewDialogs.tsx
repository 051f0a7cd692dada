import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, SavedViewOutput } from '../../../core/contract.ts';
import { VIEW_NAME_MAX } from '../../../core/contract.ts';
import { TextField } from '../../components/Field.tsx';
import { useErrorText, useFieldErrors } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { useViewsStore } from './views-store.ts';

/** The saved views' dialog that is open, if any: save under a name, rename, or delete. */
export function ViewDialogs() {
  const dialog = useViewsStore((s) => s.dialog);
  if (!dialog) return null;
  if (dialog.kind === 'delete') return <DeleteViewDialog view={dialog.view} />;
  return <ViewNameDialog view={dialog.kind === 'rename' ? dialog.view : null} />;
}

/** "Save view…" (what the table shows now, under a new name) or "Rename". The core checks the name. */
function ViewNameDialog({ view }: { view: SavedViewOutput | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const save = useViewsStore((s) => s.save);
  const rename = useViewsStore((s) => s.rename);
  const close = useViewsStore((s) => s.open);
  const [name, setName] = useState(view?.name ?? '');
  const [makeDefault, setMakeDefault] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const submit = async () => {
    setBusy(true);
    setError(null);
    const result = view ? await rename(view.id, name) : await save(name, makeDefault);
    setBusy(false);
    if (!result.ok) setError(result.error);
  };
  const nameError = fieldErrors(error).name;
  return (
    <Modal labelledBy={titleId} onClose={() => close(null)} className="people-dialog">
      <h2 id={titleId}>{view ? t('people.ui.views.renameTitle', { name: view.name }) : t('people.ui.views.saveTitle')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {error && !nameError && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
        {!view && <p className="muted">{t('people.ui.views.saveIntro')}</p>}
        <TextField label={t('people.ui.views.name')} value={name} maxLength={VIEW_NAME_MAX + 20} error={nameError} onChange={(e) => setName(e.target.value)} autoFocus />
        {!view && (
          <label className="check">
            <input type="checkbox" checked={makeDefault} onChange={(e) => setMakeDefault(e.target.checked)} />
            {t('people.ui.views.openWith')}
          </label>
        )}
        <div className="actions">
          <button type="button" className="btn" onClick={() => close(null)}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {view ? t('people.ui.views.rename') : t('people.ui.views.saveSubmit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function DeleteViewDialog({ view }: { view: SavedViewOutput }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const remove = useViewsStore((s) => s.remove);
  const close = useViewsStore((s) => s.open);
  const [error, setError] = useState<AppError | null>(null);
  const titleId = useId();
  return (
    <Modal labelledBy={titleId} onClose={() => close(null)} className="people-dialog">
      <h2 id={titleId}>{t('people.ui.views.deleteTitle', { name: view.name })}</h2>
      <p>{t('people.ui.views.deleteBody')}</p>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      <div className="actions">
        <button type="button" className="btn" onClick={() => close(null)}>
          {t('ui.common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          onClick={async () => {
            const result = await remove(view.id);
            if (!result.ok) setError(result.error);
          }}
        >
          {t('people.ui.views.delete')}
        </button>
      </div>
    </Modal>
  );
}
