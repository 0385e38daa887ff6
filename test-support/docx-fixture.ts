// Builds a minimal Word (.docx) package at test time: paragraphs, a heading, a footnote and the
// document properties, so tests need no binary fixtures.
import JSZip from "jszip";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export type DocxSpec = {
  heading?: string;
  paragraphs: string[];
  /** A footnote attached to the end of the first paragraph. */
  footnote?: string;
  title?: string;
  creator?: string;
  company?: string;
  created?: string;
};

export async function buildDocx(spec: DocxSpec): Promise<Uint8Array> {
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  const noteRef = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>';
  const body = [
    ...(spec.heading ? [`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(spec.heading)}</w:p>`] : []),
    ...spec.paragraphs.map((p, i) => `<w:p>${run(p)}${i === 0 && spec.footnote ? noteRef : ""}</w:p>`),
  ].join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/>
</Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${R}/footnotes" Target="footnotes.xml"/>
</Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  zip.file(
    "word/footnotes.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}>${
      spec.footnote ? `<w:footnote w:id="1"><w:p>${run(spec.footnote)}</w:p></w:footnote>` : ""
    }</w:footnotes>`,
  );
  const dc = (tag: string, value?: string) => (value ? `<${tag}>${esc(value)}</${tag}>` : "");
  zip.file(
    "docProps/core.xml",
    `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${dc(
      "dc:title",
      spec.title,
    )}${dc("dc:creator", spec.creator)}${spec.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${spec.created}</dcterms:created>` : ""}</cp:coreProperties>`,
  );
  zip.file(
    "docProps/app.xml",
    `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">${dc("Company", spec.company)}</Properties>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}
