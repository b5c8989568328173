import { z } from 'zod';

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

export const IssueParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type IssueParams = z.infer<typeof IssueParams>;

/**
 * A finding about an input: a return, a campaign file, a unit list. It is data; turning it into a
 * sentence is `describeIssue`. Empty strings mean "does not apply".
 */
export const Issue = z.object({
  severity: Severity,
  code: z.string(),
  unit: z.string().default(''),
  file: z.string().default(''),
  sheet: z.string().default(''),
  cell: z.string().default(''),
  indicator: z.string().default(''),
  /** For JSON inputs: where in the file, as `indicators[3].code`. */
  path: z.string().default(''),
  /** For tables (unit lists): the 1-based row as the user sees it. */
  row: z.number().int().optional(),
  column: z.string().default(''),
  params: IssueParams.default({}),
});
export type Issue = z.infer<typeof Issue>;

export function makeIssue(fields: Pick<Issue, 'severity' | 'code'> & Partial<Issue>): Issue {
  return Issue.parse(fields);
}
