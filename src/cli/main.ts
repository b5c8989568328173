import { parseArgs } from 'node:util';
import { isMessageKey, t } from '../core';
import type { Lang, MessageKey, Params } from '../core';
import { runGenerate } from './commands/generate';
import { runInit } from './commands/init';
import { runSchema } from './commands/schema';
import { runValidate } from './commands/validate';
import { runConsolidate } from './commands/consolidate';
import { runDemo } from './commands/demo';
import { EXIT, context, processIo } from './io';
import { JSON_TO_STDOUT, jsonTargetUsable } from './json-output';
import type { CliIo } from './io';

const OPTIONS = {
  help: { type: 'boolean', short: 'h', default: false },
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  preset: { type: 'string' },
  from: { type: 'string' },
  'from-plan': { type: 'string' },
  /** init: the fill-in the province sent, whose identity becomes the campaign's `parent`. */
  'parent-from': { type: 'string' },
  year: { type: 'string' },
  units: { type: 'string' },
  'list-presets': { type: 'boolean', default: false },
  round: { type: 'string' },
  /** Where the JSON goes in `validate` and `consolidate`: a file, or "-" for standard output. */
  json: { type: 'string' },
  'include-errors': { type: 'boolean', default: false },
  date: { type: 'string' },
  docx: { type: 'string' },
  // init --from-plan: what the plan's text lacks (--date is the plan's date there).
  org: { type: 'string' },
  parent: { type: 'string' },
  number: { type: 'string' },
  deadline: { type: 'string', multiple: true },
  /** generate: the phone form page's address for the fill-ins' guide (default: the bundle's build-time public URL). */
  'form-url': { type: 'string' },
  // init --preset: the district's own identity instead of the sample's (with --org and --parent).
  place: { type: 'string' },
  signer: { type: 'string' },
  'signer-title': { type: 'string' },
} as const;

/**
 * Runs one command and returns its exit code; never throws for bad user input. Options may come
 * before or after the command's name (`danvan --lang en validate …` and `danvan validate … --lang en`).
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: withJsonDefault(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    context(io, langOf(argv)).complain(...describeParseError(e));
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && values.lang !== 'vi' && values.lang !== 'en') {
    context(io, 'vi').complain('cli.badLang', { value: values.lang });
    return EXIT.usage;
  }
  const ctx = context(io, values.lang ?? 'vi');
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
        parentFrom: values['parent-from'],
        year: values.year,
        units: values.units,
        output: values.output,
        planFlags: { org: values.org, parent: values.parent, number: values.number, date: values.date, deadline: values.deadline },
        organisationFlags: { org: values.org, parent: values.parent, place: values.place, signer: values.signer, signerTitle: values['signer-title'] },
      });
    case 'generate':
      return runGenerate(ctx, { campaign: rest[0], units: values.units, output: values.output, formUrl: values['form-url'] });
    case 'validate':
      if (!jsonTargetUsable(ctx, values.json)) return EXIT.usage;
      return runValidate(ctx, { campaign: rest[0], returns: rest.slice(1), round: values.round, json: values.json });
    case 'consolidate':
      if (!jsonTargetUsable(ctx, values.json)) return EXIT.usage;
      return runConsolidate(ctx, {
        campaign: rest[0],
        returns: rest.slice(1),
        output: values.output,
        json: values.json,
        round: values.round,
        includeErrors: values['include-errors'],
        date: values.date,
        docx: values.docx,
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

/** The language asked for, read by hand when the arguments as a whole do not parse. */
function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf('--lang');
  return (i >= 0 && argv[i + 1] === 'en') || argv.includes('--lang=en') ? 'en' : 'vi';
}

/** `--json` with nothing after it, or before another option, means standard output, as `--json -` does. */
function withJsonDefault(argv: readonly string[]): string[] {
  return argv.map((arg, i) => {
    const next = argv[i + 1];
    return arg === '--json' && (next === undefined || (next.startsWith('-') && next !== '-')) ? `--json=${JSON_TO_STDOUT}` : arg;
  });
}

/**
 * node:util's parseArgs explains itself in English (`Unknown option '--x'…`); its error code and
 * the option it quotes become one of our sentences.
 */
function describeParseError(e: unknown): [MessageKey, Params] {
  const code = (e as { code?: unknown }).code;
  const message = e instanceof Error ? e.message : String(e);
  const option = (/'([^']+)'/.exec(message)?.[1] ?? '').replace(/\s*<value>$/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return ['cli.option.unknown', { option }];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && / argument (missing|is ambiguous)/.test(message)) return ['cli.option.needsValue', { option }];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return ['cli.option.takesNoValue', { option }];
  return ['cli.badOption', { detail: message }];
}
