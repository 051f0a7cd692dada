/**
 * "Copy diagnostics" (Help menu, palette, About): the core's report for a support request, put on the
 * clipboard; where the clipboard refuses (no focus, no permission), the About dialog shows the report to
 * select and copy by hand.
 */
import { api } from './api.ts';
import { useAppCommands } from './app-commands.ts';
import { toast } from './toasts.ts';

export async function copyDiagnostics(messages: { copied: string; failed: string }): Promise<void> {
  const result = await api()['app.diagnostics']();
  if (!result.ok) {
    toast(result.error.message);
    return;
  }
  try {
    await navigator.clipboard.writeText(result.value.report);
    toast(messages.copied);
  } catch {
    useAppCommands.getState().showDiagnostics(result.value.report, messages.failed);
  }
}
