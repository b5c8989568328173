import { describeIssue } from '../../src/core';
import type { Issue, RawReturn, Result } from '../../src/core';

/**
 * The one error a hostile file must be refused with, worded with every placeholder filled. A file
 * refused for what it carries (macros, links) but still saying whose it is comes back as a
 * return marked refused, with that one error and not a figure read.
 */
export function refusal(result: Result<RawReturn, Issue[]>): Issue {
  const issues = result.ok ? refusedReturnIssues(result.value) : result.error;
  expect(issues).toHaveLength(1);
  const issue = issues[0] as Issue;
  expect(issue.severity).toBe('error');
  expect(describeIssue(issue)).not.toMatch(/\{\w+\}/);
  return issue;
}

function refusedReturnIssues(raw: RawReturn): readonly Issue[] {
  if (raw.refused !== true) throw new Error('expected the file to be refused, got a return');
  expect({ rows: raw.rows, sheet: raw.sheet, computedFingerprint: raw.computedFingerprint }).toEqual({ rows: [], sheet: '', computedFingerprint: '' });
  return raw.readIssues;
}

/** The return an odd but readable file must give. */
export function accepted(result: Result<RawReturn, Issue[]>): RawReturn {
  if (!result.ok) throw new Error(`expected a return, got ${result.error.map((i) => describeIssue(i)).join(' | ')}`);
  if (result.value.refused === true) throw new Error(`expected a return, got a refusal: ${result.value.readIssues.map((i) => describeIssue(i)).join(' | ')}`);
  return result.value;
}
