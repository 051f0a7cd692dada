/** The CLI's expected failures, each with its exit code (kept apart from session.ts so that help loads no core). */
import type { AppError } from '../core/contract.ts';

/** The core said no (exit code 1). */
export class Refused extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

/** Sign-in failed or no password to sign in with (exit code 3). */
export class SignInFailed extends Error {}

/** Stopped by Ctrl+C before anything was written (exit code 130, as a shell reports SIGINT). */
export class Interrupted extends Error {}
