/**
 * Finding 9 of issue 9: the CLI's stderr holds only its own lines, one per failed document
 * (`source: code: message`) and the summary; parser warnings (xmldom's
 * `@#[line:undefined,col:undefined]`) neither reach it nor break an error over two lines.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docx } from '../fuzz/build.js';
import { runCli, summaryOf } from './run.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('stderr of the CLI', () => {
  it('has one line per failed document and the summary, nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zb-noise-'));
    const broken = [
      `<w:document ${W}><w:body><w:p><w:r><w:t>完成12.5万人次</w:t></w:r></w:p></w:body>`, // unclosed root
      `<w:document ${W}><w:body><w:p a="1" a="2"/></w:body></w:document>`, // attribute twice
      `<w:document ${W}><w:body><w:p><w:r><w:t>完成&nbsp;12.5</w:t></w:r></w:p></w:body></w:document>`, // unknown entity
    ];
    const files = await Promise.all(
      broken.map(async (xml, i) => {
        const path = join(dir, `bad${i}.docx`);
        await writeFile(path, docx(xml));
        return path;
      }),
    );
    const ok = join(dir, 'ok.txt');
    await writeFile(ok, '全年完成门诊168051人次。');
    const run = await runCli(['extract', ...files, ok, '--quiet', '--jobs', '1']);
    const lines = run.stderr.trimEnd().split('\n');
    expect(summaryOf(run.stderr)).toMatchObject({ in: 4, ok: 1, failed: 3 });
    expect(lines).toHaveLength(4);
    for (const [i, line] of lines.slice(0, 3).entries()) expect(line).toMatch(new RegExp(`^${files[i]}: corrupt: `, 'u'));
    expect(run.stderr).not.toMatch(/xmldom|@#\[line|undefined/u);
  }, 60_000);
});
