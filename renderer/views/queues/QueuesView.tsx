import { useReload } from '../../app/live-updates.ts';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import '../people/people.css';
import '../groups/groups.css';
import './queues.css';
import { AddQueueMembersDialog } from './AddQueueMembersDialog.tsx';
import { DeleteQueueDialog } from './DeleteQueueDialog.tsx';
import { QueueGroup } from './QueueGroup.tsx';
import { QUEUE_KINDS } from './kinds.ts';
import { QueueNameDialog } from './QueueNameDialog.tsx';
import { UnassignDialog } from './UnassignDialog.tsx';
import { useQueuesStore } from './store.ts';

/** Contact Center queues by kind (call, inbound, outbound), each with its supervisors and agents. */
export function QueuesView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const load = useQueuesStore((s) => s.load);
  const loaded = useQueuesStore((s) => s.loaded);
  const error = useQueuesStore((s) => s.error);
  const notice = useQueuesStore((s) => s.notice);
  const leaving = useQueuesStore((s) => s.leaving);
  const editor = useQueuesStore((s) => s.editor);
  const edit = useQueuesStore((s) => s.edit);
  useReload(load);

  return (
    <div className="queues-view">
      <div className="people-head">
        <h1>{t('ui.nav.queues')}</h1>
        <span className="spacer" />
        <button type="button" className="btn btn-primary" onClick={() => edit({ kind: 'new' })}>
          {t('queues.ui.new')}
        </button>
      </div>
      <p className="muted intro">{t('queues.ui.intro')}</p>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      <div role="status">
        {notice && <p className="banner banner-info">{t(notice.key, notice.params)}</p>}
      </div>
      {!loaded && <p className="muted">{t('queues.ui.loading')}</p>}
      {loaded && QUEUE_KINDS.map((kind) => <QueueGroup key={kind} kind={kind} />)}
      {leaving && <UnassignDialog leaving={leaving} />}
      {editor?.kind === 'new' && <QueueNameDialog />}
      {editor?.kind === 'rename' && <QueueNameDialog queue={editor.queue} />}
      {editor?.kind === 'delete' && <DeleteQueueDialog queue={editor.queue} />}
      {editor?.kind === 'add' && <AddQueueMembersDialog queue={editor.queue} />}
    </div>
  );
}
