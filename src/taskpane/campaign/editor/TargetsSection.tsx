import { Caption1, Dropdown, Field, Option } from '@fluentui/react-components';
import { formatNumber } from '../../../core/format';
import { t } from '../../../core/messages';
import type { MessageKey } from '../../../core/messages';
import type { Campaign } from '../../../core/schema/campaign';
import type { Indicator } from '../../../core/schema/indicator';
import { ALLOCATION_CHOICES, allocationChoice, isTargetable, issuesUnder, manualSum, targetProblem } from '../campaign-edit';
import type { AllocationChoice, TargetDraft } from '../campaign-edit';
import { ChoiceField, fieldIssues, IssueLines, ItemHeader, NumberInput, useEditorStyles } from './common';
import type { ByPath, SectionProps } from './common';
import { ShareTable } from './ShareTable';

const ALLOCATION_LABELS: Readonly<Record<AllocationChoice, MessageKey>> = {
  none: 'pane.edit.allocation.none',
  members: 'pane.edit.allocation.members',
  workforce: 'pane.edit.allocation.workforce',
  manual: 'pane.edit.allocation.manual',
  district: 'pane.edit.allocation.district',
};
const DIRECTIONS = ['atLeast', 'atMost'] as const;

/**
 * The words under a target figure: what to type, in plain words, while it is not a number of the
 * indicator's kind; otherwise what the schema found there.
 */
function figureIssues(draft: SectionProps['draft'], code: string, value: number | string | undefined, byPath: ByPath, path: string, lang: SectionProps['lang'], exact = false) {
  const problem = targetProblem(draft, code, value);
  return problem === undefined ? fieldIssues(byPath, path, lang, exact) : { validationState: 'error' as const, validationMessage: t(problem.key, problem.params, lang) };
}

type RowProps = Omit<SectionProps, 'draft'> & { readonly target: TargetDraft; readonly path: string };

/** One number per unit, and their sum against the district target. */
function ManualShares({ lang, draft, target, path, byPath, disabled, onEdit }: RowProps & Pick<SectionProps, 'draft'>) {
  const styles = useEditorStyles();
  if (target.allocation.method !== 'manual') return null;
  const { values } = target.allocation;
  const total = typeof target.value === 'number' ? formatNumber(target.value, lang) : String(target.value);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t('pane.edit.shares', {}, lang)}</legend>
      {draft.units.length === 0 ? (
        <Caption1 className={styles.hint}>{t('pane.edit.sharesNoUnits', {}, lang)}</Caption1>
      ) : (
        <>
          <Caption1 className={styles.hint}>{t('pane.edit.sharesHint', {}, lang)}</Caption1>
          {draft.units.map((unit) => (
            <Field
              key={unit.code}
              className={styles.share}
              orientation="horizontal"
              label={t('pane.edit.shareLabel', { name: unit.name, code: unit.code }, lang)}
              // Exact: a unit code may contain dots, so "A" must not take the issues of "A.1".
              {...figureIssues(draft, target.indicator, values[unit.code], byPath, `${path}.allocation.values.${unit.code}`, lang, true)}
            >
              <NumberInput
                className={styles.full}
                value={values[unit.code] ?? ''}
                disabled={disabled}
                onText={(text) => onEdit({ kind: 'manualShare', indicator: target.indicator, unit: unit.code, text })}
              />
            </Field>
          ))}
        </>
      )}
      <Caption1 aria-live="polite">{t('pane.edit.shareSum', { sum: formatNumber(manualSum(target.allocation), lang), total }, lang)}</Caption1>
    </fieldset>
  );
}

