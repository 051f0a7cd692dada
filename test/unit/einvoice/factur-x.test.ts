/** Factur-X: the CII XML embedded in the invoice PDF reads back unchanged, with the Factur-X metadata. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFArray, PDFDict, PDFRawStream, decodePDFRawStream, StandardFonts, PDFHexString, PDFNumber } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { eInvoiceOf } from '../../../core/einvoice/einvoice.ts';
import { attachFacturX, FACTUR_X_FILE, OUTPUT_CONDITION, readFacturX } from '../../../core/einvoice/factur-x.ts';
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

  it('names the file as Factur-X asks: /AF with AFRelationship /Alternative, text/xml, and the PDF/A-3 and fx XMP', async () => {
    const pdf = await PDFDocument.load(await attachFacturX(await samplePdf(), '<x/>', meta), { updateMetadata: false });
    const af = pdf.catalog.lookup(PDFName.of('AF'), PDFArray);
    expect(af.size()).toBe(1);
    const spec = af.lookup(0, PDFDict);
    // The XML is the invoice itself in another form (Factur-X's relationship for the EN 16931 profile).
    expect(String(spec.get(PDFName.of('AFRelationship')))).toBe('/Alternative');
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

  it('is a PDF/A-3: the sRGB output intent with the vendored ICC profile, a document ID, a PDF 1.7 header', async () => {
    const bytes = await attachFacturX(await samplePdf(), '<x/>', meta);
    expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe('%PDF-1.7');
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const intents = pdf.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    expect(intents.size()).toBe(1);
    const intent = intents.lookup(0, PDFDict);
    expect(String(intent.get(PDFName.of('S')))).toBe('/GTS_PDFA1');
    expect(intent.lookup(PDFName.of('OutputConditionIdentifier'))?.toString()).toBe(`(${OUTPUT_CONDITION})`);
    const profile = intent.lookup(PDFName.of('DestOutputProfile')) as PDFRawStream;
    expect(profile.dict.lookup(PDFName.of('N'), PDFNumber).asNumber()).toBe(3);
    const vendored = fs.readFileSync(new URL('../../../core/einvoice/icc/sRGB-v2-magic.icc', import.meta.url));
    expect(Buffer.from(decodePDFRawStream(profile).decode()).equals(vendored)).toBe(true);
    // An RGB display profile, ICC version 2 (the bytes say so: class 'mntr', space 'RGB ', major version 2).
    expect([vendored.subarray(12, 16).toString('latin1'), vendored.subarray(16, 20).toString('latin1'), vendored[8]]).toEqual(['mntr', 'RGB ', 2]);

    // The trailer's /ID: two strings, the same for the same document, another for another document.
    const id = (doc: PDFDocument) => {
      const ids = doc.context.trailerInfo.ID;
      if (!(ids instanceof PDFArray)) return null;
      return [0, 1].map((i) => (ids.get(i) as PDFHexString).asString());
    };
    const first = id(pdf);
    expect(first).toHaveLength(2);
    expect(first![0]).toMatch(/^[0-9A-F]{32}$/u);
    expect(id(await PDFDocument.load(await attachFacturX(await samplePdf(), '<x/>', meta)))).toEqual(first);
    expect(id(await PDFDocument.load(await attachFacturX(await samplePdf(), '<y/>', meta)))).not.toEqual(first);

    // poppler reads it whole, and sees the PDF 1.7 header.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facturx-a-'));
    const file = path.join(dir, 'invoice.pdf');
    fs.writeFileSync(file, bytes);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/PDF version:\s+1\.7/u);
    fs.rmSync(dir, { recursive: true });
  });
});
