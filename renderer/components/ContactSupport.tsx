import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Contact support", beside a price: shows how to reach the vendor's support team (no network needed). */
export function ContactSupport() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button type="button" className="btn-link" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('ui.billing.contactSupport')}
      </button>
      {open && (
        <span id={id} className="support-note" role="note">
          {t('ui.billing.contactSupportText')}
        </span>
      )}
    </>
  );
}
