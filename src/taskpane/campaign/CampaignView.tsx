import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Label,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Subtitle2,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useState } from 'react';
import { CATALOGUE } from '../../core/catalogue';
import { PRESET_YEAR_RANGE } from '../../core/presets';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import { describeIssue } from '../../core/describe-issue';
import type { MessageKey } from '../../core/messages';
import type { Issue } from '../../core/schema/issue';
import { isMetaField, targetFigureAt, targetProblem, withoutRoundEchoes } from './campaign-edit';
import type { CampaignDraft } from './campaign-edit';
import { CampaignEditor } from './CampaignEditor';
import { CampaignSummary } from './CampaignSummary';
import { IssueList } from './IssueList';
import { summarizeCampaign } from './campaign-summary';
import { describePaneError, paneErrorLines } from '../shared/pane-error';
import { ParentLinkControl } from './ParentLinkControl';
import { PlanImport } from './PlanImport';
import { StatusMessage } from '../shared/StatusMessage';
import type { CampaignWorkbook } from './use-campaign-workbook';
import type { Preset } from '../../core/presets';
import type { Campaign } from '../../core';
import { FilePicker } from '../shared/FilePicker';
import { SampleBlock, useSampleGate } from '../shared/SampleBlock';

export type CampaignViewProps = {
  readonly view: CampaignWorkbook;
  readonly presets: readonly Preset[];
  readonly lang: Lang;
  /** Inside Excel: write the master layout into the open workbook. */
  readonly onWriteToExcel?: () => void;
  /** Another step is running (Excel is busy). */
  readonly busy?: boolean;
};

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  intro: { margin: `${tokens.spacingVerticalXXS} 0 0`, color: tokens.colorNeutralForeground2 },
  dropdown: { minWidth: 0, width: '100%' },
  year: { width: '8em' },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  input: { maxWidth: '100%' },
  editActions: { alignSelf: 'flex-start' },
});

/**
 * An edit's problem, named by the form field where there is one ("Kết thúc ngày: …"); a target
 * figure still text says what to type, in plain words, under its indicator's name.
 */
function describeDraftIssue(draft: CampaignDraft | undefined, issue: Issue, lang: Lang): string {
  const figure = draft === undefined ? undefined : targetFigureAt(draft, issue.path);
  const problem = figure === undefined || draft === undefined ? undefined : targetProblem(draft, figure.indicator, figure.value);
  if (problem !== undefined) {
    const label = draft?.indicators.find((i) => i.code === figure?.indicator)?.label[lang] ?? figure?.indicator ?? '';
    return `${label}: ${t(problem.key, problem.params, lang)}`;
  }
  if (!isMetaField(issue.path)) return describeIssue(issue, lang);
  return `${t(`pane.edit.field.${issue.path}` as MessageKey, {}, lang)}: ${describeIssue({ ...issue, path: '' }, lang)}`;
}

/** Inside Excel: the campaign stored in the open master, in use or to go back to. */
function WorkbookCampaignNotice({ view, lang }: { readonly view: CampaignWorkbook; readonly lang: Lang }) {
  const found = view.workbookCampaign;
  if (found === undefined) return null;
  if (found.kind === 'failed') return <StatusMessage intent="error" title={t('pane.workbook.failedTitle', {}, lang)} message={found.message} />;
  if (view.source === 'workbook') {
    return <StatusMessage intent="success" title={t('pane.workbook.heading', {}, lang)} message={t('pane.workbook.inUse', { title: found.campaign.title }, lang)} />;
  }
  return (
    <div>
      <StatusMessage intent="info" title={t('pane.workbook.heading', {}, lang)} message={t('pane.workbook.available', { title: found.campaign.title }, lang)} />
      <Button appearance="secondary" onClick={view.chooseWorkbookCampaign}>
        {t('pane.workbook.use', {}, lang)}
      </Button>
    </div>
  );
}

/**
 * "Chiến dịch / Tạo sổ": pick a sample plan and its year, or paste a real plan and read it;
 * review the campaign, download the master workbook.
 */
