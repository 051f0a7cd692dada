import { useReload } from '../../app/live-updates.ts';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/selectors.ts';
import { useErrorText } from '../../components/errors.ts';
import '../people/people.css';
import { DeleteRoleDialog } from './DeleteRoleDialog.tsx';
import { RoleFormDialog } from './RoleFormDialog.tsx';
import { RolesTable } from './RolesTable.tsx';
import { useRolesStore } from './store.ts';

const BUILT_IN = ['super_admin', 'admin', 'user'] as const;

/** Roles (SPEC §1): what the built-in roles may do, and the custom roles a super administrator manages. */
export function RolesView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const canChange = useCan('manage_roles');
  const load = useRolesStore((s) => s.load);
  const error = useRolesStore((s) => s.error);
  const notice = useRolesStore((s) => s.notice);
  const editor = useRolesStore((s) => s.editor);
  const edit = useRolesStore((s) => s.edit);
  useReload(load);

  return (
    <div className="roles-view">
      <div className="people-head">
        <h1>{t('ui.nav.roles')}</h1>
        <span className="spacer" />
        {canChange && (
          <button type="button" className="btn btn-primary" onClick={() => edit({ kind: 'new' })}>
            {t('people.ui.roles.new')}
          </button>
        )}
      </div>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {notice && <div className="banner banner-info" role="status">{t(notice.key, { name: notice.name })}</div>}
      {!canChange && <p className="banner banner-info" role="note">{t('people.ui.reasons.rolesManagedBySuperAdmin')}</p>}
      <h2 className="section-title">{t('people.ui.roles.custom')}</h2>
      <RolesTable canChange={canChange} />
      <h2 className="section-title">{t('people.ui.roles.builtIn')}</h2>
      <section className="panel" aria-label={t('people.ui.roles.builtIn')}>
        <dl className="panel-body facts">
          {BUILT_IN.map((role) => (
            <div key={role} style={{ display: 'contents' }}>
              <dt>{t(`ui.roles.${role}`)}</dt>
              <dd>{t(`people.ui.roles.describe.${role}`)}</dd>
            </div>
          ))}
          <dt>{t('ui.people.billingContact')}</dt>
          <dd>{t('people.ui.roles.describe.billingContact')}</dd>
        </dl>
      </section>
      {editor?.kind === 'new' && <RoleFormDialog />}
      {editor?.kind === 'edit' && <RoleFormDialog role={editor.role} />}
      {editor?.kind === 'delete' && <DeleteRoleDialog role={editor.role} />}
    </div>
  );
}
