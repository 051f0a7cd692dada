/** Factur-X: the CII XML embedded in the invoice PDF reads back unchanged, with the Factur-X metadata. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFArray, PDFDict, PDFRawStream, decodePDFRawStream, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { eInvoiceOf } from '../../../core/einvoice/einvoice.ts';
import { attachFacturX, FACTUR_X_FILE, readFacturX } from '../../../core/einvoice/factur-x.ts';
import { demoFixture } from '../../../core/testing/fixture.ts';

async function samplePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595, 842]);
  page.drawText('Invoice INV-2026-000027', { x: 50, y: 780, size: 18, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

const meta = { title: 'Invoice INV-2026-000027', date: '2026-11-01T09:00:00.000Z', author: 'Helpline Software Ireland Ltd' };

describe('Factur-X', () => {
  it('embeds factur-x.xml as the associated file and reads back the very XML written', async () => {
    const f = await demoFixture();
    const invoice = [...f.store.tables.invoices.values()].at(-1)!;
    const { xml } = eInvoiceOf(f.store.tables, invoice);
    const pdf = await attachFacturX(await samplePdf(), xml, meta);
    expect(await readFacturX(pdf)).toBe(xml);
    expect(await readFacturX(await samplePdf())).toBeNull();

    // Another reader agrees: poppler lists the attachment and extracts the same bytes.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facturx-'));
    const file = path.join(dir, 'invoice.pdf');
    fs.writeFileSync(file, pdf);
    expect(execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' })).toContain(FACTUR_X_FILE);
    execFileSync('pdfdetach', ['-saveall', '-o', dir, file]);
    expect(fs.readFileSync(path.join(dir, FACTUR_X_FILE), 'utf8')).toBe(xml);
    fs.rmSync(dir, { recursive: true });
  });

  it('names the file as Factur-X asks: /AF with AFRelationship /Data, text/xml, and the PDF/A-3 and fx XMP', async () => {
    const pdf = await PDFDocument.load(await attachFacturX(await samplePdf(), '<x/>', meta), { updateMetadata: false });
    const af = pdf.catalog.lookup(PDFName.of('AF'), PDFArray);
    expect(af.size()).toBe(1);
    const spec = af.lookup(0, PDFDict);
    expect(String(spec.get(PDFName.of('AFRelationship')))).toBe('/Data');
    const file = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F')) as PDFRawStream;
    expect(String(file.dict.get(PDFName.of('Subtype')))).toBe('/text#2Fxml');
    const xmp = new TextDecoder().decode(decodePDFRawStream(pdf.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream).decode());
    for (const fact of [
      '<pdfaid:part>3</pdfaid:part>',
      '<pdfaid:conformance>B</pdfaid:conformance>',
      '<fx:DocumentType>INVOICE</fx:DocumentType>',
      '<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>',
      '<fx:Version>1.0</fx:Version>',
      '<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>',
      '<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>',
      '<xmp:CreateDate>2026-11-01T09:00:00Z</xmp:CreateDate>',
    ]) {
      expect(xmp).toContain(fact);
    }
    expect(() => create(xmp.replace(/<\?xpacket[^>]*\?>/gu, ''))).not.toThrow();
    // The dates are the document's, not the machine's.
    expect(pdf.getCreationDate()?.toISOString()).toBe(meta.date);
    expect(pdf.getTitle()).toBe(meta.title);
  });
});
