import { useTranslation } from 'react-i18next';
import { Menu, type MenuItem } from './Menu.tsx';
import { usePeopleStore, type UserRow } from './store.ts';
import { actionsFor, useActor } from './user-actions.ts';

/** One user's menu: products, role, status, delete — or why an action is absent. */
export function UserMenu({ user }: { user: UserRow }) {
  const { t } = useTranslation();
  const open = usePeopleStore((s) => s.open);
  const actor = useActor();
  const can = actionsFor(user, actor);
  const name = `${user.firstName} ${user.lastName}`;
  const userIds = [user.id];
  const items: MenuItem[] = [];
  if (can.addProducts) items.push({ label: t('people.ui.actions.addProducts'), onSelect: () => open({ kind: 'licences', mode: 'add', userIds }) });
  items.push({ label: t('people.ui.actions.removeProducts'), onSelect: () => open({ kind: 'licences', mode: 'remove', userIds }) });
  if (can.changeRole) items.push({ label: t('people.ui.actions.changeRole'), onSelect: () => open({ kind: 'role', userIds }) });
  if (can.changeStatus) {
    const status = user.status === 'active' ? 'deactivated' : 'active';
    items.push({ label: t(status === 'active' ? 'people.ui.actions.reactivate' : 'people.ui.actions.deactivate'), onSelect: () => open({ kind: 'status', userIds, status }) });
    items.push({ label: t('people.ui.actions.delete'), danger: true, onSelect: () => open({ kind: 'delete', userIds }) });
  }
  return <Menu label={t('people.ui.actionsFor', { name })} content="⋯" items={items} notes={can.reasons.map((key) => t(key))} />;
}
