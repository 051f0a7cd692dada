/**
 * A progress line on standard error, for a long command at a terminal: rewritten in place ("Preparing
 * e-invoices… 12 of 40") and cleared at the end. Nothing when standard error is not a terminal (piped
 * into a file or another program), so what scripts read stays the same.
 */
export interface ProgressLine {
  update(done: number): void;
  clear(): void;
}

export function progressLine(stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'>, label: string, total: number): ProgressLine {
  if (!stream.isTTY) return { update: () => undefined, clear: () => undefined };
  let shown = false;
  return {
    update(done) {
      stream.write(`\r\x1b[K${label}… ${done} of ${total}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
