/**
 * A district links its campaign to the province's by the fill-in workbook the province sent it:
 * the form's embedded identity says which campaign and which unit code the district's report
 * answers as. Nobody types the ids.
 */
import type { Campaign } from './schema/campaign';
import type { RawReturn } from './schema/raw-return';
import { t } from './messages';
import type { Lang, MessageKey, Params } from './messages';
import type { Result } from './result';
import { fail, ok } from './result';

/** What the province's fill-in says about the campaign it belongs to and the district it is for. */
export type ParentForm = {
  readonly campaignId: string;
  readonly unitCode: string;
  /** The province campaign's title ('' on forms made before titles were embedded). */
  readonly campaignTitle: string;
  /** The province's body, as the form names it ('' when the form does not say). */
  readonly organization: string;
  /** The district as the province named it in the form's header. */
  readonly unitName: string;
};

export type ParentFormProblem = { readonly key: MessageKey; readonly params: Params };

/** A unit named like a grassroots union: its form is for a CĐCS, not for a district. */
const GRASSROOTS_NAME = /^\s*(cđcs|công đoàn cơ sở)(\s|$)/iu;

/**
 * The parent link a fill-in gives, or why the file cannot give one, as a sentence naming the file.
 * Refused: a file without our identity (not a fill-in, or one whose hidden sheet was removed),
 * a consolidated report, a form for a CĐCS, and a form of the campaign being linked itself.
 */
export function parentFormOf(raw: RawReturn, campaign: Campaign | undefined): Result<ParentForm, ParentFormProblem> {
  const file = raw.file;
  const { identity } = raw;
  if (raw.kind === 'report') return fail({ key: 'parent.notFillIn.report', params: { file } });
  if (identity.source !== 'metadata' || identity.campaignId === '' || identity.unitCode === '') {
    return fail({ key: 'parent.notFillIn', params: { file } });
  }
  const unitName = textOf(raw.header.unitName?.value);
  if (GRASSROOTS_NAME.test(unitName)) return fail({ key: 'parent.grassrootsForm', params: { file, unit: unitName } });
  if (campaign !== undefined && identity.campaignId === campaign.id) return fail({ key: 'parent.ownForm', params: { file } });
  return ok({
    campaignId: identity.campaignId,
    unitCode: identity.unitCode,
    campaignTitle: identity.campaignTitle ?? '',
    organization: identity.organization ?? '',
    unitName,
  });
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** What linking changed beyond `parent`, to be said to the user. */
export type ParentLinkNote =
  | { readonly kind: 'parentBodyFilled'; readonly value: string }
  | { readonly kind: 'parentBodyKept'; readonly kept: string; readonly form: string }
  /** The form was made for another body than the one issuing this campaign: perhaps another district's file. */
  | { readonly kind: 'otherBody'; readonly unit: string; readonly organization: string };

/**
 * The campaign linked to the province's: `parent` set, and the parent body's name taken from the
 * form where the campaign has none. A name the user already entered is kept, and the difference
 * is reported, never overwritten.
 */
export function linkToParent(campaign: Campaign, form: ParentForm): { readonly campaign: Campaign; readonly notes: readonly ParentLinkNote[] } {
  const parent = { campaignId: form.campaignId, unitCode: form.unitCode, ...(form.campaignTitle === '' ? {} : { title: form.campaignTitle }) };
  const notes: ParentLinkNote[] = [];
  const { name, parent: typed } = campaign.organization;
  if (form.unitName !== '' && !sameName(name, form.unitName)) notes.push({ kind: 'otherBody', unit: form.unitName, organization: name });
  const current = typed.trim();
  if (form.organization === '' || sameName(current, form.organization)) return { campaign: { ...campaign, parent }, notes };
  if (current === '') {
    notes.push({ kind: 'parentBodyFilled', value: form.organization });
    return { campaign: { ...campaign, parent, organization: { ...campaign.organization, parent: form.organization } }, notes };
  }
  notes.push({ kind: 'parentBodyKept', kept: current, form: form.organization });
  return { campaign: { ...campaign, parent }, notes };
}

function sameName(a: string, b: string): boolean {
  // "LĐLĐ huyện Hòa Thành" and "Liên đoàn Lao động huyện Hòa Thành" are one body.
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi').replace(/^lđlđ /u, 'liên đoàn lao động ');
  return norm(a) === norm(b);
}

/** A note as a sentence, for the pane and the command line alike. */
export function parentNoteText(note: ParentLinkNote, lang: Lang): string {
  switch (note.kind) {
    case 'parentBodyFilled':
      return t('parent.bodyFilled', { value: note.value }, lang);
    case 'parentBodyKept':
      return t('parent.bodyKept', { kept: note.kept, form: note.form }, lang);
    case 'otherBody':
      return t('parent.otherBody', { unit: note.unit, organization: note.organization }, lang);
  }
}

/** The campaign without its link: its report is then the district's own, for no higher campaign. */
export function unlinkParent(campaign: Campaign): Campaign {
  const { parent: _dropped, ...rest } = campaign;
  return rest;
}
