import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

/** A step's view: a section named by its level-2 heading (`<id>-title`), its parts in a column below. */
export function StepSection({ id, title, children }: { readonly id: string; readonly title: string; readonly children?: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.view} aria-labelledby={`${id}-title`}>
      <Subtitle2 as="h2" block id={`${id}-title`} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
