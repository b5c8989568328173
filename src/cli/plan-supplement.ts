/**
 * `init --from-plan`'s flags and questions for what the plan's text lacks: --org, --parent,
 * --number, --date, --deadline (dates dd/mm/yyyy or ISO). The plan file itself is never touched.
 */
import { t } from '../core';
import type { Lang, MessageKey } from '../core';
import { isDateField, readSuppliedDate, shortQuote, suppliedFieldLabel, supplyDraft, wantedFields } from '../core/plan-import';
import type { Override, PlanDraft, PlanSupplement, SuppliedField, WantedField } from '../core/plan-import';
import type { Ask, Context } from './io';

/** The flags as parsed; `deadline` may repeat: a plain date, `6-thang=DATE` or `ca-nam=DATE`. */
export type PlanFlags = {
  readonly org?: string | undefined;
  readonly parent?: string | undefined;
  readonly number?: string | undefined;
  readonly date?: string | undefined;
  readonly deadline?: readonly string[] | undefined;
};

const ROUND_PREFIX: Readonly<Record<string, SuppliedField>> = { '6-thang': 'sixMonthsDeadline', 'ca-nam': 'yearDeadline' };

/** How to write each field on the command line, for the message naming the flags to add. */
const FLAG_OF: Readonly<Record<SuppliedField, string>> = {
  organization: '--org',
  parent: '--parent',
  planNumber: '--number',
  planDate: '--date',
  deadline: '--deadline',
  sixMonthsDeadline: '--deadline 6-thang=',
  yearDeadline: '--deadline ca-nam=',
};

export function flagExample(field: SuppliedField): string {
  const flag = FLAG_OF[field];
  const sample = isDateField(field) ? 'dd/mm/yyyy' : '"…"';
  return flag.endsWith('=') ? `${flag}${sample}` : `${flag} ${sample}`;
}

type Parsed = { readonly ok: true; readonly supplement: PlanSupplement } | { readonly ok: false; readonly key: MessageKey; readonly params: Record<string, string> };

/** The flags as a supplement, every date read (dd/mm/yyyy or ISO); a bad one is named. */
export function supplementOfFlags(flags: PlanFlags, lang: Lang): Parsed {
  const supplement: Partial<Record<SuppliedField, string>> = {};
  const texts: [SuppliedField, string | undefined][] = [
    ['organization', flags.org],
    ['parent', flags.parent],
    ['planNumber', flags.number],
  ];
  for (const [field, value] of texts) if (value !== undefined && value.trim() !== '') supplement[field] = value.trim();
  const dates: [SuppliedField, string][] = flags.date === undefined ? [] : [['planDate', flags.date]];
  for (const written of flags.deadline ?? []) {
    const m = /^\s*([a-z0-9-]+)\s*=\s*(.*)$/i.exec(written);
    if (m === null) dates.push(['deadline', written]);
    else {
      const field = ROUND_PREFIX[(m[1] ?? '').toLowerCase()];
      if (field === undefined) return { ok: false, key: 'plan.cli.badDeadlineRound', params: { value: written } };
      dates.push([field, m[2] ?? '']);
    }
  }
  for (const [field, written] of dates) {
    const date = readSuppliedDate(written);
    if (date === undefined) return { ok: false, key: 'plan.supply.badDate', params: { value: written, label: suppliedFieldLabel(field, lang) } };
    supplement[field] = date;
  }
  return { ok: true, supplement };
}

/**
 * Asks, in turn, for each required field the draft still lacks, showing the sentence nearest to
 * it; a date that cannot be read is asked again. Returns the supplement with the answers added.
 */
export async function askForMissing(ctx: Context, ask: Ask, draft: PlanDraft, supplement: PlanSupplement): Promise<PlanSupplement> {
  const wanted = wantedFields(draft).filter((w) => w.required);
  if (wanted.length === 0) return supplement;
  ctx.say('plan.prompt.intro', { count: wanted.length });
  const answers: Partial<Record<SuppliedField, string>> = { ...supplement };
  for (const item of wanted) {
    const answer = await askOne(ctx, ask, item);
    if (answer === null) break;
    if (answer !== undefined) answers[item.field] = answer;
  }
  return answers;
}

/** undefined: skipped; null: input ended, stop asking. */
async function askOne(ctx: Context, ask: Ask, item: WantedField): Promise<string | undefined | null> {
  if (item.nearby !== undefined) ctx.say('plan.prompt.nearby', { quote: shortQuote(item.nearby, 100) });
  const label = suppliedFieldLabel(item.field, ctx.lang);
  const question = t(isDateField(item.field) ? 'plan.prompt.askDate' : 'plan.prompt.ask', { label }, ctx.lang);
  for (;;) {
    const typed = await ask(question);
    if (typed === undefined) return null;
    const text = typed.trim();
    if (text === '') return undefined;
    if (!isDateField(item.field)) return text;
    const date = readSuppliedDate(text);
    if (date !== undefined) return date;
    ctx.say('plan.supply.badDate', { value: text, label });
  }
}

/** The draft with the flags' values in place; each value that replaces the text's is warned about, with its sentence. */
export function applySupplement(ctx: Context, draft: PlanDraft, supplement: PlanSupplement): PlanDraft {
  const { draft: supplied, overrides } = supplyDraft(draft, supplement);
  for (const o of overrides) warnOverride(ctx, o);
  return supplied;
}

function warnOverride(ctx: Context, o: Override): void {
  const flag = FLAG_OF[o.field];
  const value = isDateField(o.field) ? o.value.split('-').reverse().join('/') : `"${o.value}"`;
  ctx.complain('plan.cli.override', { flag: flag.endsWith('=') ? `${flag}${value}` : `${flag} ${value}`, quote: shortQuote(o.source, 100) });
}

/** The flags that would give what the draft still needs, for the message when nothing can be asked. */
export function missingFlags(draft: PlanDraft): string {
  return wantedFields(draft)
    .filter((w) => w.required)
    .map((w) => flagExample(w.field))
    .join(' ');
}
