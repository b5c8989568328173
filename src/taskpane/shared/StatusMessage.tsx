import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export type StatusMessageProps = {
  readonly intent: 'error' | 'warning' | 'success' | 'info';
  readonly title: string;
  readonly message: string;
  /** Findings listed one a line under the sentence. */
  readonly lines?: readonly string[];
  /** A close button; without it the message stays until its cause goes away. */
  readonly dismiss?: { readonly label: string; readonly onDismiss: () => void };
};

/** A Fluent MessageBar with a title and a sentence. */
export function StatusMessage({ intent, title, message, lines = [], dismiss }: StatusMessageProps) {
  return (
    <MessageBar intent={intent} layout="multiline" politeness={intent === 'error' ? 'assertive' : 'polite'}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
        {lines.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: '1.25em' }}>
            {lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {dismiss !== undefined && (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              size="small"
              aria-label={dismiss.label}
              title={dismiss.label}
              icon={<span aria-hidden="true">✕</span>}
              onClick={dismiss.onDismiss}
            />
          }
        />
      )}
    </MessageBar>
  );
}