export function CampaignView({ view, presets, lang, onWriteToExcel, busy = false }: CampaignViewProps) {
  const styles = useStyles();
  const { status } = view;
  const working = status.kind === 'working';
  const noPresets = presets.length === 0;

  return (
    <section className={styles.view} aria-labelledby="campaign-view-title">
      <div>
        <Subtitle2 as="h2" block id="campaign-view-title" className={styles.heading}>
          {t('pane.view.campaign', {}, lang)}
        </Subtitle2>
        <Body1 as="p" block className={styles.intro}>
          {t('pane.view.campaignIntro', {}, lang)}
        </Body1>
      </div>

      <WorkbookCampaignNotice view={view} lang={lang} />

      <PresetPicker view={view} presets={presets} lang={lang} disabled={working || noPresets} styles={styles} />

      <PlanImport
        lang={lang}
        text={view.planText}
        reading={view.planReading}
        inUse={view.usingPlan}
        disabled={working}
        onTextChange={view.setPlanText}
        onRead={view.readPlanText}
        onUse={view.usePlanCampaign}
        onOpenFile={(file) => void view.openPlanFile(file)}
        onSupply={view.supplyPlanField}
      />

      <CampaignFilePicker view={view} lang={lang} disabled={working} styles={styles} />

      <ParentLinkControl lang={lang} link={view.parentLink} campaign={view.campaign} disabled={working} />

      {view.campaign !== undefined && <CampaignReview view={view} campaign={view.campaign} lang={lang} busy={busy} working={working} styles={styles} {...(onWriteToExcel === undefined ? {} : { onWriteToExcel })} />}

      <DownloadOutcome view={view} lang={lang} />
    </section>
  );
}

type Styles = ReturnType<typeof useStyles>;
type PartProps = { readonly view: CampaignWorkbook; readonly lang: Lang; readonly styles: Styles };

/** A sample plan and its year. */
function PresetPicker({ view, presets, lang, disabled, styles }: PartProps & { readonly presets: readonly Preset[]; readonly disabled: boolean }) {
  const noPresets = presets.length === 0;
  return (
    <>
      <Field
        label={t('pane.preset.label', {}, lang)}
        {...(view.preset === undefined ? {} : { hint: t(view.preset.description, {}, lang) })}
        {...(noPresets ? { validationState: 'warning', validationMessage: t('pane.preset.none', {}, lang) } : {})}
      >
        <Dropdown
          className={styles.dropdown}
          placeholder={t('pane.preset.placeholder', {}, lang)}
          value={view.preset === undefined ? '' : t(view.preset.label, {}, lang)}
          selectedOptions={view.preset === undefined ? [] : [view.preset.name]}
          onOptionSelect={(_, data) => {
            if (data.optionValue !== undefined) view.selectPreset(data.optionValue);
          }}
          disabled={disabled}
        >
          {presets.map((preset) => (
            <Option key={preset.name} value={preset.name} text={t(preset.label, {}, lang)}>
              {t(preset.label, {}, lang)}
            </Option>
          ))}
        </Dropdown>
      </Field>

      <Field
        label={t('pane.year.label', {}, lang)}
        {...(view.yearValid
          ? {}
          : { validationState: 'error', validationMessage: t('pane.year.invalid', { min: PRESET_YEAR_RANGE.min, max: PRESET_YEAR_RANGE.max }, lang) })}
      >
        <Input
          className={styles.year}
          inputMode="numeric"
          maxLength={4}
          value={view.yearText}
          onChange={(_, data) => view.setYearText(data.value)}
          disabled={disabled}
        />
      </Field>

      {view.presetError !== undefined && (
        <StatusMessage intent="error" title={t('pane.error.title', {}, lang)} message={describePaneError(view.presetError, lang)} />
      )}
    </>
  );
}

