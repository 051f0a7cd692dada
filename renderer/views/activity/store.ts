import { create } from 'zustand';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';

export type AuditRow = OutputOf<'audit.list'>['entries'][number];
export type EmailRow = OutputOf<'outbox.list'>['emails'][number];

interface ActivitySlice {
  tab: 'audit' | 'outbox';
  audit: AuditRow[];
  emails: EmailRow[];
  openEmailId: string | null;
  error: AppError | null;
  setTab(tab: ActivitySlice['tab']): void;
  openEmail(id: string | null): void;
  load(): Promise<void>;
}

export const useActivityStore = create<ActivitySlice>((set) => ({
  tab: 'audit',
  audit: [],
  emails: [],
  openEmailId: null,
  error: null,
  setTab: (tab) => set({ tab }),
  openEmail: (openEmailId) => set({ openEmailId }),
  async load() {
    const [audit, outbox] = await Promise.all([api()['audit.list']({ limit: 200 }), api()['outbox.list']({ limit: 200 })]);
    set({
      audit: audit.ok ? audit.value.entries : [],
      emails: outbox.ok ? outbox.value.emails : [],
      error: !audit.ok ? audit.error : !outbox.ok ? outbox.error : null,
    });
  },
}));
