/** Who the dialog acts on: one user's products and features (users.get), or what a selection holds (users.list). */
import { api } from '../../app/api.ts';
import { useUsersStore } from '../../app/users-store.ts';
import type { Audience, Features } from './change.ts';

export async function loadAudience(userIds: readonly string[]): Promise<Audience> {
  if (userIds.length === 1) {
    const result = await api()['users.get']({ userId: userIds[0]! });
    if (!result.ok) return { name: null, held: null, current: {} };
    const user = result.value;
    const current: Record<string, Features> = Object.fromEntries(user.products.map((p) => [p.productId, p.features]));
    const held = Object.fromEntries(user.products.map((p) => [p.productId, 1]));
    return { name: `${user.firstName} ${user.lastName}`, held, current };
  }
  const result = await useUsersStore.getState().read();
  if (!result.ok) return { name: null, held: null, current: {} };
  const ids = new Set(userIds);
  const held: Record<string, number> = {};
  for (const user of result.users) {
    if (!ids.has(user.id)) continue;
    for (const productId of user.products) held[productId] = (held[productId] ?? 0) + 1;
  }
  return { name: null, held, current: {} };
}
