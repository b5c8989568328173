import { describeIssue, t } from '../core';
import type { Issue, Lang, MessageKey, Params } from '../core';
import { terminalAsk } from './prompt';

/** Asks one question on a terminal; undefined when the user ends the input (Ctrl-D). */
export type Ask = (question: string) => Promise<string | undefined>;

/** Where a command writes; tests pass their own to capture output. */
export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  /** Present only on a terminal (stdin and stdout TTYs): `init --from-plan` asks for what the plan lacks. */
  readonly ask?: Ask | undefined;
};

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
  ask: terminalAsk(),
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
