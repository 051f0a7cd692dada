/**
 * Factur-X 1.0 (profile EN 16931): the invoice PDF with its CII XML embedded as `factur-x.xml`, an
 * associated file of the document (/AF on the catalog, AFRelationship /Alternative — the XML is the
 * same invoice in another form, as Factur-X asks for the EN 16931 profile — subtype text/xml), made a
 * PDF/A-3b: an sRGB output intent (/GTS_PDFA1 with its ICC profile), a document ID in the trailer, and
 * XMP metadata naming PDF/A-3 (part 3, conformance B) and the Factur-X extension schema. pdf-lib does
 * the PDF work (pure JS); the XMP packet is the Factur-X specification's own text, filled in here.
 * Dates come from the caller (the document's issue instant), never from the machine's clock.
 */
import { AFRelationship, decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHeader, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { FACTUR_X_FILE } from './einvoice.ts';
import { SRGB_ICC_BASE64 } from './srgb-profile.ts';

export { FACTUR_X_FILE };
const FX_NS = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';

export interface FacturXMeta {
  /** The document's title, e.g. "Invoice INV-2026-000042". */
  title: string;
  /** The instant the document was issued (ISO-8601 with zone): the PDF's and the attachment's dates. */
  date: string;
  /** The seller, as the PDF's author. */
  author: string;
  /** The application that made the file; "Account Admin" unless named. */
  producer?: string;
}

const escapeXml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function xmp(meta: FacturXMeta, producer: string): string {
  const date = new Date(meta.date).toISOString().replace(/\.\d{3}Z$/u, 'Z');
  const field = (name: string, description: string) => `
            <rdf:li rdf:parseType="Resource">
              <pdfaProperty:name>${name}</pdfaProperty:name>
              <pdfaProperty:valueType>Text</pdfaProperty:valueType>
              <pdfaProperty:category>external</pdfaProperty:category>
              <pdfaProperty:description>${description}</pdfaProperty:description>
            </rdf:li>`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
      <pdfaid:part>3</pdfaid:part>
      <pdfaid:conformance>B</pdfaid:conformance>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>
      <dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
      <pdf:Producer>${escapeXml(producer)}</pdf:Producer>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
      <xmp:CreatorTool>${escapeXml(producer)}</xmp:CreatorTool>
      <xmp:CreateDate>${date}</xmp:CreateDate>
      <xmp:ModifyDate>${date}</xmp:ModifyDate>
      <xmp:MetadataDate>${date}</xmp:MetadataDate>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
      <pdfaExtension:schemas>
        <rdf:Bag>
          <rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>${FX_NS}</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>fx</pdfaSchema:prefix>
            <pdfaSchema:property>
              <rdf:Seq>${field('DocumentFileName', 'The name of the embedded XML document')}${field('DocumentType', 'The type of the hybrid document in capital letters, e.g. INVOICE or ORDER')}${field('Version', 'The actual version of the standard applying to the embedded XML document')}${field('ConformanceLevel', 'The conformance level of the embedded XML document')}
              </rdf:Seq>
            </pdfaSchema:property>
          </rdf:li>
        </rdf:Bag>
      </pdfaExtension:schemas>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:fx="${FX_NS}">
      <fx:DocumentType>INVOICE</fx:DocumentType>
      <fx:DocumentFileName>${FACTUR_X_FILE}</fx:DocumentFileName>
      <fx:Version>1.0</fx:Version>
      <fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>
    </rdf:Description>
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** The output condition the printed invoice is meant for: the screen's sRGB (what Chromium draws in). */
export const OUTPUT_CONDITION = 'sRGB IEC61966-2.1';

/** The sRGB profile as the PDF/A output intent's destination profile, replacing any the PDF had. */
function addOutputIntent(doc: PDFDocument): void {
  const icc = Uint8Array.from(atob(SRGB_ICC_BASE64), (c) => c.charCodeAt(0));
  const profile = doc.context.register(doc.context.flateStream(icc, { N: 3 }));
  const intent = doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of(OUTPUT_CONDITION),
    Info: PDFString.of(OUTPUT_CONDITION),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: profile,
  });
  doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([doc.context.register(intent)]));
}

/**
 * The trailer's /ID (PDF/A asks for one): the same document gives the same ID, from a digest of its
 * XML and metadata; a permanent ID the printed PDF already had stays first, as the PDF reference says.
 */
async function setDocumentId(doc: PDFDocument, xml: string, meta: FacturXMeta): Promise<void> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${meta.title}\n${meta.date}\n${meta.author}\n${xml}`));
  const id = PDFHexString.of(Buffer.from(digest.slice(0, 16)).toString('hex').toUpperCase());
  const before = doc.context.trailerInfo.ID;
  const permanent = before instanceof PDFArray ? before.get(0) : undefined;
  doc.context.trailerInfo.ID = doc.context.obj([permanent instanceof PDFHexString || permanent instanceof PDFString ? permanent : id, id]);
}

/** The PDF with the CII XML attached as Factur-X (EN 16931), made PDF/A-3b with the Factur-X XMP metadata. */
export async function attachFacturX(pdfBytes: Uint8Array, xml: string, meta: FacturXMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdfBytes, { updateMetadata: false });
  const date = new Date(meta.date);
  const producer = meta.producer ?? 'Account Admin';
  await doc.attach(new TextEncoder().encode(xml), FACTUR_X_FILE, {
    mimeType: 'text/xml',
    description: 'Factur-X invoice (EN 16931)',
    creationDate: date,
    modificationDate: date,
    afRelationship: AFRelationship.Alternative,
  });
  addOutputIntent(doc);
  await setDocumentId(doc, xml, meta);
  // Associated files are a PDF 1.7 feature (ISO 32000-1, on which PDF/A-3 rests); Chromium writes 1.4.
  doc.context.header = PDFHeader.forVersion(1, 7);
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author);
  doc.setProducer(producer);
  doc.setCreator(producer);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const metadata = doc.context.stream(xmp(meta, producer), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));
  // Object streams are PDF 1.5; keep the classic cross-reference table that PDF/A readers expect.
  return doc.save({ useObjectStreams: false });
}

function fileName(spec: PDFDict): string | undefined {
  const name = spec.lookup(PDFName.of('UF')) ?? spec.lookup(PDFName.of('F'));
  return name instanceof PDFString || name instanceof PDFHexString ? name.decodeText() : undefined;
}

/** The `factur-x.xml` embedded in a Factur-X PDF, or null when there is none. */
export async function readFacturX(pdfBytes: Uint8Array): Promise<string | null> {
  const doc = await PDFDocument.load(pdfBytes, { updateMetadata: false });
  const af = doc.catalog.lookup(PDFName.of('AF'));
  if (!(af instanceof PDFArray)) return null;
  for (let i = 0; i < af.size(); i++) {
    const spec = af.lookup(i);
    if (!(spec instanceof PDFDict) || fileName(spec) !== FACTUR_X_FILE) continue;
    const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
    if (stream instanceof PDFRawStream) return new TextDecoder().decode(decodePDFRawStream(stream).decode());
  }
  return null;
}
