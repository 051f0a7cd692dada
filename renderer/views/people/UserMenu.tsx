import { useTranslation } from 'react-i18next';
import { Menu, MenuList, type MenuItem, type OpenMenu } from './Menu.tsx';
import { usePeopleStore, type UserRow } from './store.ts';
import { actionsFor, useActor } from './user-actions.ts';

/** One user's menu button: cheap per row (no hooks); what it offers is worked out when it opens. */
export function UserMenu({ user, label }: { user: UserRow; label: string }) {
  return (
    <Menu label={label} content="⋯">
      {(menu) => <UserMenuItems user={user} menu={menu} />}
    </Menu>
  );
}

/** Products, role, status, delete — or why an action is absent (SPEC §1). */
function UserMenuItems({ user, menu }: { user: UserRow; menu: OpenMenu }) {
  const { t } = useTranslation();
  const open = usePeopleStore((s) => s.open);
  const can = actionsFor(user, useActor());
  const userIds = [user.id];
  const items: MenuItem[] = [];
  if (can.addProducts) items.push({ label: t('people.ui.actions.addProducts'), onSelect: () => open({ kind: 'licences', mode: 'add', userIds }) });
  items.push({ label: t('people.ui.actions.removeProducts'), onSelect: () => open({ kind: 'licences', mode: 'remove', userIds }) });
  if (can.changeRole) items.push({ label: t('people.ui.actions.changeRole'), onSelect: () => open({ kind: 'role', userIds }) });
  if (can.changeStatus) {
    const status = user.status === 'deactivated' ? 'active' : 'deactivated';
    items.push({ label: t(status === 'active' ? 'people.ui.actions.reactivate' : 'people.ui.actions.deactivate'), onSelect: () => open({ kind: 'status', userIds, status }) });
    items.push({ label: t('people.ui.actions.delete'), danger: true, onSelect: () => open({ kind: 'delete', userIds }) });
  }
  return <MenuList menu={menu} items={items} notes={can.reasons.map((key) => t(key))} />;
}
