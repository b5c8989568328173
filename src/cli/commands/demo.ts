import { join, relative, resolve } from 'node:path';
import { addDays, allocateTargets, findPreset, sampleAnswers } from '../../core';
import type { Campaign } from '../../core';
import { buildCampaignWorkbooks, builtFormPageUrl, fillInFileName, fillLayout } from '../../workbook';
import type { CellValue } from '../../workbook';
import { renderXlsx } from '../../adapters/xlsx';
import { writeFileAtomically, writeFilesAtomically } from '../files';
import type { OutputFile } from '../files';
import type { Context } from '../io';
import { EXIT } from '../io';
import { runConsolidate } from './consolidate';

export const DEMO_PRESET = 'dot-15-ngay';
const DEMO_UNITS = 30;

/** What each demo unit does with its form, by its position in the list. */
type Behaviour = 'good' | 'late' | 'missing' | 'ambiguous' | 'words' | 'requiredEmpty' | 'resent';
const BEHAVIOURS: Readonly<Record<number, Behaviour>> = { 3: 'late', 8: 'late', 15: 'late', 6: 'missing', 21: 'missing', 11: 'ambiguous', 18: 'words', 25: 'requiredEmpty', 13: 'resent' };

/** `danvan demo`: a preset campaign, its workbooks, realistic returns and the district report. */
export async function runDemo(ctx: Context, options: { output?: string | undefined }): Promise<number> {
  const preset = findPreset(DEMO_PRESET);
  if (!preset) throw new Error(`preset ${DEMO_PRESET} missing`);
  const full = preset.build();
  const campaign: Campaign = { ...full, units: full.units.slice(0, DEMO_UNITS) };
  const dir = resolve(ctx.cwd, options.output ?? 'danvan-demo');
  ctx.say('cli.demoStart', { title: campaign.title, units: campaign.units.length });

  const built = buildCampaignWorkbooks(campaign, { formUrl: builtFormPageUrl() });
  const forms: OutputFile[] = [{ path: join('so', 'master.xlsx'), bytes: await renderXlsx(built.master) }];
  for (const f of built.fillIns) forms.push({ path: join('so', 'units', fillInFileName(f.unit)), bytes: await renderXlsx(f.layout) });
  await writeFileAtomically(join(dir, 'campaign.json'), `${JSON.stringify(campaign, null, 2)}\n`);
  await writeFilesAtomically(dir, forms);

  const returns = await demoReturns(campaign, built.fillIns);
  await writeFilesAtomically(join(dir, 'bao-cao-don-vi'), returns);

  const code = await runConsolidate(ctx, {
    campaign: join(dir, 'so', 'master.xlsx'),
    returns: [join(dir, 'bao-cao-don-vi')],
    output: join(dir, 'bao-cao-tong-hop.xlsx'),
    docx: join(dir, 'bao-cao-tong-hop.docx'),
    json: join(dir, 'tong-hop.json'),
    includeErrors: false,
    date: campaign.deadline,
  });
  if (code === EXIT.usage) return code;
  ctx.out('');
  ctx.say('cli.demoWhere', {
    dir: relative(ctx.cwd, dir) || '.',
    preset: DEMO_PRESET,
    fillIns: built.fillIns.length,
    returns: returns.length,
    missing: Object.values(BEHAVIOURS).filter((b) => b === 'missing').length,
  });
  return EXIT.ok;
}

async function demoReturns(campaign: Campaign, fillIns: ReturnType<typeof buildCampaignWorkbooks>['fillIns']): Promise<OutputFile[]> {
  const { perUnit } = allocateTargets(campaign);
  const round = campaign.reportingRounds[0];
  const files: OutputFile[] = [];
  for (const [i, { unit, layout }] of fillIns.entries()) {
    const behaviour = BEHAVIOURS[i] ?? 'good';
    if (behaviour === 'missing') continue;
    const targets = new Map([...perUnit].flatMap(([code, byUnit]) => (byUnit.has(unit.code) ? [[code, byUnit.get(unit.code) ?? 0] as const] : [])));
    const answers: Map<string, CellValue> = new Map(sampleAnswers(campaign, unit, i, targets));
    const dated = (date: string) => ({ reporter: unit.contact?.name ?? 'Người báo cáo', phone: unit.contact?.phone ?? '', reportDate: { date }, round: round?.label ?? null });
    const onTime = dated(campaign.period.end);
    const firstNumeric = campaign.indicators.find((ind) => ind.type === 'integer' && !ind.partOf && !ind.required);
    const required = campaign.indicators.find((ind) => ind.required && ind.type === 'integer');
    if (behaviour === 'ambiguous' && firstNumeric) answers.set(firstNumeric.code, '1,000');
    if (behaviour === 'words' && required) answers.set(required.code, 'mười hai');
    if (behaviour === 'requiredEmpty' && required) answers.set(required.code, null);
    if (behaviour === 'resent' && required) {
      const first = new Map(answers).set(required.code, 0);
      files.push({ path: `${unit.code}-lan-1.xlsx`, bytes: await renderXlsx(fillLayout(layout, first, dated(campaign.period.end))) });
      files.push({ path: `${unit.code}-lan-2.xlsx`, bytes: await renderXlsx(fillLayout(layout, answers, dated(campaign.deadline))) });
      continue;
    }
    const header = behaviour === 'late' ? dated(addDays(campaign.deadline, 2)) : onTime;
    files.push({ path: fillInFileName(unit), bytes: await renderXlsx(fillLayout(layout, answers, header)) });
  }
  return files;
}


