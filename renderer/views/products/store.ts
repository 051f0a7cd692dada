/** Products: seats bought, assigned and free per product, and whether the signed-in user may add licences. */
import { create } from 'zustand';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';

export type ProductRow = OutputOf<'products.list'>['products'][number];

interface ProductsSlice {
  products: ProductRow[];
  loaded: boolean;
  error: AppError | null;
  load(): Promise<void>;
}

export const useProductsStore = create<ProductsSlice>((set) => ({
  products: [],
  loaded: false,
  error: null,

  async load() {
    const result = await api()['products.list']();
    set(result.ok ? { products: result.value.products, loaded: true, error: null } : { loaded: true, error: result.error });
  },
}));

useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useProductsStore.setState({ products: [], loaded: false, error: null });
});
