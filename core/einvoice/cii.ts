/**
 * The EN 16931 document written as UN/CEFACT Cross Industry Invoice D16B, the syntax of Factur-X 1.0
 * (profile EN 16931, guideline `urn:cen.eu:en16931:2017`). Elements follow the D16B schema's order;
 * each names its business term.
 */
import { create } from 'xmlbuilder2';
import type { Address } from '../model/records.ts';
import { decimalOf } from './amounts.ts';
import type { EDocument, ELine, EParty, EVat } from './en16931-model.ts';

export const EN16931_GUIDELINE = 'urn:cen.eu:en16931:2017';

const NS = {
  '@xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  '@xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  '@xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  '@xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

/** A piece of the XML as xmlbuilder2's object notation. */
type XmlPart = Record<string, unknown>;

const date = (yyyymmdd: string): XmlPart => ({ 'udt:DateTimeString': { '@format': '102', '#': yyyymmdd } });
const qdtDate = (yyyymmdd: string): XmlPart => ({ 'qdt:DateTimeString': { '@format': '102', '#': yyyymmdd } });

function address(a: Address): XmlPart {
  return {
    'ram:PostcodeCode': a.postalCode, // BT-38 / BT-53
    'ram:LineOne': a.line1, // BT-35 / BT-50
    ...(a.line2 ? { 'ram:LineTwo': a.line2 } : {}), // BT-36 / BT-51
    'ram:CityName': a.city, // BT-37 / BT-52
    'ram:CountryID': a.country.toUpperCase(), // BT-40 / BT-55
    ...(a.region ? { 'ram:CountrySubDivisionName': a.region } : {}), // BT-39 / BT-54
  };
}

function party(p: EParty): XmlPart {
  return {
    'ram:Name': p.name, // BT-27 / BT-44
    ...(p.legalId ? { 'ram:SpecifiedLegalOrganization': { 'ram:ID': p.legalId } } : {}), // BT-30 / BT-47
    'ram:PostalTradeAddress': address(p.address), // BG-5 / BG-8
    ...(p.vatId ? { 'ram:SpecifiedTaxRegistration': { 'ram:ID': { '@schemeID': 'VA', '#': p.vatId } } } : {}), // BT-31 / BT-48
  };
}

function lineTax(vat: EVat): XmlPart {
  return {
    'ram:TypeCode': 'VAT',
    'ram:CategoryCode': vat.category, // BT-151
    ...(vat.rate !== undefined ? { 'ram:RateApplicablePercent': vat.rate } : {}), // BT-152
  };
}

function line(l: ELine, vat: EVat): XmlPart {
  return {
    'ram:AssociatedDocumentLineDocument': { 'ram:LineID': l.id }, // BT-126
    'ram:SpecifiedTradeProduct': {
      'ram:SellerAssignedID': l.sellerItemId, // BT-155
      'ram:Name': l.name, // BT-153
      'ram:Description': l.description, // BT-154
    },
    'ram:SpecifiedLineTradeAgreement': {
      'ram:NetPriceProductTradePrice': {
        'ram:ChargeAmount': decimalOf(l.price), // BT-146
        'ram:BasisQuantity': { '@unitCode': 'C62', '#': String(l.baseQuantity) }, // BT-149, BT-150
      },
    },
    'ram:SpecifiedLineTradeDelivery': { 'ram:BilledQuantity': { '@unitCode': 'C62', '#': String(l.quantity) } }, // BT-129, BT-130
    'ram:SpecifiedLineTradeSettlement': {
      'ram:ApplicableTradeTax': lineTax(vat), // BG-30
      'ram:BillingSpecifiedPeriod': { 'ram:StartDateTime': date(l.periodStart), 'ram:EndDateTime': date(l.periodEnd) }, // BG-26: BT-134, BT-135
      'ram:SpecifiedTradeSettlementLineMonetarySummation': { 'ram:LineTotalAmount': decimalOf(l.amount) }, // BT-131
    },
  };
}

function headerTax(vat: EVat): XmlPart {
  return {
    'ram:CalculatedAmount': decimalOf(vat.tax), // BT-117
    'ram:TypeCode': 'VAT',
    ...(vat.exemptionReason ? { 'ram:ExemptionReason': vat.exemptionReason } : {}), // BT-120
    'ram:BasisAmount': decimalOf(vat.basis), // BT-116
    'ram:CategoryCode': vat.category, // BT-118
    ...(vat.exemptionCode ? { 'ram:ExemptionReasonCode': vat.exemptionCode } : {}), // BT-121
    ...(vat.rate !== undefined ? { 'ram:RateApplicablePercent': vat.rate } : {}), // BT-119
  };
}

function settlement(doc: EDocument): XmlPart {
  const t = doc.totals;
  return {
    'ram:InvoiceCurrencyCode': doc.currency, // BT-5
    'ram:ApplicableTradeTax': headerTax(doc.vat), // BG-23
    'ram:SpecifiedTradePaymentTerms': {
      'ram:Description': doc.paymentTerms, // BT-20
      ...(doc.dueDate ? { 'ram:DueDateDateTime': date(doc.dueDate) } : {}), // BT-9
    },
    'ram:SpecifiedTradeSettlementHeaderMonetarySummation': {
      'ram:LineTotalAmount': decimalOf(t.lineTotal), // BT-106
      'ram:TaxBasisTotalAmount': decimalOf(t.taxBasis), // BT-109
      'ram:TaxTotalAmount': { '@currencyID': doc.currency, '#': decimalOf(t.tax) }, // BT-110, BT-110's currency = BT-5
      'ram:GrandTotalAmount': decimalOf(t.grandTotal), // BT-112
      'ram:TotalPrepaidAmount': decimalOf(t.prepaid), // BT-113
      'ram:DuePayableAmount': decimalOf(t.due), // BT-115
    },
    ...(doc.preceding
      ? { 'ram:InvoiceReferencedDocument': { 'ram:IssuerAssignedID': doc.preceding.number, 'ram:FormattedIssueDateTime': qdtDate(doc.preceding.issueDate) } } // BG-3: BT-25, BT-26
      : {}),
  };
}

/** The CII XML of an EN 16931 document (UTF-8, indented). */
export function ciiXml(doc: EDocument): string {
  const root = {
    'rsm:CrossIndustryInvoice': {
      ...NS,
      'rsm:ExchangedDocumentContext': { 'ram:GuidelineSpecifiedDocumentContextParameter': { 'ram:ID': EN16931_GUIDELINE } }, // BT-24
      'rsm:ExchangedDocument': {
        'ram:ID': doc.number, // BT-1
        'ram:TypeCode': doc.typeCode, // BT-3
        'ram:IssueDateTime': date(doc.issueDate), // BT-2
        ...(doc.note ? { 'ram:IncludedNote': { 'ram:Content': doc.note } } : {}), // BG-1: BT-22
      },
      'rsm:SupplyChainTradeTransaction': {
        'ram:IncludedSupplyChainTradeLineItem': doc.lines.map((l) => line(l, doc.vat)), // BG-25
        'ram:ApplicableHeaderTradeAgreement': {
          'ram:SellerTradeParty': party(doc.seller), // BG-4
          'ram:BuyerTradeParty': party(doc.buyer), // BG-7
          ...(doc.purchaseOrder ? { 'ram:BuyerOrderReferencedDocument': { 'ram:IssuerAssignedID': doc.purchaseOrder } } : {}), // BT-13
        },
        'ram:ApplicableHeaderTradeDelivery': {},
        'ram:ApplicableHeaderTradeSettlement': settlement(doc),
      },
    },
  };
  return create({ version: '1.0', encoding: 'UTF-8' }, root).end({ prettyPrint: true });
}
