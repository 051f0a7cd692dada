import { create } from 'zustand';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';

export type UserRow = OutputOf<'users.list'>['users'][number];

interface PeopleSlice {
  users: UserRow[];
  loaded: boolean;
  error: AppError | null;
  selectedId: string | null;
  query: string;
  load(): Promise<void>;
  select(id: string | null): void;
  setQuery(query: string): void;
}

export const usePeopleStore = create<PeopleSlice>((set) => ({
  users: [],
  loaded: false,
  error: null,
  selectedId: null,
  query: '',
  async load() {
    const result = await api()['users.list']();
    if (result.ok) set({ users: result.value.users, loaded: true, error: null });
    else set({ error: result.error, loaded: true });
  },
  select: (selectedId) => set({ selectedId }),
  setQuery: (query) => set({ query }),
}));
