import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * A visible focus ring on text fields and dropdowns. Fluent v9 marks a focused field only with a
 * thin coloured underline, which low-vision users miss in a narrow pane; this draws the same
 * two-pixel ring Fluent gives buttons (colorStrokeFocus2) round the whole field.
 */
export const useFocusRingStyles = makeStyles({
  root: {
    '& .fui-Input:focus-within, & .fui-Textarea:focus-within, & .fui-Dropdown:focus-within, & .fui-Combobox:focus-within, & .fui-SpinButton:focus-within, & .fui-Select:focus-within':
      {
        outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
        outlineOffset: tokens.strokeWidthThin,
        borderRadius: tokens.borderRadiusMedium,
      },
  },
});
