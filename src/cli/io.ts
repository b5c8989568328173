import { describeIssue, isMessageKey, t } from '../core';
import type { Issue, Lang, MessageKey, Params } from '../core';
import { terminalAsk } from './prompt';

/** Asks one question on a terminal; undefined when the user ends the input (Ctrl-D). */
export type Ask = (question: string) => Promise<string | undefined>;

/** Where a command writes; tests pass their own to capture output. */
export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  /** Today, for the choices that depend on it (a preset's year); tests fix it. */
  readonly now?: () => Date;
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
    complain: (key, params) => io.err(t(key, wordedDetail(params, lang), lang)),
    listIssues: (issues) => {
      for (const issue of issues) {
        const mark = t(issue.severity === 'error' ? 'issue.error' : 'issue.warning', {}, lang);
        io.err(`  - [${mark}] ${describeIssue(issue, lang)}`);
      }
    },
  };
}

/**
 * Node's file-system errors reach a sentence as their text ("ENOENT: no such file or directory,
 * open '/home/…'"), in English; the code at its start says what happened, which we say in the
 * user's language. The sentence around it already names the path as the user typed it.
 */
export function wordSystemError(detail: string, lang: Lang): string {
  const code = /^(E[A-Z]+):/.exec(detail)?.[1];
  if (code === undefined) return detail;
  const key = `cli.fs.${code}`;
  return isMessageKey(key) ? t(key, {}, lang) : t('cli.fs.other', { code }, lang);
}

function wordedDetail(params: Params | undefined, lang: Lang): Params | undefined {
  const detail = params?.['detail'];
  return typeof detail === 'string' ? { ...params, detail: wordSystemError(detail, lang) } : params;
}
