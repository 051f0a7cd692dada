import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Text, UNSTABLE_Toast as Toast, UNSTABLE_ToastContent as ToastContent, UNSTABLE_ToastRegion as ToastRegion } from 'react-aria-components';
import { onWriteSuccess } from './api.ts';
import { confirmation } from './confirmations.ts';
import { toast, toastQueue } from './toasts.ts';

/** The one toast region: every successful change confirms itself here (see confirmations.ts). */
export function Toasts() {
  const { t } = useTranslation();
  useEffect(
    () =>
      onWriteSuccess((channel, input, value) => {
        const text = confirmation(channel, input, value, t);
        if (text) toast(text);
      }),
    [t],
  );
  return (
    <ToastRegion queue={toastQueue} className="toast-region no-print" aria-label={t('ui.toasts.label')}>
      {({ toast: item }) => (
        <Toast toast={item} className="toast">
          <ToastContent className="toast-content">
            <Text slot="title">{item.content.text}</Text>
          </ToastContent>
          <Button slot="close" className="toast-close" aria-label={t('ui.toasts.close')}>
            ×
          </Button>
        </Toast>
      )}
    </ToastRegion>
  );
}
