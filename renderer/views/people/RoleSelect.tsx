import type { Ref, SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Field.tsx';
import { useRolesStore } from '../roles/store.ts';
import type { UserRow } from './store.ts';

const BUILT_IN = ['super_admin', 'admin', 'user'] as const;
type Role = (typeof BUILT_IN)[number];

/** A role choice as one select value: a built-in role, or `custom:<id>` (a custom role goes with "user"). */
export function toChoice(user: Pick<UserRow, 'role' | 'customRoleId'>): string {
  return user.customRoleId ? `custom:${user.customRoleId}` : user.role;
}

export function fromChoice(choice: string): { role: Role; customRoleId?: string } {
  if (choice.startsWith('custom:')) return { role: 'user', customRoleId: choice.slice(7) };
  return { role: (BUILT_IN as readonly string[]).includes(choice) ? (choice as Role) : 'user' };
}

type Props = SelectHTMLAttributes<HTMLSelectElement> & { error?: string | undefined; ref?: Ref<HTMLSelectElement> };

/** The built-in roles, then each custom role ("User · Licence manager"). */
export function RoleSelect({ error, ...select }: Props) {
  const { t } = useTranslation();
  const roles = useRolesStore((s) => s.roles);
  return (
    <SelectField label={t('ui.people.role')} error={error} {...select}>
      {BUILT_IN.map((role) => (
        <option key={role} value={role}>
          {t(`ui.roles.${role}`)}
        </option>
      ))}
      {roles.map((role) => (
        <option key={role.id} value={`custom:${role.id}`}>
          {t('people.ui.customRoleOption', { name: role.name })}
        </option>
      ))}
    </SelectField>
  );
}
