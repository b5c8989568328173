/**
 * Gnumeric follows Excel's number-format rules where LibreOffice is lenient: `#,##0.##` shows a
 * whole number as "3." there, as in Excel. Printing our workbooks with its `ssconvert` shows
 * what an Excel user sees.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Campaign, consolidate, validateReturns } from '../../../src/core';
import { readReturnFile, renderXlsx } from '../../../src/adapters/xlsx';
import { buildCampaignWorkbooks, buildReportLayout } from '../../../src/workbook';
import { smallCampaignInput } from '../../helpers/campaign';
import { fillReturn } from '../../helpers/fill-return';
import { GOOD_ANSWERS } from '../../helpers/raw-return';
import { PDFTOTEXT, SSCONVERT } from '../../helpers/libreoffice';
import { describeWith } from '../../helpers/requires';

function printed(dir: string, name: string, bytes: Uint8Array): string {
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, bytes);
  execFileSync('ssconvert', [file, join(dir, `${name}.pdf`)], { stdio: 'pipe', timeout: 60000 });
  return execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
}

/** A number followed by a bare separator, as "3." or "3,720." */
const TRAILING_SEPARATOR = /(?:^|\s)\d{1,3}(?:[.,]\d{3})*[.,](?=\s|$)/;
/** The printed table rows: those that start with an indicator or unit code. */
const tableRows = (text: string) => text.split('\n').filter((l) => /^\s*[A-Z]{2}\d{2}\s/.test(l));

describeWith([SSCONVERT, PDFTOTEXT], 'workbooks printed by Gnumeric', () => {
  const campaign = Campaign.parse(smallCampaignInput());
  const built = buildCampaignWorkbooks(campaign);
  const dir = mkdtempSync(join(tmpdir(), 'danvan-gnumeric-'));
  let fillIn: string;
  let report: string;
  beforeAll(async () => {
    const answers = { XA01: { ...GOOD_ANSWERS, TT01: 3, AS04: 30, AS06: 150.5 }, GD02: { ...GOOD_ANSWERS, TT01: 4, AS04: 50, AS06: 20 } } as const;
    const raws = [];
    for (const [code, a] of Object.entries(answers)) {
      const form = built.fillIns.find((f) => f.unit.code === code);
      if (!form) throw new Error(code);
      const bytes = await fillReturn(await renderXlsx(form.layout), a, { reporter: 'Lê Văn Nam', phone: '0905000111', reportDate: { date: '2025-12-30' } });
      if (code === 'XA01') fillIn = printed(dir, 'XA01', bytes);
      const read = await readReturnFile(bytes, `${code}.xlsx`);
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      raws.push(read.value);
    }
    const consolidation = consolidate(campaign, validateReturns(campaign, raws));
    report = printed(dir, 'report', await renderXlsx(buildReportLayout({ campaign, consolidation, includeErrors: false, readAt: '2026-01-02T03:00:00Z', reportDate: '2026-01-02' })));
  }, 120000);

  it('should show counts as whole numbers and decimals with two places in the fill-in', () => {
    expect(tableRows(fillIn).length).toBeGreaterThan(10);
    expect(tableRows(fillIn).filter((l) => TRAILING_SEPARATOR.test(l))).toEqual([]);
    // XA01 typed 150.5 m of road (a decimal indicator).
    expect(fillIn).toMatch(/150\.50/);
  });

  it('should print the footers’ text without their font codes', () => {
    // Gnumeric reads no font codes: `&"Times New Roman,Italic"&9` printed as `Times New Roman,Italic"`.
    expect(fillIn).toMatch(/CĐCS xã Trường Hòa — \d\/\d/);
    expect(`${fillIn}\n${report}`).not.toMatch(/Times|Roman|Italic|Regular/);
  });

  it('should show the report’s figures without a trailing separator and rates as percentages', () => {
    expect(tableRows(report).filter((l) => TRAILING_SEPARATOR.test(l))).toEqual([]);
    // TT01: 3 + 4 = 7 sessions; AS06: 150.5 + 20 = 170.5 m; AS05: (30 + 50) / (31 + 55) = 93.02 %.
    const line = (code: string) => report.split('\n').find((l) => l.trimStart().startsWith(code)) ?? '';
    expect(line('TT01')).toMatch(/\s7\s/);
    expect(line('AS06')).toMatch(/\s170\.50\s/);
    expect(line('AS05')).toMatch(/\s93\.02%/);
  });
});
