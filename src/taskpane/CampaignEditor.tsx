import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Label,
  makeStyles,
  Option,
  Subtitle2,
  tokens,
  useId,
} from '@fluentui/react-components';
import { describeIssue } from '../core/describe-issue';
import { t } from '../core/messages';
import type { Lang, MessageKey } from '../core/messages';
import type { Indicator } from '../core/schema/indicator';
import type { Issue } from '../core/schema/issue';
import { ALLOCATION_CHOICES, allocationChoice, isTargetable, issuesByPath, issuesUnder, META_FIELDS, metaValue } from './campaign-edit';
import type { AllocationChoice, CampaignDraft, CampaignEdit, MetaField, TargetDraft } from './campaign-edit';
import { IssueList } from './IssueList';
import type { UnitListReading } from './use-campaign-workbook';

export type CampaignEditorProps = {
  readonly lang: Lang;
  readonly draft: CampaignDraft;
  readonly issues: readonly Issue[];
  /** Indicators that can be added, in catalogue order. */
  readonly catalogue: readonly Indicator[];
  readonly unitList: UnitListReading | undefined;
  readonly disabled: boolean;
  readonly onEdit: (edit: CampaignEdit) => void;
  readonly onChooseUnitList: (file: File) => void;
};

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: tokens.spacingHorizontalS },
  full: { minWidth: 0, width: '100%' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  code: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: 'left', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: 'top' },
  number: { textAlign: 'right', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: 'top' },
  input: { maxWidth: '100%' },
});

type ByPath = ReadonlyMap<string, readonly Issue[]>;

/** Fluent Field props that put the issues at `path` (and inside it) under the field. */
function fieldIssues(byPath: ByPath, path: string, lang: Lang) {
  const found = issuesUnder(byPath, path);
  if (found.length === 0) return {};
  return { validationState: 'error' as const, validationMessage: found.map((issue) => describeIssue({ ...issue, path: '' }, lang)).join(' ') };
}

const DATE_FIELDS: ReadonlySet<MetaField> = new Set(['plan.date', 'period.start', 'period.end', 'deadline']);

function MetaSection({ lang, draft, byPath, disabled, onEdit }: SectionProps) {
  const styles = useStyles();
  const field = (name: MetaField) => (
    <Field
      key={name}
      label={t(`pane.edit.field.${name}` as MessageKey, {}, lang)}
      {...fieldIssues(byPath, name, lang)}
    >
      <Input
        className={styles.full}
        type={DATE_FIELDS.has(name) ? 'date' : 'text'}
        value={metaValue(draft, name)}
        disabled={disabled}
        onChange={(_, data) => onEdit({ kind: 'meta', field: name, value: data.value })}
      />
    </Field>
  );
  const [title, orgName, orgParent, planNumber, planDate, place, start, end, deadline] = META_FIELDS;
  return (
    <div className={styles.panel}>
      {field(title)}
      {field(orgName)}
      {field(orgParent)}
      <div className={styles.pair}>
        {field(planNumber)}
        {field(planDate)}
      </div>
      {field(place)}
      <div className={styles.pair}>
        {field(start)}
        {field(end)}
      </div>
      {field(deadline)}
    </div>
  );
}

type SectionProps = {
  readonly lang: Lang;
  readonly draft: CampaignDraft;
  readonly byPath: ByPath;
  readonly disabled: boolean;
  readonly onEdit: (edit: CampaignEdit) => void;
};

