import { parseArgs } from 'node:util';
import { isMessageKey, t } from '../core';
import type { Lang } from '../core';
import { runGenerate } from './commands/generate';
import { runInit } from './commands/init';
import { runSchema } from './commands/schema';
import { runValidate } from './commands/validate';
import { runConsolidate } from './commands/consolidate';
import { runDemo } from './commands/demo';
import { EXIT, context, processIo } from './io';
import type { CliIo } from './io';

const OPTIONS = {
  help: { type: 'boolean', short: 'h', default: false },
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  preset: { type: 'string' },
  from: { type: 'string' },
  'from-plan': { type: 'string' },
  year: { type: 'string' },
  units: { type: 'string' },
  'list-presets': { type: 'boolean', default: false },
  round: { type: 'string' },
  json: { type: 'boolean', default: false },
  'include-errors': { type: 'boolean', default: false },
  date: { type: 'string' },
  // init --from-plan: what the plan's text lacks (--date is the plan's date there).
  org: { type: 'string' },
  parent: { type: 'string' },
  number: { type: 'string' },
  deadline: { type: 'string', multiple: true },
} as const;

/** `consolidate --json FILE` names the file to write; elsewhere `--json` is a switch. */
const CONSOLIDATE_OPTIONS = { ...OPTIONS, json: { type: 'string' } } as const;

/** Runs one command and returns its exit code; never throws for bad user input. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const consolidating = argv.find((a) => !a.startsWith('-')) === 'consolidate';
  let parsed;
  try {
    parsed = consolidating
      ? parseArgs({ args: [...argv], options: CONSOLIDATE_OPTIONS, allowPositionals: true, strict: true })
      : parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const ctx = context(io, langOf(argv));
    ctx.complain('cli.badOption', { detail: (e as Error).message });
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const ctx = context(io, values.lang === 'en' ? 'en' : 'vi');
  const [command, ...rest] = positionals;
  const helpKey = `cli.help.${command ?? ''}`;
  if (values.help && isMessageKey(helpKey)) {
    ctx.out(t(helpKey, {}, ctx.lang));
    return EXIT.ok;
  }
  if (values.help || command === undefined || command === 'help') {
    ctx.out(t('cli.usage', {}, ctx.lang));
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  switch (command) {
    case 'init':
      return runInit(ctx, {
        listPresets: values['list-presets'],
        preset: values.preset,
        from: values.from,
        fromPlan: values['from-plan'],
        year: values.year,
        units: values.units,
        output: values.output,
        planFlags: { org: values.org, parent: values.parent, number: values.number, date: values.date, deadline: values.deadline },
      });
    case 'generate':
      return runGenerate(ctx, { campaign: rest[0], units: values.units, output: values.output });
    case 'validate':
      return runValidate(ctx, { campaign: rest[0], returns: rest.slice(1), round: values.round, json: values.json === true });
    case 'consolidate':
      return runConsolidate(ctx, {
        campaign: rest[0],
        returns: rest.slice(1),
        output: values.output,
        json: typeof values.json === 'string' ? values.json : undefined,
        round: values.round,
        includeErrors: values['include-errors'],
        date: values.date,
      });
    case 'demo':
      return runDemo(ctx, { output: values.output });
    case 'schema':
      return runSchema(ctx);
    default:
      ctx.complain('cli.unknownCommand', { command });
      return EXIT.usage;
  }
}

function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf('--lang');
  return i >= 0 && argv[i + 1] === 'en' ? 'en' : 'vi';
}
