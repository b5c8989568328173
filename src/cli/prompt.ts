import { createInterface } from 'node:readline/promises';
import type { Ask } from './io';

/**
 * A question on the terminal, when there is one to ask on: both stdin and stdout must be TTYs,
 * so a script piping a plan in, or capturing the output, is never left waiting for an answer.
 */
export function terminalAsk(input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stdout): Ask | undefined {
  if (input.isTTY !== true || output.isTTY !== true) return undefined;
  return async (question) => {
    // One interface a question, closed at once: an open one would keep the process alive.
    const rl = createInterface({ input, output, terminal: true });
    const ended = new Promise<undefined>((resolve) => rl.once('close', () => resolve(undefined)));
    try {
      return await Promise.race([rl.question(question), ended]);
    } finally {
      rl.close();
    }
  };
}
