import { QueueHoldsNotice } from '../../components/QueueHoldsNotice.tsx';
import type { LicencePlan } from './change.ts';
import { useLicenceStore } from './store.ts';

const NONE: LicencePlan['queueHolds'] = [];

/** The dialog's queue notice: the previewed plan's queue holds and the "also remove" choice. */
export function QueueCleanup() {
  const holds = useLicenceStore((s) => s.plan?.queueHolds ?? NONE);
  const alsoRemove = useLicenceStore((s) => s.alsoRemoveFromQueues);
  const setAlsoRemove = useLicenceStore((s) => s.setAlsoRemove);
  return <QueueHoldsNotice holds={holds} alsoRemove={alsoRemove} onAlsoRemove={setAlsoRemove} />;
}
