import { isMessageKey, t } from './messages';
import type { Lang } from './messages';
import type { Issue } from './schema/issue';

/** One plain sentence for a person: where, then what is wrong and what to do. */
export function describeIssue(issue: Issue, lang: Lang = 'vi'): string {
  const what = isMessageKey(issue.code) ? t(issue.code, issue.params, lang) : issue.code;
  const where = locate(issue, lang);
  return where ? `${where}: ${what}` : what;
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
