import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NameDialog } from '../../components/NameDialog.tsx';
import { PERMISSIONS, type Permission } from './permissions.ts';
import { useRolesStore, type CustomRole } from './store.ts';

type Values = { name: string; permissions: Permission[] };
const FIELDS = ['permissions'] as const;

/** Create a custom role, or change one's name and permissions: 1–60 characters, one permission at least. */
export function RoleFormDialog({ role }: { role?: CustomRole }) {
  const { t } = useTranslation();
  const save = useRolesStore((s) => s.save);
  const close = useRolesStore((s) => s.edit);
  return (
    <NameDialog<Values>
      title={role ? t('people.ui.roles.editTitle', { name: role.name }) : t('people.ui.roles.newTitle')}
      nameLabel={t('people.ui.roles.name')}
      submitLabel={t('ui.common.save')}
      defaultValues={{ name: role?.name ?? '', permissions: role?.permissions ?? [] }}
      fields={FIELDS}
      extra={(form) => <PermissionsField form={form} />}
      onSubmit={async ({ name, permissions }) => {
        const result = await save({ ...(role ? { id: role.id } : {}), name, permissions });
        return result.ok ? null : result.error;
      }}
      onClose={() => close(null)}
    />
  );
}

/** The role's permissions, one at least, each with what it allows. */
function PermissionsField({ form }: { form: UseFormReturn<Values> }) {
  const { t } = useTranslation();
  const legendId = useId();
  const error = form.formState.errors.permissions;
  return (
    <fieldset className="field" aria-labelledby={legendId} aria-invalid={error ? true : undefined}>
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
      {error && <div className="error" role="alert">{error.message}</div>}
    </fieldset>
  );
}
