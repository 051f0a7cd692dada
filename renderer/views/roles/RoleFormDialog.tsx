import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useServerErrors } from '../my-account/use-server-errors.ts';
import { PERMISSIONS, type Permission } from './permissions.ts';
import { useRolesStore, type CustomRole } from './store.ts';

type Values = { name: string; permissions: Permission[] };
const FIELDS = ['name', 'permissions'] as const;

/** Create a custom role, or change one's name and permissions: 1–60 characters, one permission at least. */
export function RoleFormDialog({ role }: { role?: CustomRole }) {
  const { t } = useTranslation();
  const save = useRolesStore((s) => s.save);
  const close = useRolesStore((s) => s.edit);
  const form = useForm<Values>({ defaultValues: { name: role?.name ?? '', permissions: role?.permissions ?? [] } });
  const place = useServerErrors(form.setError, FIELDS);
  const [formError, setFormError] = useState<string | null>(null);
  const titleId = useId();
  const legendId = useId();
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async ({ name, permissions }) => {
    setFormError(null);
    const result = await save({ ...(role ? { id: role.id } : {}), name, permissions });
    if (!result.ok) setFormError(place(result.error));
  });

  return (
    <Modal labelledBy={titleId} onClose={() => close(null)} className="people-dialog">
      <h2 id={titleId}>{role ? t('people.ui.roles.editTitle', { name: role.name }) : t('people.ui.roles.newTitle')}</h2>
      <form onSubmit={submit} noValidate>
        {formError && <div className="banner banner-error" role="alert">{formError}</div>}
        <div className="form-grid one-column">
          <TextField label={t('people.ui.roles.name')} maxLength={60} error={errors.name?.message} {...form.register('name', { required: t('errors.field.required') })} />
          <fieldset className="field" aria-labelledby={legendId} aria-invalid={errors.permissions ? true : undefined}>
            <legend id={legendId} className="strong">{t('people.ui.roles.permissions')}</legend>
            <ul className="permission-list">
              {PERMISSIONS.map((p) => (
                <li key={p}>
                  <label className="check">
                    <input type="checkbox" value={p} {...form.register('permissions', { validate: (v) => v.length > 0 || t('people.errors.permissionsRequired') })} />
                    {t(`people.permissions.${p}`)}
                  </label>
                  <div className="hint">{t(`people.permissionHints.${p}`)}</div>
                </li>
              ))}
            </ul>
            {errors.permissions && <div className="error" role="alert">{errors.permissions.message}</div>}
          </fieldset>
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={() => close(null)}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
            {t('ui.common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
