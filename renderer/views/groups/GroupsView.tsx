import { useTranslation } from 'react-i18next';
import { useReload } from '../../app/live-updates.ts';
import '../people/people.css';
import './groups.css';
import { AddMembersDialog } from './AddMembersDialog.tsx';
import { DeleteGroupDialog } from './DeleteGroupDialog.tsx';
import { GroupPanel } from './GroupPanel.tsx';
import { GroupsTable } from './GroupsTable.tsx';
import { GroupNameDialog } from './GroupNameDialog.tsx';
import { useGroupsStore } from './store.ts';
import { useErrorText } from '../../components/errors.ts';

/** Groups of people: each member holds the group's products, beside what they hold directly. */
export function GroupsView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const load = useGroupsStore((s) => s.load);
  const loaded = useGroupsStore((s) => s.loaded);
  const error = useGroupsStore((s) => s.error);
  const editor = useGroupsStore((s) => s.editor);
  const edit = useGroupsStore((s) => s.edit);
  const selected = useGroupsStore((s) => s.groups.find((g) => g.id === s.selectedId));
  useReload(load);

  return (
    <div className="groups-view">
      <div className="people-head">
        <h1>{t('ui.nav.groups')}</h1>
        <span className="spacer" />
        <button type="button" className="btn btn-primary" onClick={() => edit({ kind: 'new' })}>
          {t('groups.ui.new')}
        </button>
      </div>
      <p className="muted intro">{t('groups.ui.intro')}</p>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {!loaded ? <p className="muted">{t('groups.ui.loading')}</p> : <GroupsTable />}
      {selected && <GroupPanel key={selected.id} group={selected} />}
      {editor?.kind === 'new' && <GroupNameDialog />}
      {editor?.kind === 'rename' && <GroupNameDialog group={editor.group} />}
      {editor?.kind === 'delete' && <DeleteGroupDialog group={editor.group} />}
      {editor?.kind === 'add' && <AddMembersDialog group={editor.group} onClose={() => edit(null)} />}
    </div>
  );
}