/** A campaign file (.json) saved earlier, opened. */
function CampaignFilePicker({ view, lang, disabled, styles }: PartProps & { readonly disabled: boolean }) {
  const fileInputId = useId('campaign-file');
  const fileHintId = useId('campaign-file-hint');
  return (
    <div className={styles.picker}>
      <Label htmlFor={fileInputId} id={`${fileInputId}-label`} weight="semibold">
        {t(view.opensMasters ? 'pane.file.labelWithMaster' : 'pane.file.label', {}, lang)}
      </Label>
      <FilePicker
        id={fileInputId}
        lang={lang}
        accept={view.opensMasters ? '.json,application/json,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : '.json,application/json'}
        describedBy={`${fileInputId}-label ${fileHintId}`}
        disabled={disabled}
        onFiles={([file]) => {
          if (file !== undefined) void view.openCampaignFile(file);
        }}
      />
      <Caption1 id={fileHintId} className={styles.hint}>
        {t('pane.file.hint', {}, lang)}
      </Caption1>
      {view.fileFailure !== undefined && (
        <IssueList intent="error" title={t('pane.file.failedTitle', { file: view.fileFailure.fileName }, lang)} issues={view.fileFailure.issues} lang={lang} />
      )}
      {view.fileFailure === undefined && view.fileName !== undefined && (
        <StatusMessage intent="success" title={t('pane.file.heading', {}, lang)} message={t('pane.file.inUse', { file: view.fileName }, lang)} />
      )}
    </div>
  );
}

type ReviewProps = PartProps & { readonly campaign: Campaign; readonly busy: boolean; readonly working: boolean; readonly onWriteToExcel?: () => void };

/** The campaign in use: its summary, the form that edits it, and the master workbook's buttons. */
function CampaignReview({ view, campaign, lang, busy, working, onWriteToExcel, styles }: ReviewProps) {
  const [unitsRequest, setUnitsRequest] = useState(0);
  const gate = useSampleGate(campaign, 'master-samples');
  return (
    <>
      <CampaignSummary heading={t('pane.summary.heading', {}, lang)} summary={summarizeCampaign(campaign, lang)} />
      {view.draft !== undefined && (
        <CampaignEditor
          lang={lang}
          draft={view.draft}
          issues={view.draftIssues}
          catalogue={CATALOGUE}
          unitList={view.unitList}
          disabled={working}
          onEdit={view.edit}
          onChooseUnitList={(file) => void view.chooseUnitList(file)}
          onApplyUnitList={view.applyUnitList}
          unitsRequest={unitsRequest}
          campaign={campaign}
        />
      )}
      {view.draftIssues.length > 0 && (
        <IssueList
          intent="warning"
          title={t('pane.edit.pendingTitle', {}, lang)}
          message={t('pane.edit.pending', { count: view.draftIssues.length }, lang)}
          issues={withoutRoundEchoes(view.draftIssues)}
          lang={lang}
          describe={(issue, language) => describeDraftIssue(view.draft, issue, language)}
        />
      )}
      {view.edited && view.draftIssues.length === 0 && <StatusMessage intent="info" title={t('pane.edit.heading', {}, lang)} message={t('pane.edit.changed', {}, lang)} />}
      {view.edited && (
        <Button className={styles.editActions} appearance="secondary" size="small" disabled={working} onClick={view.resetEdits}>
          {t('pane.edit.reset', {}, lang)}
        </Button>
      )}
      {campaign.units.length === 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('pane.noUnits.title', {}, lang)}</MessageBarTitle>
            {t('pane.noUnits.message', {}, lang)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setUnitsRequest((n) => n + 1)}>
              {t('pane.noUnits.open', {}, lang)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <SampleBlock gate={gate} blocks="master" lang={lang} />
      <div className={styles.actions}>
        {onWriteToExcel !== undefined && (
          <Button appearance="primary" disabledFocusable={busy || working || gate.blocked} {...gate.describedBy} onClick={onWriteToExcel}>
            {t(busy ? 'pane.excel.writeMasterWorking' : 'pane.excel.writeMaster', {}, lang)}
          </Button>
        )}
        <Button
          appearance={onWriteToExcel === undefined ? 'primary' : 'secondary'}
          {...(working ? { icon: <Spinner size="tiny" appearance="inverted" /> } : {})}
          disabledFocusable={working || gate.blocked}
          {...gate.describedBy}
          onClick={() => void view.downloadMaster()}
        >
          {t(working ? 'pane.download.working' : 'pane.download.button', {}, lang)}
        </Button>
        <Caption1 block className={styles.hint}>
          {t('pane.download.hint', {}, lang)}
        </Caption1>
        <Button appearance="secondary" disabledFocusable={working} onClick={view.saveCampaignFile}>
          {t('pane.saveCampaign.button', {}, lang)}
        </Button>
        <Caption1 block className={styles.hint}>
          {t('pane.saveCampaign.hint', {}, lang)}
        </Caption1>
        {view.unsaved && <StatusMessage intent="warning" title={t('pane.saveCampaign.unsavedTitle', {}, lang)} message={t('pane.saveCampaign.unsaved', {}, lang)} />}
      </div>
    </>
  );
}

/** The master workbook's download, failed or saved. */
function DownloadOutcome({ view, lang }: { readonly view: CampaignWorkbook; readonly lang: Lang }) {
  return (
    <>
      {view.status.kind === 'failed' && (
        <StatusMessage
          intent="error"
          title={t('pane.error.title', {}, lang)}
          message={describePaneError(view.status.error, lang)}
          lines={paneErrorLines(view.status.error, lang)}
          dismiss={{ label: t('pane.dismiss', {}, lang), onDismiss: view.dismissStatus }}
        />
      )}
      {view.status.kind === 'saved' && (
        <StatusMessage
          intent="success"
          title={t('pane.download.doneTitle', {}, lang)}
          message={t('pane.download.done', { file: view.status.fileName }, lang)}
          dismiss={{ label: t('pane.dismiss', {}, lang), onDismiss: view.dismissStatus }}
        />
      )}
    </>
  );
}
