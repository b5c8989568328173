import type { CommandDialog, CommandRuntime, DialogResult } from '../../src/commands/function-command';
import type { ExcelRun } from '../../src/adapters/office';

type RequirementChecker = { isSetSupported(name: string, minVersion?: string): boolean };

/**
 * A function command's Office runtime, as Microsoft documents it ("Add-in commands", "Use the
 * Office dialog API", "Handle errors and events in the Office dialog box", "Dialog best practices"):
 * - `displayDialogAsync` returns at once and answers through its callback later;
 * - a host page has at most one dialog; opening another fails with 12007, also right after
 *   `close()`, which is asynchronous;
 * - the user may choose Ignore at Office on the web's prompt (12009), close the dialog with its X
 *   (DialogEventReceived 12006) or press the page's own button (a `messageParent` message);
 * - `event.completed()` ends the runtime and the dialogs it opened; nothing of it runs afterwards;
 * - Office ends the runtime five minutes after the click, completed or not.
 * Timers are the test's (jest fake timers), so minutes pass on demand.
 */
export const FIVE_MINUTES = 5 * 60_000;

type Handler = (args: { message: string; origin: string | undefined } | { error: number }) => void;

export class FakeDialog implements CommandDialog {
  open = true;
  private readonly handlers = new Map<string, Handler[]>();

  constructor(
    private readonly runtime: FakeOfficeRuntime,
    readonly url: string,
  ) {}

  /** What message.html shows: the `text` of its address. */
  get text(): string {
    return new URL(this.url).searchParams.get('text') ?? '';
  }

  addEventHandler(eventType: Office.EventType, handler: Handler): void {
    this.runtime.use('Dialog.addEventHandler');
    const key = String(eventType);
    this.handlers.set(key, [...(this.handlers.get(key) ?? []), handler]);
  }

  close(): void {
    this.runtime.use('Dialog.close');
    if (!this.open) return;
    this.open = false;
    this.runtime.closing(this);
  }

  /** The dialog page calls `Office.context.ui.messageParent(message)`. */
  send(message: string): void {
    if (!this.open) throw new Error('fake Office: a closed dialog cannot send messages');
    this.fire('dialogMessageReceived', { message, origin: 'https://localhost:3000' });
  }

  /** The user closes the dialog with its X: Office raises DialogEventReceived 12006. */
  closeByUser(): void {
    if (!this.open) throw new Error('fake Office: the dialog is not open');
    this.open = false;
    this.fire('dialogEventReceived', { error: 12006 });
  }

  /** The dialog's page could not be loaded (12002): the dialog stays, showing an error. */
  failToLoad(): void {
    this.fire('dialogEventReceived', { error: 12002 });
  }

  /** The runtime ended: the dialog goes with it, telling no one. */
  end(): void {
    this.open = false;
  }

  private fire(type: string, args: Parameters<Handler>[0]): void {
    if (this.runtime.ended) return;
    for (const handler of this.handlers.get(type) ?? []) handler(args);
  }
}

export class FakeOfficeRuntime implements CommandRuntime {
  /** Office.js's own values (office.js sets these enums to strings, whatever @types says). */
  readonly AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' } as unknown as { readonly Failed: Office.AsyncResultStatus };
  readonly EventType = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' } as unknown as CommandRuntime['EventType'];

  readonly dialogs: FakeDialog[] = [];
  /** Every `displayDialogAsync` answer, in order: 'opened' or the error code. */
  readonly answers: (number | 'opened')[] = [];
  /** Calls made after the runtime ended, and other misuse: a correct command leaves this empty. */
  readonly misuse: string[] = [];
  /** Error codes the next `displayDialogAsync` calls fail with, e.g. 12009 (the user chose Ignore). */
  readonly refusals: number[] = [];
  dialogApi = true;
  ended = false;
  completions = 0;
  timedOut = false;
  endedAt: number | undefined;
  readonly startedAt = Date.now();
  private readonly closingDialogs = new Set<FakeDialog>();

  readonly event = {
    completed: (): void => {
      this.completions += 1;
      if (this.ended) {
        this.misuse.push('event.completed after the runtime ended');
        return;
      }
      this.end();
    },
  };

  readonly context = {
    requirements: {
      isSetSupported: (name: string, minVersion?: string): boolean => {
        this.use('isSetSupported');
        if (name === 'DialogApi') return this.dialogApi && (minVersion ?? '1.1') <= '1.2';
        return this.excel.isSetSupported(name, minVersion);
      },
    },
    ui: {
      displayDialogAsync: (url: string, _options: Office.DialogOptions, callback: (result: DialogResult) => void): void => {
        this.use('displayDialogAsync');
        // Office answers later, never inside the call.
        setTimeout(() => {
          if (this.ended) return;
          const code = this.refusals.shift() ?? (this.openDialog() !== undefined || this.closingDialogs.size > 0 ? 12007 : undefined);
          if (code !== undefined) {
            this.answers.push(code);
            callback({ status: this.AsyncResultStatus.Failed, value: undefined as never, error: { code, message: `fake dialog error ${code}` } });
            return;
          }
          const dialog = new FakeDialog(this, url);
          this.dialogs.push(dialog);
          this.answers.push('opened');
          callback({ status: 'succeeded' as unknown as Office.AsyncResultStatus, value: dialog, error: undefined as never });
        }, 10);
      },
    },
  };

  /** `excel` answers for the ExcelApi sets (the fake Excel's requirements). */
  constructor(private readonly excel: RequirementChecker = { isSetSupported: () => false }) {
    setTimeout(() => {
      if (this.ended) return;
      this.timedOut = true;
      this.end();
    }, FIVE_MINUTES);
  }

  /** The dialog on screen, if any. */
  openDialog(): FakeDialog | undefined {
    return this.dialogs.find((d) => d.open);
  }

  /** Texts of the dialogs shown, in order. */
  shownTexts(): string[] {
    return this.dialogs.map((d) => d.text);
  }

  use(api: string): void {
    if (this.ended) this.misuse.push(`${api} after the runtime ended`);
  }

  /** `close()` takes effect a moment later (dialog best practices: "The close method is asynchronous"). */
  closing(dialog: FakeDialog): void {
    this.closingDialogs.add(dialog);
    setTimeout(() => this.closingDialogs.delete(dialog), 50);
  }

  private end(): void {
    this.ended = true;
    this.endedAt = Date.now() - this.startedAt;
    for (const dialog of this.dialogs) dialog.end();
  }
}

/**
 * `Excel.run` with its options overload over the fake Excel's run. While `editing` is true the user
 * is typing in a cell: a batch without `delayForCellEdit` fails with InvalidOperationInCellEditMode,
 * one with it waits until the cell is left ("Delay execution while cell is being edited").
 */
export class FakeExcelHost {
  editing = false;
  readonly options: (Excel.RunOptions | undefined)[] = [];
  private waiting: (() => void)[] = [];

  constructor(private readonly inner: ExcelRun) {}

  readonly run = async <T>(...args: unknown[]): Promise<T> => {
    const [options, batch] = (args.length === 2 ? args : [undefined, args[0]]) as [Excel.RunOptions | undefined, Parameters<ExcelRun>[0]];
    this.options.push(options);
    if (this.editing) {
      if (!options?.delayForCellEdit) throw Object.assign(new Error('Excel is in cell-editing mode.'), { name: 'RichApi.Error', code: 'InvalidOperationInCellEditMode', debugInfo: {} });
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    return (await this.inner(batch)) as T;
  };

  leaveCell(): void {
    this.editing = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resume of waiting) resume();
  }
}
