import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { describeIssue, t } from '../core';
import type { Lang } from '../core';
import { readFillInForm } from '../adapters/xlsx/read-fill-in';
import type { FillInForm } from '../adapters/xlsx/read-fill-in';
import { FormView } from './FormView';

type Opened =
  | { readonly kind: 'choose' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'refused'; readonly file: string; readonly sentences: readonly string[] }
  | { readonly kind: 'form'; readonly form: FillInForm; readonly bytes: Uint8Array };

const LANG_KEY = 'danvan.lang';

/** The page: choose the received workbook, then fill it in; any file that is not one gets sentences, never a blank page. */
export function PhoneApp({ storage }: { readonly storage: Storage | undefined }) {
  const [lang, setLang] = useState<Lang>(() => (readLang(storage) === 'en' ? 'en' : 'vi'));
  const [opened, setOpened] = useState<Opened>({ kind: 'choose' });

  const switchLang = () => {
    const next: Lang = lang === 'vi' ? 'en' : 'vi';
    setLang(next);
    document.documentElement.lang = next;
    try {
      storage?.setItem(LANG_KEY, next);
    } catch {
      // Language just is not remembered.
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setOpened({ kind: 'reading' });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const read = await readFillInForm(bytes, file.name);
      setOpened(read.ok ? { kind: 'form', form: read.value, bytes } : { kind: 'refused', file: file.name, sentences: read.error.map((issue) => describeIssue(issue, lang)) });
    } catch (error) {
      setOpened({ kind: 'refused', file: file.name, sentences: [String(error)] });
    }
  };

  return (
    <main>
      <header className="bar">
        <h1>{t('phone.title', {}, lang)}</h1>
        <button type="button" onClick={switchLang} lang={lang === 'vi' ? 'en' : 'vi'} data-testid="language">
          {t('phone.language', {}, lang)}
        </button>
      </header>
      {opened.kind !== 'form' && <p className="muted">{t('phone.intro', {}, lang)}</p>}
      <FilePicker lang={lang} again={opened.kind !== 'choose' && opened.kind !== 'reading'} onFile={onFile} />
      {opened.kind === 'reading' && <p role="status">{t('phone.reading', {}, lang)}</p>}
      {opened.kind === 'refused' && (
        <div className="alert" role="alert" data-testid="refused">
          <p>
            <strong>{t('phone.cannotOpen', { file: opened.file }, lang)}</strong>
          </p>
          {opened.sentences.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
      )}
      {opened.kind === 'form' && <FormView key={opened.form.raw.sha256} form={opened.form} bytes={opened.bytes} lang={lang} storage={storage} />}
    </main>
  );
}

function FilePicker({ lang, again, onFile }: { readonly lang: Lang; readonly again: boolean; readonly onFile: (event: ChangeEvent<HTMLInputElement>) => void }) {
  return (
    <div>
      {/* A visible label as the touch target: the input itself is hard to style on phones. */}
      <input
        id="workbook-file"
        className="file-input"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/octet-stream"
        onChange={(event) => void onFile(event)}
        data-testid="file"
      />
      <label htmlFor="workbook-file" className={again ? 'button file-label' : 'button primary file-label'}>
        {t(again ? 'phone.chooseOther' : 'phone.choose', {}, lang)}
      </label>
    </div>
  );
}

function readLang(storage: Storage | undefined): string | null {
  try {
    return storage?.getItem(LANG_KEY) ?? null;
  } catch {
    return null;
  }
}
