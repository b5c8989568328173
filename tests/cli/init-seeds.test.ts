/** Every real plan in ../shared/seeds becomes a campaign, given the flags for what its text lacks. */
import { withoutRandomPart } from '../helpers/campaign';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { parseCampaignJson } from '../../src/core';
import { SOFFICE, WRITER, sofficeConvert } from '../helpers/libreoffice';
import { describeWith } from '../helpers/requires';
import { SEEDS, SEED_PLANS } from '../helpers/seed-plans';

const present = existsSync(SEEDS);
if (!present && process.env.CI !== 'true') console.log(`Seed plans skipped: ${SEEDS} is missing (it holds the real plans ../shared/seeds).`);
const describeSeeds = present || process.env.CI === 'true' ? describe : describe.skip;

describeSeeds('every seed plan yields a campaign with the flags it needs', () => {
  it('should find the seed plans (CI must have ../shared/seeds)', () => {
    expect(existsSync(SEEDS)).toBe(true);
  });

  it.each(SEED_PLANS.map((s) => [s.file, s] as const))('%s', async (_file, seed) => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-seed-'));
    const err: string[] = [];
    const code = await main(['init', '--from-plan', join(SEEDS, seed.file), '-o', 'campaign.json', ...seed.flags], { out: () => undefined, err: (t) => err.push(t), cwd: dir });
    expect(code).toBe(0);
    const parsed = parseCampaignJson(readFileSync(join(dir, 'campaign.json'), 'utf8'));
    if (!parsed.ok) throw new Error('the written campaign does not pass the schema');
    const campaign = parsed.value;
    expect(campaign).toMatchObject(seed.expected);
    if (seed.expected.plan?.date === undefined) expect(campaign.plan.date).toBeUndefined();
    expect(campaign.targets.map((t) => [t.indicator, t.value])).toEqual(seed.targets);
    expect(campaign.reportingRounds.map((r) => [r.id, r.deadline])).toEqual(seed.rounds);
    expect(err.filter((line) => line.startsWith('Cảnh báo: --'))).toEqual(seed.overrides);
  });
});

/**
 * The same plans as they would arrive: saved as .docx and printed to PDF by LibreOffice, read by
 * the CLI in its own process (pdf.js is an ES module jest cannot load), they give the same campaign.
 */
if (present || process.env.CI === 'true') {
  describeWith([SOFFICE, WRITER], 'every seed plan as .docx and PDF', () => {
    const BIN = join(__dirname, '../../bin/danvan.js');
    const written = (dir: string, plan: string, flags: readonly string[]) => {
      const run = spawnSync(process.execPath, [BIN, 'init', '--from-plan', plan, '-o', `${plan}.json`, ...flags], { cwd: dir, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`init --from-plan ${plan} exited ${run.status}: ${run.stderr}`);
      return withoutRandomPart(JSON.parse(readFileSync(join(dir, `${plan}.json`), 'utf8')) as unknown);
    };
    it.each(SEED_PLANS.map((s) => [s.file, s] as const))('%s', (_file, seed) => {
      const dir = mkdtempSync(join(tmpdir(), 'danvan-seed-files-'));
      copyFileSync(join(SEEDS, seed.file), join(dir, 'plan.txt'));
      sofficeConvert(join(dir, 'plan.txt'), 'docx:MS Word 2007 XML', dir, 'Text (encoded):UTF8,,,');
      sofficeConvert(join(dir, 'plan.txt'), 'pdf', dir, 'Text (encoded):UTF8,,,');
      const fromText = written(dir, 'plan.txt', seed.flags);
      expect(written(dir, 'plan.docx', seed.flags)).toEqual(fromText);
      expect(written(dir, 'plan.pdf', seed.flags)).toEqual(fromText);
    });
  });
}
