/** What a losing writer is told: who else changed the account, and how many of their actions it missed. */
import type { Change, Tables } from '../model/changes.ts';
import type { Failure } from '../result.ts';

export function conflictFailure(applied: readonly Change[], tables: Tables): Failure {
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
  };
}
