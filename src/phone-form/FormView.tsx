import { useEffect, useMemo, useState } from 'react';
import { t } from '../core';
import type { Indicator, Lang } from '../core';
import type { FillInForm } from '../adapters/xlsx/read-fill-in';
import { loadAnswers, saveAnswers } from './answer-store';
import type { FormKey } from './answer-store';
import { NO_ANSWERS, answerCells, checkAnswers, filledFileName, findingsByField, formSections, shownRate } from './form-model';
import type { Answers, HeaderField } from './form-model';
import { canShareFile, downloadBlob, shareFile, workbookFile } from './save-file';

type Finding = { readonly severity: 'error' | 'warning'; readonly text: string };
type Written = { readonly file: File; readonly shareable: boolean } | { readonly failed: string } | 'writing' | undefined;

/** The received workbook as a form: header block, then the indicators by section, checked as the district checks. */
export function FormView({ form, bytes, lang, storage }: { readonly form: FillInForm; readonly bytes: Uint8Array; readonly lang: Lang; readonly storage: Storage | undefined }) {
  const key: FormKey = { campaignId: form.raw.identity.campaignId, unitCode: form.raw.identity.unitCode, fingerprint: form.raw.identity.fingerprint };
  const [restored] = useState(() => loadAnswers(storage, key));
  const [answers, setAnswers] = useState<Answers>(restored ?? NO_ANSWERS);
  const [written, setWritten] = useState<Written>(undefined);
  const checked = useMemo(() => checkAnswers(form, answers), [form, answers]);
  const findings = useMemo(() => findingsByField(form, checked, lang), [form, checked, lang]);
  const sections = useMemo(() => formSections(form), [form]);

  // Kept on every change: a phone may close the tab at any moment.
  useEffect(() => saveAnswers(storage, key, answers), [answers]);

  const setHeader = (field: HeaderField, value: string) => {
    setWritten(undefined);
    setAnswers((a) => ({ ...a, header: { ...a.header, [field]: value } }));
  };
  const setValue = (code: string, value: string) => {
    setWritten(undefined);
    setAnswers((a) => ({ ...a, values: { ...a.values, [code]: value } }));
  };

  const write = async () => {
    setWritten('writing');
    try {
      const { writeAnswers } = await import(/* webpackChunkName: "phone-writer" */ '../adapters/xlsx/write-answers');
      const filled = await writeAnswers(bytes, form.raw.sheet, answerCells(form, answers));
      const file = workbookFile(filled, filledFileName(form));
      downloadBlob(file);
      setWritten({ file, shareable: canShareFile(file) });
    } catch (error) {
      setWritten({ failed: error instanceof Error ? error.message : String(error) });
    }
  };

  const all = [...findings.values()].flat();
  const errors = all.filter((f) => f.severity === 'error');
  const warnings = all.filter((f) => f.severity === 'warning');
  const general = findings.get('') ?? [];
  const rounds = form.campaign.reportingRounds;

  return (
    <div data-testid="form">
      <div className="card">
        <div className="muted">{t('phone.campaign', {}, lang)}</div>
        <div>{form.campaign.title}</div>
        <div className="muted">{t('phone.unit', {}, lang)}</div>
        <div>
          <strong>{form.unit.name}</strong> ({form.unit.code})
        </div>
        {restored && <p className="notice">{t('phone.restored', {}, lang)}</p>}
        {!restored && <p className="muted">{t('phone.saved', {}, lang)}</p>}
        <FindingList findings={general} />
      </div>

      <h2>{t('phone.headerSection', {}, lang)}</h2>
      <div className="card">
        <TextField id="reporter" label={t('phone.reporter', {}, lang)} value={answers.header.reporter} onChange={(v) => setHeader('reporter', v)} findings={findings.get('reporter')} autoComplete="name" />
        <TextField id="phone" label={t('phone.phone', {}, lang)} value={answers.header.phone} onChange={(v) => setHeader('phone', v)} findings={findings.get('phone')} type="tel" autoComplete="tel" />
        <TextField id="reportDate" label={t('phone.reportDate', {}, lang)} value={answers.header.reportDate} onChange={(v) => setHeader('reportDate', v)} findings={findings.get('reportDate')} type="date" />
        {rounds.length > 1 ? (
          <Field id="round" label={t('phone.round', {}, lang)} findings={findings.get('round')}>
            <select id="f-round" value={answers.header.round} onChange={(e) => setHeader('round', e.target.value)}>
              <option value="">{t('phone.choiceNone', {}, lang)}</option>
              {rounds.map((round) => (
                <option key={round.id} value={round.label}>
                  {round.label}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <p className="muted">
            {t('phone.round', {}, lang)}: {rounds[0]?.label}
          </p>
        )}
      </div>

      {sections.map(({ section, indicators }) => (
        <section key={section}>
          <h2>{t(`section.${section}`, {}, lang)}</h2>
          {indicators.map(({ indicator, target }) => (
            <div className="card" key={indicator.code} data-code={indicator.code}>
              <IndicatorField indicator={indicator} target={target} lang={lang} value={answers.values[indicator.code] ?? ''} onChange={(v) => setValue(indicator.code, v)} findings={findings.get(indicator.code)} rate={rateNeedsDistrict(indicator) ? undefined : shownRate(checked, indicator, lang)} />
            </div>
          ))}
        </section>
      ))}

      <h2>{t('phone.summaryTitle', {}, lang)}</h2>
      <div className="card" data-testid="summary">
        {errors.length === 0 && warnings.length === 0 && <p>{t('phone.summaryReady', {}, lang)}</p>}
        {errors.length > 0 && <p className="error">{t('phone.summaryErrors', { count: errors.length }, lang)}</p>}
        <FindingList findings={errors} />
        {warnings.length > 0 && <p className="warning">{t('phone.summaryWarnings', { count: warnings.length }, lang)}</p>}
        <FindingList findings={warnings} />
        <button type="button" className="primary" onClick={() => void write()} disabled={written === 'writing'} data-testid="download">
          {t(written === 'writing' ? 'phone.writing' : 'phone.download', {}, lang)}
        </button>
        {written !== undefined && written !== 'writing' && 'file' in written && (
          <>
            <p role="status">{t('phone.written', { file: written.file.name }, lang)}</p>
            {written.shareable && (
              <button type="button" className="wide" onClick={() => void shareFile(written.file).catch(() => undefined)} data-testid="share">
                {t('phone.share', {}, lang)}
              </button>
            )}
          </>
        )}
        {written !== undefined && written !== 'writing' && 'failed' in written && (
          <p className="alert" role="alert">
            {t('phone.writeFailed', { detail: written.failed }, lang)}
          </p>
        )}
      </div>
    </div>
  );
}

function IndicatorField(props: {
  readonly indicator: Indicator;
  readonly target: string;
  readonly lang: Lang;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly findings: readonly Finding[] | undefined;
  readonly rate: string | undefined;
}) {
  const { indicator, target, lang, value, onChange, findings } = props;
  const id = `f-${indicator.code}`;
  const invalid = (findings ?? []).some((f) => f.severity === 'error');
  const label = (
    <>
      {indicator.code}. {indicator.label[lang]} {indicator.required && <span className="required">({t('phone.required', {}, lang)})</span>}
    </>
  );
  const facts = [indicator.measure && t('phone.measure', { measure: indicator.measure }, lang), target && t('phone.target', { target }, lang)].filter(Boolean).join(' · ');
  const described = `${id}-help`;
  const control = (() => {
    switch (indicator.type) {
      case 'rate':
        return (
          <p className="computed" id={id} aria-live="polite">
            {props.rate ?? '—'} <span className="muted">{t(props.rate === undefined ? (rateNeedsDistrict(indicator) ? 'phone.atDistrict' : 'phone.computedWaiting') : 'phone.computed', {}, lang)}</span>
          </p>
        );
      case 'yesno':
        return (
          <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={invalid} aria-describedby={described}>
            <option value="">{t('phone.choiceNone', {}, lang)}</option>
            <option value={t('yes')}>{t('yes', {}, lang)}</option>
            <option value={t('no')}>{t('no', {}, lang)}</option>
          </select>
        );
      case 'choice':
        return (
          <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={invalid} aria-describedby={described}>
            <option value="">{t('phone.choiceNone', {}, lang)}</option>
            {indicator.choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {lang === 'vi' ? choice.value : choice.en}
              </option>
            ))}
          </select>
        );
      case 'date':
        return <input id={id} type="date" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={invalid} aria-describedby={described} />;
      case 'text':
        return <textarea id={id} value={value} maxLength={indicator.maxLength + 100} onChange={(e) => onChange(e.target.value)} aria-invalid={invalid} aria-describedby={described} />;
      default:
        // Text, not a number input: "1.500" and "2,5" are how the clerk writes numbers, and the reader reads them so.
        return <input id={id} type="text" inputMode="decimal" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={invalid} aria-describedby={described} />;
    }
  })();
  return (
    <Field id={indicator.code} label={label} findings={findings} htmlFor={id}>
      {facts && <p className="muted">{facts}</p>}
      {control}
      {indicator.help && (
        <p className="muted" id={described}>
          {indicator.help[lang]}
        </p>
      )}
    </Field>
  );
}

/** A rate over several units (a count of units, or a choice counted across them) waits for the district, as the fill-in's own cell says. */
function rateNeedsDistrict(indicator: Indicator): boolean {
  return indicator.type === 'rate' && [indicator.numerator, indicator.denominator].some((term) => 'choices' in term || 'unitCount' in term);
}

function TextField(props: {
  readonly id: HeaderField;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly findings: readonly Finding[] | undefined;
  readonly type?: 'text' | 'tel' | 'date';
  readonly autoComplete?: string;
}) {
  const invalid = (props.findings ?? []).some((f) => f.severity === 'error');
  return (
    <Field id={props.id} label={props.label} findings={props.findings} htmlFor={`f-${props.id}`}>
      <input id={`f-${props.id}`} type={props.type ?? 'text'} value={props.value} autoComplete={props.autoComplete} onChange={(e) => props.onChange(e.target.value)} aria-invalid={invalid} />
    </Field>
  );
}

function Field(props: { readonly id: string; readonly label: React.ReactNode; readonly findings: readonly Finding[] | undefined; readonly htmlFor?: string; readonly children: React.ReactNode }) {
  return (
    <div className="field-block" data-field={props.id}>
      <label className="field" htmlFor={props.htmlFor ?? `f-${props.id}`}>
        {props.label}
      </label>
      {props.children}
      <FindingList findings={props.findings ?? []} />
    </div>
  );
}

function FindingList({ findings }: { readonly findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings" data-testid="findings">
      {findings.map((f, i) => (
        <li key={i} className={f.severity}>
          {f.text}
        </li>
      ))}
    </ul>
  );
}
