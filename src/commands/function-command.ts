/**
 * The lifecycle of a ribbon function command that reports in a dialog.
 *
 * Office runs a function command in its own runtime and ends that runtime when the function calls
 * `event.completed()` or five minutes after it started, whichever comes first ("Create add-in
 * commands" and "Add-in commands" on learn.microsoft.com). Ending the runtime also ends the dialogs
 * it opened, and `displayDialogAsync` reports through its callback, after it has returned. So the
 * event is completed only once the outcome dialog was closed (its Close button, or the user's X,
 * event 12006) or could not be opened (12009 the user chose Ignore, 12011 a blocked pop-up...), and
 * in any case a little before the five minutes are up. A slow run says so in a dialog while it
 * works, and says in time that it will be stopped.
 */

/** The messages the dialog page sends with `messageParent`. */
export const DIALOG_CLOSE_MESSAGE = 'close';

/** Dialog API error codes ("Dialog API error codes" / "Handle errors and events in the Office dialog box"). */
export const DIALOG_ERRORS = {
  /** The page passed to `displayDialogAsync` could not be found or loaded. */
  pageNotLoaded: 12002,
  /** The dialog was sent to an http: address. */
  insecurePage: 12003,
  /** The dialog was closed, usually by the user's X. */
  closed: 12006,
  /** This host page already has a dialog open (also right after `close()`, which is asynchronous). */
  alreadyOpen: 12007,
  /** The user chose Ignore at Office on the web's prompt. */
  ignored: 12009,
  /** The browser blocked the pop-up. */
  popupBlocked: 12011,
} as const;

/** What a function command needs of Office.js; the global `Office` fits it, and so does the tests' fake runtime. */
export type CommandDialog = {
  addEventHandler(eventType: Office.EventType, handler: (args: { message: string; origin: string | undefined } | { error: number }) => void): void;
  close(): void;
};

export type DialogResult = {
  readonly status: Office.AsyncResultStatus;
  readonly value: CommandDialog;
  readonly error: { readonly code: number; readonly message: string };
};

