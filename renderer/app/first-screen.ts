/**
 * The first screen's reads that came with the sign-in's answer (core/app/first-screen.ts): each slice
 * that would read its part on mount (the Overview, the bell, the cart's count, pending payments) takes
 * it once instead. What no slice took is dropped at the first navigation or sign-out, so that a view
 * opened later reads what is true then, not what was at sign-in.
 */
import type { OutputOf } from '../../core/contract.ts';

export type FirstScreen = NonNullable<Extract<OutputOf<'auth.signIn'>, { user: unknown }>['firstScreen']>;

let kept: Partial<FirstScreen> = {};

export function keepFirstScreen(screen: FirstScreen | undefined): void {
  kept = screen ? { ...screen } : {};
}

/** The part, once (undefined when there is none: the slice reads it itself); null means refused. */
export function takeFirstScreen<K extends keyof FirstScreen>(part: K): FirstScreen[K] | undefined {
  const value = kept[part];
  delete kept[part];
  return value;
}

export function dropFirstScreen(): void {
  kept = {};
}
