/**
 * One unit added or edited in a form: the fields as typed, read into a unit the schema accepts,
 * or, field by field, what to type instead in plain words (never a schema message).
 */
import type { MessageKey } from '../../../core/messages';
import { Unit } from '../../../core/schema/unit';
import { parseCount } from '../../../core/vietnamese-number';

export const UNIT_FORM_FIELDS = ['code', 'name', 'group', 'members', 'workforce', 'contactName', 'phone'] as const;
export type UnitFormField = (typeof UNIT_FORM_FIELDS)[number];
export type UnitFormValues = Readonly<Record<UnitFormField, string>>;

/** What to type in one field: a message key and its placeholders. */
export type UnitFormProblem = { readonly key: MessageKey; readonly params: Readonly<Record<string, string>> };
export type UnitFormProblems = Partial<Record<UnitFormField, UnitFormProblem>>;

export type UnitFormReading = { readonly ok: true; readonly unit: Unit } | { readonly ok: false; readonly problems: UnitFormProblems };

export function unitFormValues(unit?: Unit): UnitFormValues {
  return {
    code: unit?.code ?? '',
    name: unit?.name ?? '',
    group: unit?.group ?? '',
    members: unit?.members === undefined ? '' : String(unit.members),
    workforce: unit?.workforce === undefined ? '' : String(unit.workforce),
    contactName: unit?.contact?.name ?? '',
    phone: unit?.contact?.phone ?? '',
  };
}

/** The message for each field the schema refuses, said as what to type. */
const PLAIN: Readonly<Record<UnitFormField, MessageKey>> = {
  code: 'pane.unitForm.problem.code',
  name: 'pane.unitForm.problem.name',
  group: 'pane.unitForm.problem.group',
  members: 'pane.unitForm.problem.count',
  workforce: 'pane.unitForm.problem.count',
  contactName: 'pane.unitForm.problem.text',
  phone: 'pane.unitForm.problem.text',
};

/**
 * Reads the form into a unit. `others` are the campaign's other units (the one edited left out):
 * a code they already use is refused, as the unit list reader does, without regard to case.
 */
export function readUnitForm(values: UnitFormValues, others: readonly Unit[]): UnitFormReading {
  const problems: Record<string, UnitFormProblem> = {};
  const count = (field: 'members' | 'workforce'): number | undefined => {
    const text = values[field].trim();
    if (text === '') return undefined;
    const parsed = parseCount(text);
    if (parsed.ok) return parsed.value;
    problems[field] = { key: PLAIN[field], params: { raw: text } };
    return undefined;
  };
  const members = count('members');
  const workforce = count('workforce');
  const contactName = values.contactName.trim();
  const phone = values.phone.trim();
  const contact = contactName === '' && phone === '' ? undefined : { ...(contactName === '' ? {} : { name: contactName }), ...(phone === '' ? {} : { phone }) };
  const candidate = {
    code: values.code.trim(),
    name: values.name.trim(),
    group: values.group.trim(),
    ...(members === undefined ? {} : { members }),
    ...(workforce === undefined ? {} : { workforce }),
    ...(contact === undefined ? {} : { contact }),
  };
  const checked = Unit.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = formFieldOf(issue.path);
      if (problems[field] === undefined) problems[field] = { key: PLAIN[field], params: { raw: values[field].trim() } };
    }
  }
  const taken = others.find((u) => u.code.toUpperCase() === candidate.code.toUpperCase());
  if (taken !== undefined && problems.code === undefined) problems.code = { key: 'pane.unitForm.problem.codeTaken', params: { code: taken.code, name: taken.name } };
  if (!checked.success || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, unit: checked.data };
}

function formFieldOf(path: readonly PropertyKey[]): UnitFormField {
  const [first, second] = path;
  if (first === 'contact') return second === 'phone' ? 'phone' : 'contactName';
  return (UNIT_FORM_FIELDS as readonly PropertyKey[]).includes(first ?? '') ? (first as UnitFormField) : 'code';
}
