/**
 * Where the last action's progress and outcome show: by the buttons that started it (a step view
 * places `<StepNotice />` under its buttons), else at the top of the step (`<FallbackNotice />`,
 * for views that place none). A new outcome takes the focus, so a keyboard or screen-reader user
 * whose button was disabled while it ran lands on the result, and it says the next step.
 */
import { AriaLiveAnnouncer, makeStyles, tokens } from '@fluentui/react-components';
import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Lang } from '../../core/messages';
import { FlowNotice } from './FlowNotice';
import type { NextStep } from './FlowNotice';
import { JobProgress } from './JobProgress';
import type { Job, Notice } from './flow-context';

export type NoticeSlotValue = {
  readonly job: Job | undefined;
  readonly notice: Notice | undefined;
  readonly lang: Lang;
  readonly onCancel: () => void;
  readonly onDismiss: () => void;
  readonly onNextStep: (step: NextStep) => void;
};

type SlotContext = NoticeSlotValue & { readonly placed: number; readonly place: () => () => void };

const NoticeSlot = createContext<SlotContext | undefined>(undefined);

/**
 * The slot's state for the steps, and Fluent's announcer: MessageBars announce their text to
 * screen readers only through an AriaLiveAnnouncer mounted above them.
 */
export function NoticeSlotProvider({ value, children }: { readonly value: NoticeSlotValue; readonly children: ReactNode }) {
  const [placed, setPlaced] = useState(0);
  const context = useMemo<SlotContext>(
    () => ({
      ...value,
      placed,
      place: () => {
        setPlaced((n) => n + 1);
        return () => setPlaced((n) => n - 1);
      },
    }),
    [value, placed],
  );
  return (
    <AriaLiveAnnouncer>
      <NoticeSlot.Provider value={context}>{children}</NoticeSlot.Provider>
    </AriaLiveAnnouncer>
  );
}

/** The progress and outcome of the last action, here: put it under the buttons that start actions. */
export function StepNotice() {
  const slot = useContext(NoticeSlot);
  // `place` changes with every slot value; the slot is taken once per mount.
  const place = useRef(slot?.place);
  useLayoutEffect(() => place.current?.(), []);
  return slot === undefined ? null : <SlotContent slot={slot} />;
}

/** The same at the top of the step, shown only when the step's view placed no `StepNotice`. */
export function FallbackNotice() {
  const slot = useContext(NoticeSlot);
  return slot === undefined || slot.placed > 0 ? null : <SlotContent slot={slot} />;
}

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

function SlotContent({ slot }: { readonly slot: SlotContext }) {
  const styles = useStyles();
  const { job, notice, lang } = slot;
  const box = useRef<HTMLDivElement>(null);
  const serial = useNoticeSerial(notice);
  useEffect(() => {
    if (notice !== undefined) box.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  }, [notice]);
  if (job !== undefined) return <JobProgress job={job} lang={lang} onCancel={slot.onCancel} />;
  if (notice === undefined) return null;
  // A fresh MessageBar per outcome: it announces its text when it mounts.
  return (
    <div ref={box} className={styles.box}>
      <FlowNotice key={serial} notice={notice} lang={lang} onDismiss={slot.onDismiss} onNextStep={slot.onNextStep} focusable />
    </div>
  );
}

/** A number that changes with each new notice object. */
function useNoticeSerial(notice: Notice | undefined): number {
  const seen = useRef<{ notice: Notice | undefined; serial: number }>({ notice: undefined, serial: 0 });
  if (seen.current.notice !== notice) seen.current = { notice, serial: seen.current.serial + 1 };
  return seen.current.serial;
}
