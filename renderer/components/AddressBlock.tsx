import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/selectors.ts';

export interface Address {
  line1: string;
  line2?: string | undefined;
  city: string;
  postalCode: string;
  region?: string | undefined;
  country: string;
}

/** A party on a printed document: name, postal address (country named in the user's language), VAT number. */
export function AddressBlock({ label, name, address, vatNumber }: { label?: string; name: string; address: Address; vatNumber?: string | null | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const country = new Intl.DisplayNames([language], { type: 'region' }).of(address.country) ?? address.country;
  return (
    <address className="party">
      {label && <div className="party-label">{label}</div>}
      <div className="party-name">{name}</div>
      <div>{address.line1}</div>
      {address.line2 && <div>{address.line2}</div>}
      <div>{[address.postalCode, address.city].filter(Boolean).join(' ')}</div>
      {address.region && <div>{address.region}</div>}
      <div>{country}</div>
      {vatNumber && <div className="party-vat">{t('ui.invoice.vatNumber', { number: vatNumber })}</div>}
    </address>
  );
}
