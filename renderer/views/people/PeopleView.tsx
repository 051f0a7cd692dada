import { useTranslation } from 'react-i18next';
import { useProvideCommands } from '../../app/app-commands.ts';
import { useReload } from '../../app/live-updates.ts';
import { downloadFile } from '../../app/print.ts';
import { useErrorText } from '../../components/errors.ts';
import { usersCsv } from './export-users.ts';
import { useRolesStore } from '../roles/store.ts';
import { useEffect } from 'react';
import { BulkBar } from './BulkBar.tsx';
import { ColumnsMenu } from './ColumnsMenu.tsx';
import { PeopleDialogs } from './PeopleDialogs.tsx';
import { PeopleFilters } from './PeopleFilters.tsx';
import { useVisibleUsers } from './selectors.ts';
import { usePeopleStore } from './store.ts';
import { UserDetails } from './UserDetails.tsx';
import { useFocusUser } from './focus.ts';
import { usePeopleLabels } from './use-labels.ts';
import { UsersTable } from './UsersTable.tsx';
import { ViewDialogs } from './ViewDialogs.tsx';
import { ViewsMenu } from './ViewsMenu.tsx';
import { useViewsStore } from './views-store.ts';
import './people.css';

/** People > Users (SPEC §1, §5): every user, searchable and filterable, with bulk actions and a side panel. */
export function PeopleView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const labels = usePeopleLabels();
  const load = usePeopleStore((s) => s.load);
  const loadRoles = useRolesStore((s) => s.load);
  const loaded = usePeopleStore((s) => s.loaded);
  const error = usePeopleStore((s) => s.error);
  const notice = usePeopleStore((s) => s.notice);
  const total = usePeopleStore((s) => s.users.length);
  const open = usePeopleStore((s) => s.open);
  const selected = usePeopleStore((s) => s.selectedId !== null);
  const visible = useVisibleUsers();
  const exportCsv = () => {
    const rows = Array.from(visible.rows, (i) => visible.index.rows[i]!);
    const h = (key: string) => t(`people.ui.export.headers.${key}`);
    const csv = usersCsv(rows, {
      headers: { firstName: h('firstName'), lastName: h('lastName'), email: h('email'), role: h('role'), status: h('status'), billingContact: h('billingContact'), products: h('products') },
      role: labels.role,
      status: labels.status,
      product: labels.product,
      yes: t('people.ui.export.yes'),
      no: t('people.ui.export.no'),
    });
    downloadFile('users.csv', `\uFEFF${csv}`, 'text/csv;charset=utf-8');
  };
  useProvideCommands({ exportCsv });
  useReload(load);
  useReload(loadRoles);
  useReload(useViewsStore((s) => s.load));
  // The user's default view, once per session, as soon as what it is checked against is loaded.
  const rolesLoaded = useRolesStore((s) => s.loaded);
  const applyDefaultOnce = useViewsStore((s) => s.applyDefaultOnce);
  useEffect(() => applyDefaultOnce(), [loaded, rolesLoaded, applyDefaultOnce]);
  const missing = useFocusUser();

  return (
    <div className="people-view">
      <div className="people-head">
        <h1>{t('ui.people.title')}</h1>
        <span className="spacer" />
        <button type="button" className="btn" disabled={visible.rows.length === 0} onClick={exportCsv}>
          {t('people.ui.export.button')}
        </button>
        <button type="button" className="btn" onClick={() => open({ kind: 'import' })}>
          {t('people.ui.importCsv')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => open({ kind: 'add' })}>
          {t('people.ui.addUser')}
        </button>
      </div>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {missing && <div className="banner banner-error" role="alert">{t('notices.links.userNotFound', { email: missing })}</div>}
      {notice && <div className="banner banner-info" role="status">{t(notice.key, notice.params)}</div>}
      <PeopleFilters />
      <div className="people-count muted">
        <span>{loaded ? t('people.ui.shown', { ...labels.count(visible.rows.length), total: labels.number(total) }) : t('people.ui.loading')}</span>
        {loaded && !selected && total > 0 && <span className="people-hint">{t('ui.people.selectUser')}</span>}
        <span className="people-tools">
          <ViewsMenu />
          <ColumnsMenu />
        </span>
      </div>
      <BulkBar />
      <div className={selected ? 'split people-split' : 'split people-split no-details'}>
        <UsersTable visible={visible} />
        <UserDetails />
      </div>
      <PeopleDialogs />
      <ViewDialogs />
    </div>
  );
}
