/**
 * Everything the palette offers the signed-in user, as items: the views they may open, the actions
 * their permissions allow (seats, assigning products, people dialogs, invoices), users by name.
 * Each item has a stable id (for the recent list), a label, keywords for the fuzzy filter, and a run.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mayOpen, ROUTES } from '../../app/routes.tsx';
import { useSessionStore, VIEWS, type Session } from '../../app/session-store.ts';
import { useCartCount } from '../../views/cart/selectors.ts';
import { useChangeRights } from '../../views/subscriptions/selectors.ts';
import { commandHooks, runAppCommand, useAppCommands } from '../../app/app-commands.ts';
import { assignProduct, changeLanguage, openPeopleDialog, openUser, printInvoice } from './actions.ts';
import { matchingInvoices } from './matching.ts';
import { usePaletteStore, type PaletteInvoice, type PaletteUser } from './store.ts';

export type Group = 'views' | 'actions' | 'users' | 'invoices';

export interface PaletteItem {
  id: string;
  group: Group;
  label: string;
  keywords: string[];
  /** What choosing it does; `keepOpen` items move to another page instead of closing the palette. */
  run(): void;
  keepOpen?: boolean;
}

const NO_PERMISSIONS: Session['permissions'] = [];
/** Users are listed only once a search narrows them (an account may have 100k); at most this many. */
export const MAX_USERS = 30;

const fullName = (u: PaletteUser) => `${u.firstName} ${u.lastName}`;

/** The users whose name or email contains every word of the search, at most MAX_USERS. */
export function matchingUsers(users: readonly PaletteUser[], search: string, showAllWhenEmpty: boolean): PaletteUser[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return showAllWhenEmpty ? users.slice(0, MAX_USERS) : [];
  const out: PaletteUser[] = [];
  for (const u of users) {
    const text = `${fullName(u)} ${u.email}`.toLowerCase();
    if (words.every((w) => text.includes(w)) && out.push(u) >= MAX_USERS) break;
  }
  return out;
}

/** The first page: views, actions, and (when searched for) invoices and users. */
export function usePaletteItems(): PaletteItem[] {
  const { t } = useTranslation();
  const permissions = useSessionStore((s) => s.session?.permissions) ?? NO_PERMISSIONS;
  const go = useSessionStore((s) => s.go);
  const signOut = useSessionStore((s) => s.signOut);
  const rights = useChangeRights();
  const cartCount = useCartCount();
  const { subscriptionProductIds, productIds, users, invoices, search, recent, setPage } = usePaletteStore();
  const provided = useAppCommands((s) => s.provided);

  return useMemo(() => {
    const may = (p: Session['permissions'][number]) => permissions.includes(p);
    const product = (id: string) => t(`ui.products.${id}`);
    const items: PaletteItem[] = [];
    const add = (id: string, group: Group, label: string, run: () => void, keywords: string[] = [], keepOpen = false) =>
      items.push({ id, group, label, run, keywords, keepOpen });

    for (const view of VIEWS) {
      const nav = ROUTES[view].nav;
      if (nav && mayOpen(view, permissions)) add(`view:${view}`, 'views', t(nav, { count: cartCount }), () => go(view), [view]);
    }
    if (rights !== 'none')
      for (const id of subscriptionProductIds) add(`seats:${id}`, 'actions', t('palette.ui.actions.addSeats', { product: product(id) }), () => go('subscriptions', id), [id]);
    if (may('manage_users')) {
      for (const id of productIds)
        add(`assign:${id}`, 'actions', t('palette.ui.actions.assign', { product: product(id) }), () => setPage({ kind: 'assign', productId: id }), [id, 'licence'], true);
      add('people:add', 'actions', t('palette.ui.actions.addUser'), () => openPeopleDialog({ kind: 'add' }));
      add('people:import', 'actions', t('palette.ui.actions.importLicences'), () => openPeopleDialog({ kind: 'import' }), ['csv']);
      add('people:importUsers', 'actions', t('access.ui.import.title'), () => openPeopleDialog({ kind: 'importUsers' }), ['csv', 'invite', 'users']);
    }
    // The native menu's File and Help commands, for the view on screen (and in browser mode, the only way).
    const hooks = commandHooks(t, () => usePaletteStore.getState().setOpen(true));
    for (const command of provided) add(`doc:${command}`, 'actions', t(`palette.commands.${command}`), () => runAppCommand(command, hooks), [command, 'pdf', 'csv', 'xml']);
    add('app:about', 'actions', t('palette.commands.about'), () => runAppCommand('about', hooks), ['version']);
    add('app:dataFolder', 'actions', t('palette.commands.dataFolder'), () => runAppCommand('dataFolder', hooks));
    add('app:diagnostics', 'actions', t('palette.commands.diagnostics'), () => runAppCommand('diagnostics', hooks), ['support', 'logs', 'log']);
    add('account:language', 'actions', t('palette.ui.actions.changeLanguage'), changeLanguage, ['language', 'langue']);
    add('account:signOut', 'actions', t('palette.ui.actions.signOut'), () => void signOut(), ['logout']);
    if (may('view_billing')) {
      const labels = (inv: PaletteInvoice) => {
        const doc = inv.kind === 'credit_note' ? 'CreditNote' : 'Invoice';
        return [t(`palette.ui.actions.open${doc}`, { number: inv.number }), t(`palette.ui.actions.print${doc}`, { number: inv.number })];
      };
      // Invoices chosen lately stay offered before any search, as recent items.
      const recentIds = new Set(recent.filter((id) => id.startsWith('invoice:') || id.startsWith('print:')).map((id) => id.slice(id.indexOf(':') + 1)));
      const shown = matchingInvoices(invoices, search, labels);
      if (recentIds.size) for (const inv of invoices) if (recentIds.has(inv.id) && !shown.includes(inv)) shown.push(inv);
      for (const inv of shown) {
        const [open, print] = labels(inv);
        add(`invoice:${inv.id}`, 'invoices', open!, () => go('invoice', inv.id), [inv.number]);
        add(`print:${inv.id}`, 'invoices', print!, () => printInvoice(inv.id), [inv.number]);
      }
    }
    const found = matchingUsers(users, search, false);
    // Users chosen lately are offered before any search, as recent items.
    const recentUsers = new Set(recent.filter((id) => id.startsWith('user:')).map((id) => id.slice(5)));
    if (recentUsers.size) for (const u of users) if (recentUsers.has(u.id) && !found.includes(u)) found.push(u);
    for (const u of found) add(`user:${u.id}`, 'users', fullName(u), () => openUser(u.id), [u.email]);
    return items;
  }, [t, permissions, go, signOut, rights, subscriptionProductIds, productIds, users, invoices, search, recent, setPage, cartCount, provided]);
}

/** The second page of "Assign <product> to …": the users to pick from. */
export function useAssignItems(): PaletteItem[] {
  const { users, search, page } = usePaletteStore();
  return useMemo(() => {
    if (page.kind !== 'assign') return [];
    const active = users.filter((u) => u.status === 'active');
    return matchingUsers(active, search, true).map((u) => ({
      id: `user:${u.id}`,
      group: 'users' as const,
      label: fullName(u),
      keywords: [u.email],
      run: () => assignProduct(page.productId, u.id),
    }));
  }, [users, search, page]);
}
