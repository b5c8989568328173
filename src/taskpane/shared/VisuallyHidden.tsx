import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export const useVisuallyHiddenStyles = makeStyles({
  // The usual clip pattern: read by screen readers, not drawn (`hidden` would hide it from both).
  root: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 },
});

/** Text for screen readers only, such as the name of a column of buttons. */
export function VisuallyHidden({ children }: { readonly children: ReactNode }) {
  return <span className={useVisuallyHiddenStyles().root}>{children}</span>;
}
