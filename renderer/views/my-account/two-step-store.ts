/**
 * My Account's two-step sign-in: its state, the enrolment (the key shown once, as a QR code drawn here
 * from the otpauth address and as text) and the recovery codes shown once. Nothing of the key or the
 * codes outlives the screen that shows them: they are dropped when it closes.
 */
import QRCode from 'qrcode';
import { create } from 'zustand';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';

type Status = OutputOf<'me.twoStepStatus'>;
export type TwoStepMode = 'idle' | 'enrolling' | 'codes' | 'disable' | 'regenerate';

interface TwoStepSlice {
  status: Status | null;
  mode: TwoStepMode;
  enrolment: { keyGrouped: string; qr: string } | null;
  recoveryCodes: string[] | null;
  load(): Promise<void>;
  begin(): Promise<AppError | null>;
  confirm(code: string): Promise<AppError | null>;
  disable(code: string): Promise<AppError | null>;
  regenerate(code: string): Promise<AppError | null>;
  ask(mode: 'disable' | 'regenerate'): void;
  /** The account's rule (super administrators): administrators must use two-step sign-in. */
  security: OutputOf<'account.security'> | null;
  loadSecurity(): Promise<void>;
  setSecurity(requireTwoStepForAdmins: boolean): Promise<AppError | null>;
  /** Back to the state: the key and the codes are forgotten. */
  close(): void;
}

export const useTwoStepStore = create<TwoStepSlice>((set) => ({
  status: null,
  mode: 'idle',
  enrolment: null,
  recoveryCodes: null,
  security: null,

  async loadSecurity() {
    const result = await api()['account.security']();
    if (result.ok) set({ security: result.value });
  },

  async setSecurity(requireTwoStepForAdmins) {
    const result = await api()['account.setSecurity']({ requireTwoStepForAdmins });
    if (!result.ok) return result.error;
    set({ security: result.value });
    return null;
  },

  async load() {
    const result = await api()['me.twoStepStatus']();
    if (result.ok) set({ status: result.value });
  },

  async begin() {
    const result = await api()['me.twoStepBegin']();
    if (!result.ok) return result.error;
    // qrcode draws the otpauth address as a PNG data URL (the CSP allows data: images).
    const qr = await QRCode.toDataURL(result.value.uri, { errorCorrectionLevel: 'M', margin: 2, width: 200 });
    set({ mode: 'enrolling', enrolment: { keyGrouped: result.value.keyGrouped, qr } });
    return null;
  },

  async confirm(code) {
    const result = await api()['me.twoStepConfirm']({ code });
    if (!result.ok) return result.error;
    set({ mode: 'codes', enrolment: null, recoveryCodes: result.value.recoveryCodes, status: result.value.status });
    return null;
  },

  async disable(code) {
    const result = await api()['me.twoStepDisable']({ code });
    if (!result.ok) return result.error;
    set({ mode: 'idle', status: result.value });
    return null;
  },

  async regenerate(code) {
    const result = await api()['me.twoStepRegenerate']({ code });
    if (!result.ok) return result.error;
    set({ mode: 'codes', recoveryCodes: result.value.recoveryCodes, status: result.value.status });
    return null;
  },

  ask: (mode) => set({ mode }),
  close() {
    set({ mode: 'idle', enrolment: null, recoveryCodes: null });
    // A session the account's policy held for enrolment is free once the codes were seen: it opens on
    // the home view, not on whatever address was typed or linked while it was held.
    const session = useSessionStore.getState();
    if (!session.session?.mustEnrolTwoStep) return;
    void session.refresh().then(() => {
      const after = useSessionStore.getState();
      if (after.phase === 'signed-in' && !after.session?.mustEnrolTwoStep) after.go('overview');
    });
  },
}));
