/** What the command line makes of a typed second step: a code from the app, or a recovery code. */
import { describe, expect, it } from 'vitest';
import { secondStepKind } from '../../cli/code-kind.ts';

describe('secondStepKind', () => {
  it('reads six digits as a code from the app, spaces and dashes aside', () => {
    for (const typed of ['123456', '123 456', '123-456', ' 654321 ']) expect(secondStepKind(typed)).toBe('code');
  });

  it('reads anything else as a recovery code, digits-only ones too (Crockford’s base 32 holds digits)', () => {
    for (const typed of ['Q0QT-E03Y-Y1HF', 'q0qte03yy1hf', '1234-5678-9012', '123456789012']) expect(secondStepKind(typed)).toBe('recovery');
  });
});
