import { Body1, Button, Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Campaign } from '../../core';
import { t } from '../../core/messages';
import type { Lang } from '../../core/messages';
import type { FlowServices } from '../shared/flow-context';
import type { FormPageQr } from '../shared/file-workbooks';
import { SampleBlock, useSampleGate } from '../shared/SampleBlock';
import { StatusMessage } from '../shared/StatusMessage';
import { StepNotice } from '../shared/StepNotice';
import { StepSection } from '../shared/StepSection';

export type PublishViewProps = {
  readonly campaign: Campaign;
  readonly lang: Lang;
  readonly busy: boolean;
  readonly onDownload: () => void;
  /** Opens step 1, where sample values are replaced. */
  readonly onOpenCampaign?: () => void;
  /** The phone form's address and QR code; without it the step shows neither. */
  readonly loadFormQr?: FlowServices['formPageQr'];
};

/** The QR code's side on screen: a phone camera reads it from a laptop screen at arm's length. */
export const FORM_QR_PX = 160;

const useStyles = makeStyles({
  heading: { margin: 0 },
  phone: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  url: { overflowWrap: 'anywhere' },
  qr: { width: `${FORM_QR_PX}px`, height: `${FORM_QR_PX}px`, backgroundColor: '#fff' },
});

/** "Phát hành": every unit's fill-in workbook and the master, as one zip; and the phone form's address. */
export function PublishView({ campaign, lang, busy, onDownload, onOpenCampaign, loadFormQr }: PublishViewProps) {
  const styles = useStyles();
  const count = campaign.units.length;
  const formQr = useFormQr(loadFormQr, lang);
  const gate = useSampleGate(campaign, 'publish-samples');
  return (
    <StepSection id="publish" title={t('pane.publish.title', {}, lang)}>
      {count === 0 ? (
        <StatusMessage intent="warning" title={t('pane.publish.title', {}, lang)} message={t('pane.publish.noUnits', {}, lang)} />
      ) : (
        <>
          <Body1 as="p" block>
            {t('pane.publish.intro', { count }, lang)}
          </Body1>
          <SampleBlock gate={gate} blocks="forms" lang={lang} onOpenCampaign={onOpenCampaign} />
          <Button appearance="primary" disabledFocusable={busy || gate.blocked} {...gate.describedBy} onClick={onDownload}>
            {t('pane.publish.button', {}, lang)}
          </Button>
          <StepNotice />
        </>
      )}
      {formQr !== undefined && (
        <section className={styles.phone} aria-labelledby="publish-phone-title">
          <Subtitle2 as="h3" block id="publish-phone-title" className={styles.heading}>
            {t('wb.guide.phone.heading', {}, lang)}
          </Subtitle2>
          <Body1 as="p" block>
            {t('pane.publish.phoneText', {}, lang)}
          </Body1>
          <Link className={styles.url} href={formQr.url} target="_blank" rel="noopener noreferrer">
            {formQr.url}
          </Link>
          <img className={styles.qr} src={formQr.src} alt={t('wb.guide.phone.qrAlt', { url: formQr.url }, lang)} width={FORM_QR_PX} height={FORM_QR_PX} />
        </section>
      )}
    </StepSection>
  );
}

/** The form page's QR code, loaded with the workbook layer when the step first shows. */
function useFormQr(load: FlowServices['formPageQr'], lang: Lang): FormPageQr | undefined {
  const [qr, setQr] = useState<FormPageQr | undefined>(undefined);
  useEffect(() => {
    if (load === undefined) return undefined;
    let live = true;
    void load(FORM_QR_PX, (url) => t('wb.guide.phone.qrAlt', { url }, lang)).then((loaded) => {
      if (live) setQr(loaded);
    });
    return () => {
      live = false;
    };
  }, [load, lang]);
  return qr;
}
