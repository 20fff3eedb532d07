import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { docx, documentXml, docxParagraph, numberingXml, nestedHtml, overlappingZip, pdf, textStream, repeatTo } from './build.js';
import { generate } from './generate.js';
const D = '/tmp/issue9/repro/';
it('write', () => {
  const w = (n: string, b: Buffer | string) => writeFileSync(D + n, b);
  w('mask100k.txt', repeatTo('xx.xx%', 100_000));
  w('mask1m.txt', repeatTo('xx.xx%', 1_000_000));
  w('star40k.txt', repeatTo('*', 40_000));
  w('XX1m.txt', repeatTo('XX万人', 1_000_000));
  w('numLetters.docx', docx(documentXml(docxParagraph('一段', { ilvl: '0' })), numberingXml([{ ilvl: '0', start: '1000000000', numFmt: 'lowerLetter', lvlText: '%1.' }])));
  w('numRoman.docx', docx(documentXml(docxParagraph('一段', { ilvl: '0' })), numberingXml([{ ilvl: '0', start: '1' + '0'.repeat(999), numFmt: 'upperRoman', lvlText: '%1.' }])));
  w('numIlvl.docx', docx(documentXml(docxParagraph('一段', { ilvl: '1000000000' }) + docxParagraph('二段', { ilvl: '0' })), numberingXml([{ ilvl: '1000000000', start: '1', numFmt: 'decimal', lvlText: '%1.' }, { ilvl: '0', start: '1', numFmt: 'decimal', lvlText: '%1.' }])));
  w('docx50k.docx', docx(documentXml(Array.from({ length: 50000 }, (_, i) => docxParagraph(`第${i}段完成12.5万人次。`)).join(''))));
  w('docx200m.docx', docx(documentXml(docxParagraph('完成12.5万人次。') + '<w:p/>'.repeat(33_000_000))));
  w('div20k.html', nestedHtml(20000));
  w('div200k.html', nestedHtml(200000));
  w('pdfSame.pdf', pdf([Array.from({ length: 10000 }, () => 'BT /F1 12 Tf 72 720 Td (12.5%) Tj ET').join('\n')]));
  w('pdfQ.pdf', pdf(['q\n'.repeat(100000) + textStream(['hello 12.5%'])]));
  w('overlap.zip', overlappingZip(200, Buffer.from(Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 251))));
  w('utf16odd.html', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('<html><body>完成12.5万人次</body></html>', 'utf16le').swap16(), Buffer.from([0x41])]));
  w('lowsurr.html', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><body>完成12.5万人次\udc00\udc00。</body></html>', 'utf16le')]));
  w('badref.docx', docx(documentXml(docxParagraph('完成&#1114112;12.5万人次'))));
  const big: Buffer[] = [];
  for (let i = 0; i < 400; i++) { const f = generate(99, i); writeFileSync(`/tmp/issue9/repro/batch/${String(i).padStart(3, '0')}.${f.name.split('.').pop()}`, f.bytes); }
});
