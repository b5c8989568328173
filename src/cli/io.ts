import { describeIssue, t } from '../core';
import type { Issue, Lang, MessageKey, Params } from '../core';

/** Where a command writes; tests pass their own to capture output. */
export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
};

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};

export const EXIT = { ok: 0, issues: 1, usage: 2 } as const;

export type Context = CliIo & {
  readonly lang: Lang;
  readonly say: (key: MessageKey, params?: Params) => void;
  readonly complain: (key: MessageKey, params?: Params) => void;
  readonly listIssues: (issues: readonly Issue[]) => void;
};

export function context(io: CliIo, lang: Lang): Context {
  return {
    ...io,
    lang,
    say: (key, params) => io.out(t(key, params, lang)),
    complain: (key, params) => io.err(t(key, params, lang)),
    listIssues: (issues) => {
      for (const issue of issues) {
        const mark = t(issue.severity === 'error' ? 'issue.error' : 'issue.warning', {}, lang);
        io.err(`  - [${mark}] ${describeIssue(issue, lang)}`);
      }
    },
  };
}
