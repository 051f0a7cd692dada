/**
 * Views follow changes made elsewhere: when another desktop changes a shared account (the host's
 * `store.changed` event), a command of ours lost to one (a `conflict` result) or changed billing
 * (contract's BILLING_WRITES), `version` moves and
 * every mounted view reloads what it shows — in place, keeping its filters, selection and dialogs.
 * `online` mirrors the shared store's connection (read-only from the local copy while false).
 */
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import type { AppError } from '../../core/contract.ts';
import { api, onBillingChanged, onConflict } from './api.ts';

interface LiveSlice {
  version: number;
  online: boolean;
  /** The last command that lost to another desktop: shown above the view until dismissed. */
  lost: AppError | null;
  changed(): void;
  setOnline(online: boolean): void;
  setLost(lost: AppError | null): void;
}

export const useLive = create<LiveSlice>((set) => ({
  version: 0,
  online: true,
  lost: null,
  changed: () => set((s) => ({ version: s.version + 1 })),
  setOnline: (online) => set({ online }),
  setLost: (lost) => set({ lost }),
}));

/** An error that only says the shared database could not be reached: stale once it is back. */
export function isOfflineError(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const { code, key } = value as Partial<AppError>;
  return code === 'unavailable' && typeof key === 'string' && key.startsWith('errors.store.offline');
}

interface Slice<S> {
  getState(): S;
  setState(patch: Partial<S>): void;
}

/** The top-level fields of a slice that hold an offline error, cleared (a panel's Confirm comes back). */
export function dropOfflineErrors<S extends object>(slice: Slice<S>): void {
  const patch: Partial<S> = {};
  for (const [field, value] of Object.entries(slice.getState())) if (isOfflineError(value)) (patch as Record<string, unknown>)[field] = null;
  if (Object.keys(patch).length) slice.setState(patch);
}

const reconnectListeners = new Set<() => void>();

/** Runs `listener` each time the shared database is reachable again. */
export function onBackOnline(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

/** Listens to the host's store events and to conflict results; returns the function that stops. */
export function startLiveUpdates(initiallyOnline: boolean): () => void {
  const live = useLive.getState();
  live.setOnline(initiallyOnline);
  const stops = [
    api().on('store.changed', () => useLive.getState().changed()),
    api().on('store.connection', ({ online }) => {
      const was = useLive.getState().online;
      useLive.getState().setOnline(online);
      if (!online) return;
      // Back online: errors that only said "offline" go, and what others did meanwhile shows at once.
      if (!was) reconnectListeners.forEach((listener) => listener());
      useLive.getState().changed();
    }),
    // Paying, a card, the billing address…: the Overview's tiles and every other view showing billing reload.
    onBillingChanged(() => useLive.getState().changed()),
    onConflict((error) => {
      const lost = error.key === 'errors.store.conflict' || error.key === 'errors.store.conflictBy';
      useLive.getState().setLost(lost ? error : null);
      // Only a lost race means the screen is behind. A rule's refusal is a `conflict` too (seats below
      // those assigned): reloading on it would make an open panel re-ask its preview forever.
      if (lost) useLive.getState().changed();
    }),
  ];
  return () => stops.forEach((stop) => stop());
}

/**
 * Runs `load` on mount, when one of `deps` changes, and again whenever the account changed elsewhere.
 * The latest `load` is used, so an inline function does not reload on every render.
 */
export function useReload(load: () => unknown, deps: readonly unknown[] = []): void {
  const version = useLive((s) => s.version);
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    void latest.current();
  }, [version, ...deps]);
}