export type CommandRuntime = {
  readonly context: {
    readonly ui: { displayDialogAsync(startAddress: string, options: Office.DialogOptions, callback: (result: DialogResult) => void): void };
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  readonly AsyncResultStatus: { readonly Failed: Office.AsyncResultStatus };
  readonly EventType: { readonly DialogMessageReceived: Office.EventType; readonly DialogEventReceived: Office.EventType };
};

export type CommandTimes = {
  /** A run still going after this long shows that it is working (and why it may wait: a cell being edited). */
  readonly noticeAfterMs: number;
  /** A run still going after this long says that it will be stopped, and what to do instead. */
  readonly warnAfterMs: number;
  /** The event is completed at this point whatever happens, before Office's five minutes. */
  readonly stopAfterMs: number;
  /** Wait before opening a dialog again after 12007 (the previous one still closing). */
  readonly reopenDelayMs: number;
};

/** Office ends a function command's runtime five minutes after it started; we stop 30 s before. */
export const COMMAND_TIMES: CommandTimes = {
  noticeAfterMs: 15_000,
  warnAfterMs: 240_000,
  stopAfterMs: 270_000,
  reopenDelayMs: 250,
};

export type CommandTexts = {
  /** Shown while the work goes on past `noticeAfterMs`. */
  readonly working: string;
  /** Shown when the work goes on past `warnAfterMs`. */
  readonly stopping: string;
};

export type FunctionCommand = {
  readonly event: { completed(): void };
  readonly runtime: CommandRuntime;
  /** The dialog page's address for a text to show. */
  readonly dialogUrl: (text: string) => string;
  /** The command's work; resolves to the sentence the dialog shows. It must not throw. */
  readonly work: () => Promise<string>;
  readonly texts: CommandTexts;
  readonly times?: CommandTimes;
};

/** Tries after 12007 before giving the dialog up (a dialog that never closes would otherwise keep us trying). */
const MAX_REOPENS = 20;

const DIALOG_OPTIONS: Office.DialogOptions = { height: 30, width: 30, displayInIframe: true };

/**
 * Runs a function command: its work, its outcome in a dialog, then `event.completed()` exactly once.
 * Resolves when the event has been completed.
 */
export function runFunctionCommand(command: FunctionCommand): Promise<void> {
  const { runtime, texts } = command;
  const times = command.times ?? COMMAND_TIMES;
  const canShow = runtime.context.requirements.isSetSupported('DialogApi', '1.1');
  const timers: ReturnType<typeof setTimeout>[] = [];
  let settled = false;
  let completed = false;
  /** The dialog on screen, or being opened (null until its callback comes back). */
  let dialog: CommandDialog | null | undefined;
  /** The text the user should be reading now; a newer text replaces the dialog showing an older one. */
  let wanted: string | undefined;
  let shown: string | undefined;
  let reopens = 0;

  return new Promise<void>((resolve) => {
    const complete = (): void => {
      if (completed) return;
      completed = true;
      for (const timer of timers) clearTimeout(timer);
      command.event.completed();
      resolve();
    };
    const later = (ms: number, then: () => void): void => {
      timers.push(setTimeout(then, ms));
    };
    /** The dialog is gone (closed, never opened): the command ends if its work is done. */
    const gone = (): void => {
      dialog = undefined;
      shown = undefined;
      if (settled && wanted === undefined) complete();
      else if (wanted !== undefined) open();
    };
    const close = (): void => {
      const current = dialog;
      dialog = undefined;
      shown = undefined;
      current?.close();
    };
    const onDialogEvent = (from: CommandDialog, args: { message: string; origin: string | undefined } | { error: number }): void => {
      if (completed || dialog !== from) return;
      if ('message' in args) {
        if (args.message !== DIALOG_CLOSE_MESSAGE) return;
        from.close();
      }
      // 12006 is the user's X; 12002/12003 a page that did not load, which the user cannot close.
      if ('error' in args && args.error !== DIALOG_ERRORS.closed) from.close();
      gone();
    };
    const open = (): void => {
      if (completed || dialog !== undefined || wanted === undefined) return;
      const text = wanted;
      wanted = undefined;
      dialog = null;
      runtime.context.ui.displayDialogAsync(command.dialogUrl(text), DIALOG_OPTIONS, (result) => {
        if (completed) return;
        if (result.status === runtime.AsyncResultStatus.Failed) {
          dialog = undefined;
          // The previous dialog may still be closing: try again shortly (dialog best practices).
          if (result.error.code === DIALOG_ERRORS.alreadyOpen && reopens < MAX_REOPENS) {
            reopens += 1;
            wanted ??= text;
            later(times.reopenDelayMs, open);
            return;
          }
          // Ignored, blocked or refused: the sheets written are then the only feedback.
          gone();
          return;
        }
        const opened = result.value;
        reopens = 0;
        dialog = opened;
        shown = text;
        opened.addEventHandler(runtime.EventType.DialogMessageReceived, (args) => onDialogEvent(opened, args));
        opened.addEventHandler(runtime.EventType.DialogEventReceived, (args) => onDialogEvent(opened, args));
        if (wanted !== undefined) {
          close();
          open();
        }
      });
    };
    const show = (text: string): void => {
      if (!canShow || completed) return;
      if (dialog && shown === text) return;
      wanted = text;
      if (dialog === null) return; // the open callback picks the newer text up
      if (dialog !== undefined) close();
      open();
    };

    later(times.noticeAfterMs, () => {
      if (!settled) show(texts.working);
    });
    later(times.warnAfterMs, () => {
      if (!settled) show(texts.stopping);
    });
    later(times.stopAfterMs, () => {
      close();
      complete();
    });

    void command.work().then(
      (outcome) => finish(outcome),
      (error: unknown) => finish(error instanceof Error ? error.message : String(error)),
    );
    function finish(outcome: string): void {
      settled = true;
      if (completed) return;
      if (!canShow) {
        complete();
        return;
      }
      show(outcome);
    }
  });
}
