/**
 * Builders of small documents for the robustness tests: DOCX packages from their XML parts,
 * PDFs from content streams, zips whose entries overlap. Every adversarial input the tests
 * use is made here, from code; none is shipped.
 */
import { writeZip } from '../ingest/zip-writer.js';

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;

export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One `<w:p>`, optionally numbered (numId 1 at `ilvl`). */
export function docxParagraph(text: string, numbered?: { ilvl: string }): string {
  const pPr = numbered ? `<w:pPr><w:numPr><w:ilvl w:val="${numbered.ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>` : '';
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

export function documentXml(bodyInner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${bodyInner}</w:body></w:document>`;
}

/** numbering.xml with one abstract list (id 0, used by numId 1) of the given levels. */
export function numberingXml(levels: readonly { ilvl: string; start: string; numFmt: string; lvlText: string }[]): string {
  const lvls = levels
    .map((l) => `<w:lvl w:ilvl="${l.ilvl}"><w:start w:val="${l.start}"/><w:numFmt w:val="${l.numFmt}"/><w:lvlText w:val="${l.lvlText}"/></w:lvl>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W_NS}><w:abstractNum w:abstractNumId="0">${lvls}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
}

/** A DOCX package: document.xml (deflated), and numbering.xml when given. */
export function docx(document: string, numbering?: string): Buffer {
  return writeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES, deflate: true },
    { name: '_rels/.rels', data: ROOT_RELS, deflate: true },
    { name: 'word/_rels/document.xml.rels', data: numbering === undefined ? ROOT_RELS.replace(/<Relationship .*\/>/u, '') : DOC_RELS, deflate: true },
    { name: 'word/document.xml', data: document, deflate: true },
    ...(numbering === undefined ? [] : [{ name: 'word/numbering.xml', data: numbering, deflate: true }]),
  ]);
}

/** A PDF of one page per content stream (Helvetica, US Letter), with a correct xref table. */
export function pdf(streams: readonly string[]): Buffer {
  const objects: string[] = [];
  const pageIds = streams.map((_, i) => 4 + 2 * i);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${streams.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  streams.forEach((s, i) => {
    const id = pageIds[i]!;
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(s, 'latin1')} >>\nstream\n${s}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id] ?? 'null'}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A content stream showing each line of text at its own position, 12 pt, top down. */
export function textStream(lines: readonly string[]): string {
  const esc = (s: string): string => s.replace(/[\\()]/g, '\\$&');
  return lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - (i % 50) * 14} Td (${esc(l)}) Tj ET`).join('\n');
}

/**
 * A zip whose central directory lists `count` entries that all point at the same local
 * header and data (entries that share bytes: the non-recursive zip bomb's trick).
 */
export function overlappingZip(count: number, data: Buffer, nameOf: (i: number) => string = (i) => `f${i}.txt`): Buffer {
  // One sound entry, then its central record repeated under other names, all at offset 0.
  const one = writeZip([{ name: nameOf(0), data, deflate: true }]);
  const cdStart = one.readUInt32LE(one.length - 22 + 16);
  const record = one.subarray(cdStart, cdStart + 46);
  const centrals: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const name = Buffer.from(nameOf(i));
    const c = Buffer.from(record);
    c.writeUInt16LE(name.length, 28);
    centrals.push(c, name);
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.from(one.subarray(one.length - 22));
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  return Buffer.concat([one.subarray(0, cdStart), cd, end]);
}

/** `n` nested `<div>`s around one sentence. */
export const nestedHtml = (n: number, inner = '全年完成接种12.5万人次。'): string =>
  `<html><body>${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}</body></html>`;

/** `s` repeated to exactly `n` characters. */
export const repeatTo = (s: string, n: number): string => s.repeat(Math.ceil(n / s.length)).slice(0, n);
