import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../app/print.ts';
import { useMe } from '../../app/selectors.ts';

/** The ten recovery codes, shown once: copy them, download them, then say they are saved. */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const email = useMe()?.email ?? '';
  const [copied, setCopied] = useState(false);
  const text = () => `${t('access.twoStep.ui.fileHeader', { email })}\n\n${codes.join('\n')}\n`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied(true);
    } catch {
      // The clipboard refused (no focus, no permission): the codes stay on screen to copy by hand.
      setCopied(false);
    }
  }

  return (
    <div className="two-step-codes">
      <h3>{t('access.twoStep.ui.recoveryTitle')}</h3>
      <p>{t('access.twoStep.ui.recoveryIntro')}</p>
      <ol className="recovery-codes" aria-label={t('access.twoStep.ui.recoveryTitle')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      {copied && <p role="status">{t('access.twoStep.ui.copied')}</p>}
      <div className="actions">
        <button type="button" className="btn" onClick={() => void copy()}>
          {t('access.twoStep.ui.copy')}
        </button>
        <button type="button" className="btn" onClick={() => downloadFile('account-admin-recovery-codes.txt', text(), 'text/plain;charset=utf-8')}>
          {t('access.twoStep.ui.download')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onDone}>
          {t('access.twoStep.ui.saved')}
        </button>
      </div>
    </div>
  );
}