function IndicatorsSection({ lang, draft, byPath, disabled, onEdit, catalogue }: SectionProps & { readonly catalogue: readonly Indicator[] }) {
  const styles = useStyles();
  const present = new Set(draft.indicators.map((i) => i.code));
  const addable = catalogue.filter((i) => !present.has(i.code));
  const order = catalogue.map((i) => i.code);
  const listIssues = byPath.get('indicators') ?? [];
  return (
    <div className={styles.panel}>
      {listIssues.length > 0 && <Caption1 className={styles.error}>{listIssues.map((i) => describeIssue({ ...i, path: '' }, lang)).join(' ')}</Caption1>}
      <ul className={styles.list} aria-label={t('pane.edit.indicators', { count: draft.indicators.length }, lang)}>
        {draft.indicators.map((indicator, index) => {
          const label = indicator.label[lang];
          const problems = issuesUnder(byPath, `indicators[${index}]`);
          return (
            <li key={indicator.code} className={styles.item}>
              <ItemHeader
                lang={lang}
                code={indicator.code}
                label={indicator.measure === '' ? label : `${label} (${indicator.measure})`}
                name={label}
                disabled={disabled}
                onRemove={() => onEdit({ kind: 'removeIndicator', code: indicator.code })}
              />
              <Checkbox
                label={t('pane.edit.required', {}, lang)}
                checked={indicator.required}
                disabled={disabled}
                onChange={(_, data) => onEdit({ kind: 'setRequired', code: indicator.code, required: data.checked === true })}
              />
              {problems.map((issue, i) => (
                <Caption1 key={i} className={styles.error}>
                  {describeIssue(issue, lang)}
                </Caption1>
              ))}
            </li>
          );
        })}
      </ul>
      <Field label={t('pane.edit.addIndicator', {}, lang)}>
        <Dropdown
          className={styles.full}
          placeholder={t('pane.edit.addIndicatorPlaceholder', {}, lang)}
          value=""
          selectedOptions={[]}
          disabled={disabled || addable.length === 0}
          onOptionSelect={(_, data) => {
            const chosen = catalogue.find((i) => i.code === data.optionValue);
            if (chosen !== undefined) onEdit({ kind: 'addIndicator', indicator: chosen, order });
          }}
        >
          {addable.map((indicator) => (
            <Option key={indicator.code} value={indicator.code} text={indicator.label[lang]}>
              {indicator.label[lang]}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}

/** A list item's first line: its code and label, and a button that removes it. */
function ItemHeader({ lang, code, label, name, disabled, onRemove }: {
  readonly lang: Lang;
  readonly code: string;
  readonly label: string;
  /** What the remove button names for a screen reader. */
  readonly name: string;
  readonly disabled: boolean;
  readonly onRemove: () => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <span className={styles.grow}>
        <Caption1 className={styles.code}>{code}</Caption1> {label}
      </span>
      <Button size="small" appearance="subtle" aria-label={t('pane.edit.removeNamed', { name }, lang)} disabled={disabled} onClick={onRemove}>
        {t('pane.edit.remove', {}, lang)}
      </Button>
    </div>
  );
}

const ALLOCATION_LABELS: Readonly<Record<AllocationChoice | 'manual', MessageKey>> = {
  none: 'pane.edit.allocation.none',
  members: 'pane.edit.allocation.members',
  workforce: 'pane.edit.allocation.workforce',
  manual: 'pane.edit.allocation.manual',
};
const DIRECTIONS = ['atLeast', 'atMost'] as const;

function TargetRow({ lang, target, index, indicator, byPath, disabled, onEdit }: Omit<SectionProps, 'draft'> & {
  readonly target: TargetDraft;
  readonly index: number;
  readonly indicator: Indicator | undefined;
}) {
  const styles = useStyles();
  const label = indicator?.label[lang] ?? target.indicator;
  const choice = allocationChoice(target);
  const path = `targets[${index}]`;
  const other = issuesUnder(byPath, path).filter((i) => !i.path.startsWith(`${path}.value`));
  return (
    <li className={styles.item}>
      <ItemHeader lang={lang} code={target.indicator} label={label} name={label} disabled={disabled} onRemove={() => onEdit({ kind: 'removeTarget', indicator: target.indicator })} />
      <div className={styles.pair}>
        <Field label={t('pane.edit.direction', {}, lang)}>
          <Dropdown
            className={styles.full}
            value={t(`pane.edit.direction.${target.direction}`, {}, lang)}
            selectedOptions={[target.direction]}
            disabled={disabled}
            onOptionSelect={(_, data) => {
              const direction = DIRECTIONS.find((d) => d === data.optionValue);
              if (direction !== undefined) onEdit({ kind: 'targetDirection', indicator: target.indicator, direction });
            }}
          >
            {DIRECTIONS.map((d) => (
              <Option key={d} value={d}>
                {t(`pane.edit.direction.${d}`, {}, lang)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field
          label={indicator === undefined || indicator.measure === '' ? t('pane.edit.targetValuePlain', {}, lang) : t('pane.edit.targetValue', { measure: indicator.measure }, lang)}
          {...fieldIssues(byPath, `${path}.value`, lang)}
        >
          <Input
            className={styles.full}
            inputMode="decimal"
            value={String(target.value)}
            disabled={disabled}
            onChange={(_, data) => onEdit({ kind: 'targetValue', indicator: target.indicator, text: data.value })}
          />
        </Field>
      </div>
      <Field label={t('pane.edit.allocation', {}, lang)}>
        <Dropdown
          className={styles.full}
          value={t(ALLOCATION_LABELS[choice], {}, lang)}
          selectedOptions={[choice]}
          disabled={disabled}
          onOptionSelect={(_, data) => {
            const allocation = ALLOCATION_CHOICES.find((c) => c === data.optionValue);
            if (allocation !== undefined) onEdit({ kind: 'targetAllocation', indicator: target.indicator, allocation });
          }}
        >
          {ALLOCATION_CHOICES.map((c) => (
            <Option key={c} value={c}>
              {t(ALLOCATION_LABELS[c], {}, lang)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {other.map((issue, i) => (
        <Caption1 key={i} className={styles.error}>
          {describeIssue(issue, lang)}
        </Caption1>
      ))}
    </li>
  );
}

function TargetsSection({ lang, draft, byPath, disabled, onEdit }: SectionProps) {
  const styles = useStyles();
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
              target={target}
              index={index}
              indicator={byCode.get(target.indicator)}
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
          {addable.map((indicator) => (
            <Option key={indicator.code} value={indicator.code} text={indicator.label[lang]}>
              {indicator.label[lang]}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}

function UnitsSection({ lang, draft, byPath, disabled, onEdit, unitList, onChooseUnitList }: SectionProps & Pick<CampaignEditorProps, 'unitList' | 'onChooseUnitList'>) {
  const styles = useStyles();
  const inputId = useId('unit-list');
  const hintId = useId('unit-list-hint');
  const rowIssues = (index: number) => issuesUnder(byPath, `units[${index}]`);
  return (
    <div className={styles.panel}>
      <div className={styles.section}>
        <Label htmlFor={inputId} weight="semibold">
          {t('pane.edit.unitsFile', {}, lang)}
        </Label>
        <input
          id={inputId}
          className={styles.input}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={hintId}
          disabled={disabled || unitList?.kind === 'reading'}
          onChange={(event) => {
            const [file] = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            if (file !== undefined) onChooseUnitList(file);
          }}
        />
        <Caption1 id={hintId}>{t('pane.edit.unitsHint', {}, lang)}</Caption1>
      </div>
      {unitList?.kind === 'reading' && <Caption1 role="status">{t('pane.edit.unitsReading', {}, lang)}</Caption1>}
      {unitList?.kind === 'read' && (
        <>
          <Caption1 role="status">{t('pane.edit.unitsRead', { count: unitList.count, file: unitList.fileName }, lang)}</Caption1>
          {unitList.issues.length > 0 && (
            <IssueList
              intent={unitList.issues.some((i) => i.severity === 'error') ? 'error' : 'warning'}
              title={t('pane.edit.unitsIssues', { file: unitList.fileName }, lang)}
              issues={unitList.issues}
              lang={lang}
            />
          )}
        </>
      )}
      {draft.units.length === 0 ? (
        <Caption1>{t('pane.edit.unitsNone', {}, lang)}</Caption1>
      ) : (
        <table className={styles.table}>
          <caption className={styles.cell}>{t('pane.edit.units', { count: draft.units.length }, lang)}</caption>
          <thead>
            <tr>
              <th className={styles.cell}>{t('pane.edit.col.code', {}, lang)}</th>
              <th className={styles.cell}>{t('pane.edit.col.name', {}, lang)}</th>
              <th className={styles.number}>{t('pane.edit.col.members', {}, lang)}</th>
              <th className={styles.number}>{t('pane.edit.col.workforce', {}, lang)}</th>
              <th className={styles.cell}>
                <span hidden>{t('pane.edit.remove', {}, lang)}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.units.map((unit, index) => (
              <tr key={`${unit.code}-${index}`}>
                <td className={styles.cell}>{unit.code}</td>
                <td className={styles.cell}>
                  {unit.name}
                  {rowIssues(index).map((issue, i) => (
                    <Caption1 key={i} block className={styles.error}>
                      {describeIssue(issue, lang)}
                    </Caption1>
                  ))}
                </td>
                <td className={styles.number}>{unit.members ?? ''}</td>
                <td className={styles.number}>{unit.workforce ?? ''}</td>
                <td className={styles.cell}>
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={t('pane.edit.removeNamed', { name: unit.name }, lang)}
                    disabled={disabled}
                    onClick={() => onEdit({ kind: 'removeUnit', code: unit.code })}
                  >
                    ✕
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** "Sửa chiến dịch": the campaign's metadata, indicators, targets and units in four folding sections. */
export function CampaignEditor({ lang, draft, issues, catalogue, unitList, disabled, onEdit, onChooseUnitList }: CampaignEditorProps) {
  const styles = useStyles();
  const byPath = issuesByPath(issues);
  const props = { lang, draft, byPath, disabled, onEdit };
  const count = (prefix: string) => issuesUnder(byPath, prefix).length;
  const mark = (prefix: string) => (count(prefix) > 0 ? ' ⚠' : '');
  const generalPaths = ['title', 'organization', 'plan', 'place', 'period', 'deadline'];
  return (
    <section className={styles.section} aria-labelledby="campaign-editor-title">
      <Subtitle2 as="h3" block id="campaign-editor-title" className={styles.heading}>
        {t('pane.edit.heading', {}, lang)}
      </Subtitle2>
      <Accordion multiple collapsible>
        <AccordionItem value="general">
          <AccordionHeader>
            {t('pane.edit.general', {}, lang)}
            {generalPaths.some((p) => count(p) > 0) ? ' ⚠' : ''}
          </AccordionHeader>
          <AccordionPanel>
            <MetaSection {...props} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="indicators">
          <AccordionHeader>
            {t('pane.edit.indicators', { count: draft.indicators.length }, lang)}
            {mark('indicators')}
          </AccordionHeader>
          <AccordionPanel>
            <IndicatorsSection {...props} catalogue={catalogue} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="targets">
          <AccordionHeader>
            {t('pane.edit.targets', { count: draft.targets.length }, lang)}
            {mark('targets')}
          </AccordionHeader>
          <AccordionPanel>
            <TargetsSection {...props} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="units">
          <AccordionHeader>
            {t('pane.edit.units', { count: draft.units.length }, lang)}
            {mark('units')}
          </AccordionHeader>
          <AccordionPanel>
            <UnitsSection {...props} unitList={unitList} onChooseUnitList={onChooseUnitList} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
