import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import type { Campaign } from '../../core/schema/campaign';
import type { Indicator } from '../../core/schema/indicator';
import type { Issue } from '../../core/schema/issue';
import { issuesByPath, issuesUnder } from './campaign-edit';
import type { CampaignDraft, CampaignEdit } from './campaign-edit';
import { useEditorStyles } from './editor/common';
import { DocumentsSection } from './editor/DocumentsSection';
import { IndicatorsSection } from './editor/IndicatorsSection';
import { MetaSection } from './editor/MetaSection';
import { RoundsSection } from './editor/RoundsSection';
import { TargetsSection } from './editor/TargetsSection';
import { UnitsSection } from './editor/UnitsSection';
import type { UnitListProps } from './editor/UnitsSection';

export type CampaignEditorProps = UnitListProps & {
  readonly lang: Lang;
  readonly draft: CampaignDraft;
  readonly issues: readonly Issue[];
  /** Indicators that can be added, in catalogue order. */
  readonly catalogue: readonly Indicator[];
  readonly disabled: boolean;
  readonly onEdit: (edit: CampaignEdit) => void;
  /** The valid campaign the draft stands for: each unit's share of a target is worked out from it. */
  readonly campaign?: Campaign | undefined;
  /** Counts the requests to open the "Đơn vị" section (from the no-units notice): each one opens and shows it. */
  readonly unitsRequest?: number;
};

/** Where each section's problems are, for the ⚠ on its folded header. */
const SECTION_PATHS = {
  general: ['title', 'organization', 'plan', 'place', 'period', 'deadline'],
  rounds: ['reportingRounds'],
  indicators: ['indicators', 'checks'],
  targets: ['targets'],
  units: ['units'],
  documents: ['basis', 'recipients', 'signer'],
} as const;
type SectionName = keyof typeof SECTION_PATHS;

/**
 * "Sửa chiến dịch": everything a campaign file holds, in folding sections, so that a district
 * officer never has to edit the JSON by hand.
 */
export function CampaignEditor({ lang, draft, issues, catalogue, unitList, disabled, onEdit, onChooseUnitList, onApplyUnitList, unitsRequest = 0, campaign }: CampaignEditorProps) {
  const styles = useEditorStyles();
  const [open, setOpen] = useState<readonly string[]>([]);
  const unitsHeader = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (unitsRequest === 0) return;
    setOpen((items) => (items.includes('units') ? items : [...items, 'units']));
    unitsHeader.current?.scrollIntoView?.({ block: 'start' });
    unitsHeader.current?.focus();
  }, [unitsRequest]);
  const byPath = issuesByPath(issues);
  const props = { lang, draft, byPath, disabled, onEdit };
  const section = (name: SectionName, title: string, body: ReactNode) => (
    <AccordionItem value={name}>
      <AccordionHeader {...(name === 'units' ? { button: { ref: unitsHeader } } : {})}>
        {title}
        {SECTION_PATHS[name].some((path) => issuesUnder(byPath, path).length > 0) ? ' ⚠' : ''}
      </AccordionHeader>
      <AccordionPanel>{body}</AccordionPanel>
    </AccordionItem>
  );
  return (
    <section className={styles.section} aria-labelledby="campaign-editor-title">
      <Subtitle2 as="h3" block id="campaign-editor-title" className={styles.heading}>
        {t('pane.edit.heading', {}, lang)}
      </Subtitle2>
      <Accordion multiple collapsible openItems={[...open]} onToggle={(_, data) => setOpen(data.openItems.map(String))}>
        {section('general', t('pane.edit.general', {}, lang), <MetaSection {...props} />)}
        {section('rounds', t('pane.edit.rounds', { count: draft.reportingRounds.length }, lang), <RoundsSection {...props} />)}
        {section('indicators', t('pane.edit.indicators', { count: draft.indicators.length }, lang), <IndicatorsSection {...props} catalogue={catalogue} />)}
        {section('targets', t('pane.edit.targets', { count: draft.targets.length }, lang), <TargetsSection {...props} campaign={campaign} />)}
        {section('units', t('pane.edit.units', { count: draft.units.length }, lang), <UnitsSection {...props} unitList={unitList} onChooseUnitList={onChooseUnitList} onApplyUnitList={onApplyUnitList} />)}
        {section('documents', t('pane.edit.documents', {}, lang), <DocumentsSection {...props} />)}
      </Accordion>
    </section>
  );
}
