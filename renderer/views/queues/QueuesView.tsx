import { useReload } from '../../app/live-updates.ts';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/errors.ts';
import { QueueGroup } from './QueueGroup.tsx';
import { QUEUE_KINDS } from './kinds.ts';
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
  useReload(load);

  return (
    <div className="queues-view">
      <h1>{t('ui.nav.queues')}</h1>
      <p className="muted intro">{t('queues.ui.intro')}</p>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      <div role="status">
        {notice && <p className="banner banner-info">{t(notice.key, notice.params)}</p>}
      </div>
      {!loaded && <p className="muted">{t('queues.ui.loading')}</p>}
      {loaded && QUEUE_KINDS.map((kind) => <QueueGroup key={kind} kind={kind} />)}
      {leaving && <UnassignDialog leaving={leaving} />}
    </div>
  );
}
