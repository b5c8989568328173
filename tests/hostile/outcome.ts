import { describeIssue } from '../../src/core';
import type { Issue, RawReturn, Result } from '../../src/core';

/** The one error a hostile file must be refused with, worded with every placeholder filled. */
export function refusal(result: Result<RawReturn, Issue[]>): Issue {
  if (result.ok) throw new Error('expected the file to be refused, got a return');
  expect(result.error).toHaveLength(1);
  const issue = result.error[0] as Issue;
  expect(issue.severity).toBe('error');
  expect(describeIssue(issue)).not.toMatch(/\{\w+\}/);
  return issue;
}

/** The return an odd but readable file must give. */
export function accepted(result: Result<RawReturn, Issue[]>): RawReturn {
  if (!result.ok) throw new Error(`expected a return, got ${result.error.map((i) => describeIssue(i)).join(' | ')}`);
  return result.value;
}
