import type { z } from 'zod';
import { isMessageKey, t } from './messages';
import type { MessageKey } from './messages';
import { fail, ok } from './result';
import type { Result } from './result';
import { Campaign, SUPPORTED_SCHEMA_VERSIONS } from './schema/campaign';
import type { Issue } from './schema/issue';
import { makeIssue } from './schema/issue';

/**
 * Reads a campaign file's JSON text: the version is checked before anything else, so a file
 * from a newer release is refused with that reason rather than a heap of field errors.
 */
export function parseCampaignJson(text: string, file = ''): Result<Campaign, Issue[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail([makeIssue({ severity: 'error', code: 'schema.invalidJson', file, params: { file, detail: (e as Error).message } })]);
  }
  return parseCampaign(raw, file);
}

export function parseCampaign(raw: unknown, file = ''): Result<Campaign, Issue[]> {
  const supported = SUPPORTED_SCHEMA_VERSIONS.join(', ');
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail([makeIssue({ severity: 'error', code: 'schema.notObject', file })]);
  }
  if (!('schemaVersion' in raw)) {
    return fail([makeIssue({ severity: 'error', code: 'schema.missingVersion', file, path: 'schemaVersion', params: { supported } })]);
  }
  const version = (raw as { schemaVersion: unknown }).schemaVersion;
  if (!(SUPPORTED_SCHEMA_VERSIONS as readonly unknown[]).includes(version)) {
    return fail([
      makeIssue({ severity: 'error', code: 'schema.unsupportedVersion', file, path: 'schemaVersion', params: { found: JSON.stringify(version), supported } }),
    ]);
  }
  const parsed = Campaign.safeParse(raw, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return fail(zodIssues(parsed.error, file));
}

/** Turns zod's findings into our issues: one per problem, each with its JSON path. */
export function zodIssues(error: z.ZodError, file = ''): Issue[] {
  return flatten(error.issues).map((zi) => {
    const [code, params] = describeZodIssue(zi);
    return makeIssue({ severity: 'error', code, file, path: formatPath(zi.path), params });
  });
}

type ZodIssue = z.core.$ZodIssue;

/** A union failure is reported by the branch that got furthest: its issues are the useful ones. */
function flatten(issues: readonly ZodIssue[]): ZodIssue[] {
  return issues.flatMap((zi) => {
    if (zi.code === 'invalid_union' && zi.errors.length > 0) {
      const best = [...zi.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      if (best.length > 0 && !best.every((b) => b.code === 'invalid_type' && b.path.length === 0)) {
        return flatten(best.map((b) => ({ ...b, path: [...zi.path, ...b.path] })));
      }
    }
    return [zi];
  });
}

function depth(issues: readonly ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length)) - issues.length / 1000;
}

function describeZodIssue(zi: ZodIssue): [MessageKey, Record<string, string | number>] {
  if (isMessageKey(zi.message)) {
    const params = zi.code === 'custom' ? ((zi.params ?? {}) as Record<string, string | number>) : {};
    return [zi.message, params];
  }
  switch (zi.code) {
    case 'invalid_type': {
      const expected = typeName(zi.expected);
      if (zi.input === undefined) return ['schema.required', { expected }];
      return ['schema.wrongType', { expected, received: typeName(kindOf(zi.input)) }];
    }
    case 'too_small':
      if (zi.origin === 'string') return ['schema.tooSmallString', {}];
      if (zi.origin === 'array') return ['schema.tooSmallArray', { minimum: Number(zi.minimum) }];
      return ['schema.tooSmallNumber', { minimum: Number(zi.minimum) }];
    case 'too_big':
      if (zi.origin === 'string') return ['schema.tooBigString', { maximum: Number(zi.maximum) }];
      return ['schema.tooBigNumber', { maximum: Number(zi.maximum) }];
    case 'invalid_value':
      return ['schema.invalidValue', { received: String(zi.input), values: zi.values.map((v) => JSON.stringify(v)).join(', ') }];
    case 'unrecognized_keys':
      return ['schema.unknownField', { keys: zi.keys.join(', ') }];
    case 'invalid_format':
      return ['schema.invalidFormat', { received: String(zi.input ?? '') }];
    case 'invalid_union':
      return ['schema.noMatch', {}];
    default:
      return ['schema.invalidFormat', { received: String(zi.input ?? '') }];
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function typeName(kind: string): string {
  const keys: Record<string, MessageKey> = {
    string: 'schema.typeString',
    number: 'schema.typeNumber',
    int: 'schema.typeNumber',
    boolean: 'schema.typeBoolean',
    array: 'schema.typeArray',
    object: 'schema.typeObject',
    null: 'schema.typeNull',
  };
  return t(keys[kind] ?? 'schema.typeOther');
}

/** `['indicators', 3, 'code']` → `indicators[3].code`, the form a JSON editor's search finds. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    return acc === '' ? String(part) : `${acc}.${String(part)}`;
  }, '');
}
