/** Which component each view shows and who may open it: one table for the router and the navigation. */
import type { ComponentType } from 'react';
import { ActivityView } from '../views/activity/ActivityView.tsx';
import { BillingInfoView } from '../views/billing-info/BillingInfoView.tsx';
import { CartView } from '../views/cart/CartView.tsx';
import { InvoiceView } from '../views/invoice/InvoiceView.tsx';
import { MyAccountView } from '../views/my-account/MyAccountView.tsx';
import { OverviewView } from '../views/overview/OverviewView.tsx';
import { GroupsView } from '../views/groups/GroupsView.tsx';
import { PeopleView } from '../views/people/PeopleView.tsx';
import { ProductsView } from '../views/products/ProductsView.tsx';
import { QueuesView } from '../views/queues/QueuesView.tsx';
import { ReactivationView } from '../views/reactivation/ReactivationView.tsx';
import { RolesView } from '../views/roles/RolesView.tsx';
import { SubscriptionsView } from '../views/subscriptions/SubscriptionsView.tsx';
import { TransactionsView } from '../views/transactions/TransactionsView.tsx';
import type { Session, ViewName } from './session-store.ts';

type Permission = Session['permissions'][number];

export interface Route {
  component: ComponentType;
  /** Shown when the signed-in user holds any of these; empty means everyone signed in. */
  anyOf: Permission[];
  /** The navigation label's key; views without one (invoice) are reached from another view. */
  nav?: string;
  /** The navigation entry to highlight when this view shows without its own entry. */
  parent?: ViewName;
}

export const ROUTES: Record<ViewName, Route> = {
  overview: { component: OverviewView, anyOf: [], nav: 'ui.nav.overview' },
  'my-account': { component: MyAccountView, anyOf: [], nav: 'ui.nav.myAccount' },
  people: { component: PeopleView, anyOf: ['manage_users'], nav: 'ui.nav.people' },
  groups: { component: GroupsView, anyOf: ['manage_users'], nav: 'ui.nav.groups' },
  roles: { component: RolesView, anyOf: ['manage_users'], nav: 'ui.nav.roles' },
  products: { component: ProductsView, anyOf: ['manage_users', 'manage_licenses', 'view_billing'], nav: 'ui.nav.products' },
  queues: { component: QueuesView, anyOf: ['manage_users'], nav: 'ui.nav.queues' },
  subscriptions: { component: SubscriptionsView, anyOf: ['view_billing', 'buy_licences'], nav: 'ui.nav.subscriptions' },
  'billing-info': { component: BillingInfoView, anyOf: ['view_billing'], nav: 'ui.nav.billingInfo' },
  transactions: { component: TransactionsView, anyOf: ['view_billing'], nav: 'ui.nav.transactions' },
  cart: { component: CartView, anyOf: ['buy_licences'], nav: 'ui.nav.cart' },
  activity: { component: ActivityView, anyOf: [], nav: 'ui.nav.activity' },
  invoice: { component: InvoiceView, anyOf: ['view_billing'], parent: 'transactions' },
  // Reached from the cancelled account's banner: everyone may see the request's state, billing contacts act.
  reactivation: { component: ReactivationView, anyOf: [], parent: 'my-account' },
};

export function mayOpen(view: ViewName, permissions: readonly Permission[]): boolean {
  const { anyOf } = ROUTES[view];
  return anyOf.length === 0 || anyOf.some((p) => permissions.includes(p));
}
