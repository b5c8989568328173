import { describeIssue } from '../../core/describe-issue';
import type { Lang } from '../../core/messages';
import type { Issue } from '../../core/schema/issue';
import { StatusMessage } from '../shared/StatusMessage';

export type IssueListProps = {
  readonly intent: 'error' | 'warning';
  readonly title: string;
  readonly issues: readonly Issue[];
  readonly lang: Lang;
  /** A sentence before the list. */
  readonly message?: string;
  /** Words an issue; `describeIssue` by default. */
  readonly describe?: (issue: Issue, lang: Lang) => string;
};

/** Issues in a MessageBar, one a line, each saying where it is ("Tại period.end: …", "Dòng 4, cột …: …"). */
export function IssueList({ intent, title, issues, lang, message = '', describe = describeIssue }: IssueListProps) {
  return <StatusMessage intent={intent} title={title} message={message} lines={issues.map((issue) => describe(issue, lang))} />;
}
