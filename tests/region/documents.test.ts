import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/document.js';
import { extract } from '../../src/pipeline.js';

/** The seeds and fixture documents: those that state their region, and those that do not. */
const STATED: Array<[string, string, string]> = [
  ['fixtures/seeds/001_e4528b115fa46040.txt', '141129', '中阳县卫生健康局'],
  ['fixtures/documents/gov-page-gbk.html', '141129', '中阳县卫生健康局'],
  ['fixtures/seeds/004_73bd3943b8d95550.txt', '350213', '厦门市翔安区卫生健康局'],
  ['fixtures/documents/plan-two-column.pdf', '350213', '厦门市翔安区卫生健康局'],
];
/** No place named (`区卫健局`, `縣衛健局`) or masked (`xx区`): null, with a warning saying why. */
const UNSTATED = [
  'fixtures/seeds/000_f4c5eb871e2be798.txt',
  'fixtures/seeds/002_961c176954e84f18.txt',
  'fixtures/seeds/003_6e427e49ff9af0f7.txt',
  'fixtures/documents/docsite-page-utf8.html',
  'fixtures/documents/traditional-page.html',
  'fixtures/documents/report-with-table.docx',
  'fixtures/documents/report-with-table.pdf',
  'fixtures/documents/masked-template.docx',
];

describe('region of the seeds and fixture documents', () => {
  it.each(STATED)('%s → %s (%s)', async (path, code, issuer) => {
    const r = await extractDocument(path);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.region?.code).toBe(code);
    expect(r.issuer).toBe(issuer);
    expect(r.records.length).toBeGreaterThan(0);
    expect(r.records.every((x) => x.regionCode === code)).toBe(true);
  });
  it.each(UNSTATED)('%s → null with a reason', async (path) => {
    const r = await extractDocument(path);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.region).toBeNull();
    expect(r.warnings.some((w) => w.code.startsWith('region_'))).toBe(true);
    expect(r.records.every((x) => x.regionCode === null)).toBe(true);
  });
  it('bare extract() gives regionCode null unless asked to annotate and the text names the region', () => {
    expect(extract('全年接待游客1186.4万人次。', { annotate: true }).records[0]?.regionCode).toBeNull();
    expect(extract('中阳县卫生健康局2024年工作总结\n全年接待游客1186.4万人次。', { annotate: true }).records[0]?.regionCode).toBe('141129');
    expect(extract('中阳县卫生健康局2024年工作总结\n全年接待游客1186.4万人次。').records[0]?.regionCode).toBeNull();
  });
});
