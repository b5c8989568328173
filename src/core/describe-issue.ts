import { isMessageKey, t } from './messages';
import type { Lang } from './messages';
import type { Issue } from './schema/issue';

/** One plain sentence for a person: where, then what is wrong and what to do. */
export function describeIssue(issue: Issue, lang: Lang = 'vi'): string {
  const { where, what } = describeIssueParts(issue, lang);
  return where ? `${where}: ${what}` : what;
}

/**
 * The two halves `describeIssue` joins: where (sheet and cell, row, or path; '' when nowhere) and
 * what. A form that shows a finding beside its own field shows `what` alone.
 */
export function describeIssueParts(issue: Issue, lang: Lang = 'vi'): { readonly where: string; readonly what: string } {
  return { where: locate(issue, lang), what: isMessageKey(issue.code) ? t(issue.code, issue.params, lang) : issue.code };
}

function locate(issue: Issue, lang: Lang): string {
  if (issue.path) return t('where.path', { path: issue.path }, lang);
  if (issue.row !== undefined) {
    return issue.column ? t('where.rowColumn', { row: issue.row, column: issue.column }, lang) : t('where.row', { row: issue.row }, lang);
  }
  if (issue.cell && issue.sheet) return t('where.sheetCell', { sheet: issue.sheet, cell: issue.cell }, lang);
  if (issue.cell) return t('where.cell', { cell: issue.cell }, lang);
  return '';
}
