import { tokens } from '@fluentui/react-components';

/** The raised card the campaign summary and the plan draft are shown on, and its small-caps heading. */
export const CARD_STYLES = {
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  heading: { color: tokens.colorNeutralForeground3, textTransform: 'uppercase', margin: 0 },
} as const;
