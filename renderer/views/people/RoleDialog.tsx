import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Field.tsx';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { fromChoice, RoleSelect, toChoice } from './RoleSelect.tsx';
import { usePeopleStore } from './store.ts';
import { useTargetsLabel } from './use-targets.ts';

type Billing = 'keep' | 'yes' | 'no';

/** Change the role (built-in or custom) and, optionally, the billing contact flag of one or many users. */
export function RoleDialog({ userIds }: { userIds: string[] }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const setRole = usePeopleStore((s) => s.setRole);
  const close = usePeopleStore((s) => s.closeDialog);
  const single = usePeopleStore((s) => (userIds.length === 1 ? s.users.find((u) => u.id === userIds[0]) : undefined));
  const who = useTargetsLabel(userIds);
  const [choice, setChoice] = useState(single ? toChoice(single) : 'user');
  const [billing, setBilling] = useState<Billing>('keep');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();

  const save = async () => {
    setBusy(true);
    setError(null);
    const result = await setRole({ userIds, ...fromChoice(choice), ...(billing === 'keep' ? {} : { billingContact: billing === 'yes' }) });
    setBusy(false);
    if (!result.ok) setError(errorText(result.error) ?? null);
  };

  return (
    <Modal labelledBy={titleId} onClose={() => close(false)} className="people-dialog">
      <h2 id={titleId}>{t('people.ui.role.title', { who })}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {error && <div className="banner banner-error" role="alert">{error}</div>}
        <div className="form-grid">
          <RoleSelect value={choice} onChange={(e) => setChoice(e.target.value)} />
          <SelectField label={t('ui.people.billingContact')} value={billing} onChange={(e) => setBilling(e.target.value as Billing)}>
            <option value="keep">{t('people.ui.role.billingKeep')}</option>
            <option value="yes">{t('people.ui.role.billingYes')}</option>
            <option value="no">{t('people.ui.role.billingNo')}</option>
          </SelectField>
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={() => close(false)}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('people.ui.role.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
