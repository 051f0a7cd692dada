import { useTranslation } from 'react-i18next';
import { NameDialog } from '../../components/NameDialog.tsx';
import { useGroupsStore, type GroupView } from './store.ts';

/** A new group's name, or a group's new name: 1–60 characters no other group has. */
export function GroupNameDialog({ group }: { group?: GroupView }) {
  const { t } = useTranslation();
  const create = useGroupsStore((s) => s.create);
  const rename = useGroupsStore((s) => s.rename);
  const close = useGroupsStore((s) => s.edit);
  return (
    <NameDialog
      title={group ? t('groups.ui.renameDialog.title', { name: group.name }) : t('groups.ui.create.title')}
      nameLabel={t('groups.ui.name')}
      submitLabel={group ? t('groups.ui.rename') : t('groups.ui.create.ok')}
      defaultValues={{ name: group?.name ?? '' }}
      onSubmit={({ name }) => (group ? rename(group, name) : create(name))}
      onClose={() => close(null)}
    />
  );
}