function TargetRow(props: RowProps & Pick<SectionProps, 'draft'> & { readonly indicator: Indicator | undefined; readonly campaign: Campaign | undefined }) {
  const { lang, target, path, indicator, byPath, disabled, onEdit, draft, campaign } = props;
  const styles = useEditorStyles();
  const label = indicator?.label[lang] ?? target.indicator;
  const choice = allocationChoice(target);
  const shares = new Set(draft.units.map((u) => `${path}.allocation.values.${u.code}`));
  const other = issuesUnder(byPath, path).filter((i) => !i.path.startsWith(`${path}.value`) && !i.path.startsWith(`${path}.result`) && !shares.has(i.path));
  return (
    <li className={styles.item}>
      <ItemHeader lang={lang} code={target.indicator} label={label} name={label} disabled={disabled} onRemove={() => onEdit({ kind: 'removeTarget', indicator: target.indicator })} />
      <div className={styles.pair}>
        <ChoiceField
          label={t('pane.edit.direction', {}, lang)}
          choices={DIRECTIONS.map((d) => ({ value: d, text: t(`pane.edit.direction.${d}`, {}, lang) }))}
          value={target.direction}
          disabled={disabled}
          onChoose={(direction) => onEdit({ kind: 'targetDirection', indicator: target.indicator, direction })}
        />
        <Field
          label={indicator === undefined || indicator.measure === '' ? t('pane.edit.targetValuePlain', {}, lang) : t('pane.edit.targetValue', { measure: indicator.measure }, lang)}
          {...figureIssues(draft, target.indicator, target.value, byPath, `${path}.value`, lang)}
        >
          <NumberInput className={styles.full} value={target.value} disabled={disabled} onText={(text) => onEdit({ kind: 'targetValue', indicator: target.indicator, text })} />
        </Field>
      </div>
      <ChoiceField
        label={t('pane.edit.allocation', {}, lang)}
        choices={ALLOCATION_CHOICES.map((c) => ({ value: c, text: t(ALLOCATION_LABELS[c], {}, lang) }))}
        value={choice}
        disabled={disabled}
        onChoose={(allocation) => onEdit({ kind: 'targetAllocation', indicator: target.indicator, allocation })}
      />
      {choice === 'district' && (
        <Field
          label={indicator === undefined || indicator.measure === '' ? t('pane.edit.districtResultPlain', {}, lang) : t('pane.edit.districtResult', { measure: indicator.measure }, lang)}
          hint={t('pane.edit.districtResultHint', {}, lang)}
          {...figureIssues(draft, target.indicator, target.result, byPath, `${path}.result`, lang)}
        >
          <NumberInput className={styles.full} value={target.result ?? ''} disabled={disabled} onText={(text) => onEdit({ kind: 'targetResult', indicator: target.indicator, text })} />
        </Field>
      )}
      <ManualShares {...props} />
      {campaign !== undefined && <ShareTable campaign={campaign} indicator={target.indicator} label={label} lang={lang} />}
      <IssueLines issues={other} lang={lang} />
    </li>
  );
}

/** "Kế hoạch giao": the district's numeric targets and how each is shared among units. */
export function TargetsSection({ lang, draft, byPath, disabled, onEdit, campaign }: SectionProps & { readonly campaign?: Campaign | undefined }) {
  const styles = useEditorStyles();
  const byCode = new Map(draft.indicators.map((i) => [i.code, i]));
  const targeted = new Set(draft.targets.map((t) => t.indicator));
  const addable = draft.indicators.filter((i) => isTargetable(i) && !targeted.has(i.code));
  return (
    <div className={styles.panel}>
      {draft.targets.length === 0 ? (
        <Caption1>{t('pane.edit.noTargets', {}, lang)}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={t('pane.edit.targets', { count: draft.targets.length }, lang)}>
          {draft.targets.map((target, index) => (
            <TargetRow
              key={target.indicator}
              lang={lang}
              draft={draft}
              target={target}
              path={`targets[${index}]`}
              indicator={byCode.get(target.indicator)}
              campaign={campaign}
              byPath={byPath}
              disabled={disabled}
              onEdit={onEdit}
            />
          ))}
        </ul>
      )}
      <Field label={t('pane.edit.addTarget', {}, lang)}>
        <Dropdown
          className={styles.full}
          placeholder={t('pane.edit.addTargetPlaceholder', {}, lang)}
          value=""
          selectedOptions={[]}
          disabled={disabled || addable.length === 0}
          onOptionSelect={(_, data) => {
            if (data.optionValue !== undefined) onEdit({ kind: 'addTarget', indicator: data.optionValue });
          }}
        >
          {addable.map((indicator) => {
            // An own indicator may have no wording yet; its code still names it.
            const name = indicator.label[lang].trim() === '' ? indicator.code : indicator.label[lang];
            return (
              <Option key={indicator.code} value={indicator.code} text={name}>
                {name}
              </Option>
            );
          })}
        </Dropdown>
      </Field>
    </div>
  );
}
