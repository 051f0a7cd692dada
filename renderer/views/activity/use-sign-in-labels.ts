/**
 * A sign-in's outcome, reason and way in, in words of the user's language. The tables are typed over
 * the contract's values: a reason or a way in without its text does not compile.
 */
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../core/contract.ts';

export type SignInRow = OutputOf<'signIns.list'>['entries'][number];
export type SignInReason = NonNullable<SignInRow['reason']>;
export type SignInMethod = SignInRow['method'];
export type SignInOutcome = SignInRow['outcome'];

export const REASON_KEYS: Record<SignInReason, string> = {
  wrong_password: 'signins.reasons.wrong_password',
  wrong_code: 'signins.reasons.wrong_code',
  locked: 'signins.reasons.locked',
  second_step_failed: 'signins.reasons.second_step_failed',
  invitation_expired: 'signins.reasons.invitation_expired',
  reset_expired: 'signins.reasons.reset_expired',
  deactivated: 'signins.reasons.deactivated',
  unknown_user: 'signins.reasons.unknown_user',
};

export const METHOD_KEYS: Record<SignInMethod, string> = {
  password: 'signins.methods.password',
  invitation_code: 'signins.methods.invitation_code',
  reset_code: 'signins.methods.reset_code',
};

export const OUTCOME_KEYS: Record<SignInOutcome, string> = {
  succeeded: 'signins.outcomes.succeeded',
  failed: 'signins.outcomes.failed',
};

export const REASONS = Object.keys(REASON_KEYS) as SignInReason[];
export const OUTCOMES = Object.keys(OUTCOME_KEYS) as SignInOutcome[];

export function useSignInLabels() {
  const { t } = useTranslation();
  return {
    reason: (reason: SignInReason | null) => (reason ? t(REASON_KEYS[reason]) : ''),
    method: (method: SignInMethod) => t(METHOD_KEYS[method]),
    outcome: (outcome: SignInOutcome) => t(OUTCOME_KEYS[outcome]),
    /** Who: the user by name, or the email typed when it belongs to nobody. */
    who: (row: SignInRow) => row.user?.name ?? row.email,
  };
}
