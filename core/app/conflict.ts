/** What a losing writer is told: who else changed the account, and what they did, typed (who, what, to whom). */
import type { Change, Tables } from '../model/changes.ts';
import type { Failure } from '../result.ts';
import { describeChanges } from './remote-changes.ts';

export function conflictFailure(applied: readonly Change[], tables: Tables): Failure {
  const changes = describeChanges(tables, applied);
  const names = new Set<string>();
  let actions = 0;
  for (const change of applied) {
    if (change.coll !== 'audit' || change.op !== 'put') continue;
    actions++;
    const actor = change.value.actorId ? tables.users.get(change.value.actorId) : undefined;
    if (actor) names.add(`${actor.firstName} ${actor.lastName}`.trim());
  }
  return {
    code: 'conflict',
    key: names.size ? 'errors.store.conflictBy' : 'errors.store.conflict',
    params: { who: [...names].slice(0, 3).join(', '), count: Math.max(actions, 1) },
    ...(changes.length ? { changes } : {}),
  };
}
