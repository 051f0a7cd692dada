import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { usePeopleStore } from './store.ts';
import { UserDetails } from './UserDetails.tsx';
import { UsersTable } from './UsersTable.tsx';

export function PeopleView() {
  const { t } = useTranslation();
  const load = usePeopleStore((s) => s.load);
  const error = usePeopleStore((s) => s.error);
  const query = usePeopleStore((s) => s.query);
  const setQuery = usePeopleStore((s) => s.setQuery);
  const count = usePeopleStore((s) => s.users.length);
  const errorText = useErrorText();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <h1>{t('ui.people.title')}</h1>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      <input className="search" type="search" aria-label={t('ui.people.search')} placeholder={t('ui.people.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
      <span className="muted" style={{ marginLeft: 12 }}>{t('ui.people.count', { count })}</span>
      <div className="split">
        <UsersTable />
        <UserDetails />
      </div>
    </>
  );
}
