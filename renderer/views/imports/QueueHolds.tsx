import { QueueHoldsNotice } from '../../components/QueueHoldsNotice.tsx';
import { useImportStore } from './store.ts';

const NONE: never[] = [];

/** The import's queue notice: ticking "also remove" re-runs the check with that choice. */
export function QueueHolds() {
  const holds = useImportStore((s) => s.report?.queueHolds ?? NONE);
  const alsoRemove = useImportStore((s) => s.alsoRemoveFromQueues);
  const setAlsoRemove = useImportStore((s) => s.setAlsoRemove);
  const busy = useImportStore((s) => s.phase !== 'report');
  return <QueueHoldsNotice holds={holds} alsoRemove={alsoRemove} onAlsoRemove={(on) => void setAlsoRemove(on)} disabled={busy} />;
}
