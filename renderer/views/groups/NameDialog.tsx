import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useServerErrors } from '../my-account/use-server-errors.ts';
import { useGroupsStore, type GroupView } from './store.ts';

const FIELDS = ['name'] as const;

/** A new group's name, or a group's new name: 1–60 characters no other group has. */
export function NameDialog({ group }: { group?: GroupView }) {
  const { t } = useTranslation();
  const create = useGroupsStore((s) => s.create);
  const rename = useGroupsStore((s) => s.rename);
  const close = useGroupsStore((s) => s.edit);
  const form = useForm<{ name: string }>({ defaultValues: { name: group?.name ?? '' } });
  const place = useServerErrors(form.setError, FIELDS);
  const [formError, setFormError] = useState<string | null>(null);
  const titleId = useId();

  const submit = form.handleSubmit(async ({ name }) => {
    setFormError(null);
    const error = group ? await rename(group, name) : await create(name);
    if (error) setFormError(place(error));
  });

  return (
    <Modal labelledBy={titleId} onClose={() => close(null)} className="people-dialog">
      <h2 id={titleId}>{group ? t('groups.ui.renameDialog.title', { name: group.name }) : t('groups.ui.create.title')}</h2>
      <form onSubmit={submit} noValidate>
        {formError && <div className="banner banner-error" role="alert">{formError}</div>}
        <div className="form-grid one-column">
          <TextField label={t('groups.ui.name')} maxLength={60} autoFocus error={form.formState.errors.name?.message} {...form.register('name', { required: t('errors.field.required') })} />
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={() => close(null)}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
            {group ? t('groups.ui.rename') : t('groups.ui.create.ok')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
