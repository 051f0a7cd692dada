import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import { Panel } from '../../components/Panel.tsx';
import { AddressForm } from './AddressForm.tsx';
import { isEuCountry, useCountries } from './countries.ts';
import { useCanEditBilling } from './selectors.ts';
import { useBillingInfoStore, type BillingDetails } from './store.ts';

/** Billing address, VAT number and the tax treatment they give; Edit for those with billing rights. */
export function AddressPanel({ details }: { details: BillingDetails }) {
  const { t } = useTranslation();
  const editing = useBillingInfoStore((s) => s.editing);
  const setEditing = useBillingInfoStore((s) => s.setEditing);
  const canEdit = useCanEditBilling();
  const { nameOf } = useCountries();
  const a = details.billingAddress;
  const cityLine = [a.postalCode, a.city].filter(Boolean).join(' ');

  return (
    <Panel title={t('ui.billingInfo.address')} editing={editing} onEdit={canEdit ? () => setEditing(true) : undefined}>
      {editing && canEdit ? (
        <AddressForm details={details} />
      ) : (
        <dl className="facts">
          <dt>{t('ui.billingInfo.fields.name')}</dt>
          <dd>{details.name}</dd>
          <dt>{t('ui.billingInfo.addressLabel')}</dt>
          <dd className="address">
            {[a.line1, a.line2, cityLine, a.region].filter(Boolean).map((line) => (
              <div key={line}>{line}</div>
            ))}
          </dd>
          <dt>{t('ui.billingInfo.fields.country')}</dt>
          <dd>{nameOf(a.country)}</dd>
          {isEuCountry(a.country) && (
            <>
              <dt>{t('ui.billingInfo.fields.vatNumber')}</dt>
              <dd>{details.vatNumber ?? <span className="muted">{t('ui.common.notSet')}</span>}</dd>
            </>
          )}
          <dt>{t('ui.billingInfo.tax.title')}</dt>
          <dd>
            <TaxTreatment details={details} countryName={nameOf(a.country)} />
          </dd>
        </dl>
      )}
    </Panel>
  );
}

function TaxTreatment({ details, countryName }: { details: BillingDetails; countryName: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const rate = f.rate(details.taxRateBasisPoints);
  return (
    <div className="tax-treatment" data-kind={details.taxKind}>
      <div>{t(`ui.billingInfo.tax.${details.taxKind}`, { country: countryName, rate })}</div>
      {details.taxKind === 'reverse_charge' && <div className="muted small mention-inline">{t('tax.reverseCharge')}</div>}
    </div>
  );
}
