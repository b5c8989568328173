import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export type StatusMessageProps = {
  readonly intent: 'error' | 'warning' | 'success' | 'info';
  readonly title: string;
  readonly message: string;
  /** An id on the sentence alone, for a control's aria-describedby (the listed lines stay out of it). */
  readonly messageId?: string;
  /** Findings listed one a line under the sentence. */
  readonly lines?: readonly string[];
  /** A close button; without it the message stays until its cause goes away. */
  readonly dismiss?: { readonly label: string; readonly onDismiss: () => void };
  /** A button in the bar (the next step). */
  readonly action?: { readonly label: string; readonly onClick: () => void };
  /** The bar can take the focus from script (tabIndex -1), for the result of an action to land on. */
  readonly focusable?: boolean;
};

/** A Fluent MessageBar with a title and a sentence. */
export function StatusMessage({ intent, title, message, messageId, lines = [], dismiss, action, focusable = false }: StatusMessageProps) {
  return (
    <MessageBar intent={intent} layout="multiline" politeness={intent === 'error' ? 'assertive' : 'polite'} {...(focusable ? { tabIndex: -1 } : {})}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {messageId === undefined ? message : <span id={messageId}>{message}</span>}
        {lines.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: '1.25em' }}>
            {lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {(dismiss !== undefined || action !== undefined) && (
        <MessageBarActions
          {...(dismiss === undefined
            ? {}
            : {
                containerAction: (
                  <Button
              appearance="transparent"
              size="small"
              aria-label={dismiss.label}
              title={dismiss.label}
              icon={<span aria-hidden="true">✕</span>}
                    onClick={dismiss.onDismiss}
                  />
                ),
              })}
        >
          {action !== undefined && (
            <Button size="small" onClick={action.onClick}>
              {action.label}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
