'use client';

import Link from 'next/link';
import { type FormEvent, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { fieldMap, type SectionDescription } from '@/lib/builder/fields';
import { defaultFormState, isPlaceholderBrand } from '@/lib/builder/form-state';
import { clinicianGrade, printFacts } from '@/lib/builder/print-facts';
import { builderReducer } from '@/lib/builder/reducer';
import { checkForm } from '@/lib/builder/spec';
import type { TPreset } from '@/lib/store/schemas';

import { ClinicSection } from './clinic-section';
import { HandoutActions } from './handout-actions';
import { FormatFields, NoteField, VisitFields } from './handout-details';
import type { OutlineTarget } from './pdf-viewer';
import { PreviewPane } from './preview-pane';
import { SavePreset } from './save-preset';
import { SectionNav } from './section-nav';
import { SectionsEditor } from './sections-editor';
import { SignInNotice } from './sign-in-notice';
import { StarterBar } from './starter-bar';
import { UiI18nProvider } from './ui-i18n-provider';
import { UiLanguageSwitch } from './ui-language-switch';
import { useClinicProfiles } from './use-clinic-profiles';
import { useDraft } from './use-draft';
import { useFieldLabel } from './use-field-label';
import { useHandoutPdf } from './use-handout-pdf';
import { useNewHandout } from './use-new-handout';
import { useStoreList } from './use-store-list';
import { useTranslationNotice } from './use-translation-notice';

function BuilderPage({ sections }: { sections: SectionDescription[] }) {
  const { t } = useTranslation('ui');
  const fields = useMemo(() => fieldMap(sections), [sections]);
  // The date stays empty on the server: "today" is the browser's day, filled in when the draft loads.
  const [state, dispatch] = useReducer(builderReducer, '', defaultFormState);
  const check = useMemo(() => checkForm(state, fields), [state, fields]);
  const [announcement, setAnnouncement] = useState('');
  const isLoaded = useDraft(check.spec, state.profile?.id, dispatch);
  const clinic = useClinicProfiles(isLoaded, state.profile, dispatch);
  const presets = useStoreList<TPreset>('/api/presets', 'presets');
  // Nothing is sent while the clinic is still loading: the PDF would print the placeholder one.
  const body = isLoaded && clinic.isReady ? check.body : undefined;
  const preview = useHandoutPdf(body);
  const handout = useNewHandout(state, dispatch, preview.pdf?.body);
  const shownPdf = preview.pdf?.body === handout.hiddenPdf ? undefined : preview.pdf;
  const labelOf = useFieldLabel();
  const [scrollTarget, setScrollTarget] = useState<OutlineTarget>();
  const facts = shownPdf?.pages
    ? printFacts({
        pages: shownPdf.pages,
        locale: state.locale,
        secondaryLocale: state.secondaryLocale,
        textSize: state.textSize,
      })
    : undefined;
  const grade = useMemo(() => clinicianGrade(state), [state]);
  /*
   * An edit inside a section's settings brings the page that section starts on into the preview. The
   * PDF outline has one entry per section in print order (two per section when bilingual), so the
   * section's place in the list is its entry. Any other edit leaves the preview where the reader put it.
   */
  const onFormChange = (event: FormEvent<HTMLFormElement>) => {
    const item = (event.target as HTMLElement)
      .closest('fieldset.params')
      ?.closest<HTMLElement>('[data-section]');
    const index = state.chosen.findIndex((id) => id === item?.dataset.section);
    setScrollTarget(index < 0 ? undefined : { entry: index * (state.secondaryLocale ? 2 : 1) });
  };
  const languageNotice = useTranslationNotice(state.locale);

  return (
    <div className="app">
      <a className="skip-link" href="#preview">
        {t('app.skipToPreview')}
      </a>
      <header className="topbar">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <fieldset className="topbar-tools" disabled={!isLoaded}>
          <StarterBar
            state={state}
            presets={presets.items}
            onStart={handout.start}
            onUndo={handout.undo}
            announce={setAnnouncement}
          />
          <SavePreset
            state={state}
            fields={fields}
            presets={presets.items}
            announce={setAnnouncement}
            onSaved={presets.reload}
          />
          <Link href="/settings" className="settings-link">
            {t('settings.link')}
          </Link>
          {/* Shown to everyone: the review page asks for sign-in itself, and a reviewer starts here too. */}
          <Link href="/translations" className="settings-link">
            {t('translations.link')}
          </Link>
          <UiLanguageSwitch />
        </fieldset>
      </header>
      <SignInNotice />
      <main className="layout">
        <form
          className="form-pane"
          aria-label={t('app.title')}
          onSubmit={(event) => event.preventDefault()}
          onChange={onFormChange}
          aria-busy={!isLoaded}
        >
          {/*
           * Disabled until the draft has loaded: the server's form is on screen before the page's code
           * runs, and the load replaces the whole form, so a language picked or a name typed in that
           * moment was silently undone (seen on a busy machine). The fieldset has no box of its own.
           */}
          <fieldset className="until-loaded" disabled={!isLoaded}>
            <SectionNav chosen={state.chosen} />
            <VisitFields state={state} errors={check.errors} dispatch={dispatch} />
            <FormatFields state={state} dispatch={dispatch} notice={languageNotice} />
            <SectionsEditor
              state={state}
              fields={fields}
              errors={check.errors}
              dispatch={dispatch}
              announce={setAnnouncement}
            />
            <NoteField state={state} errors={check.errors} dispatch={dispatch} />
            <ClinicSection
              state={state}
              errors={check.errors}
              dispatch={dispatch}
              profiles={clinic.profiles}
              isListFailed={clinic.isListFailed}
              isFailed={clinic.isFailed}
              onChoose={clinic.choose}
              onRetry={clinic.retry}
            />
          </fieldset>
        </form>
        <section id="preview" className="preview-pane" aria-labelledby="preview-heading" tabIndex={-1}>
          <HandoutActions
            heading={<h2 id="preview-heading">{t('preview.heading')}</h2>}
            body={body}
            errors={check.errors}
            hasPlaceholderBrand={clinic.isReady && !state.profile && isPlaceholderBrand(state.brand)}
            draftNotice={languageNotice.warning}
            labelOf={labelOf}
            pdfFor={preview.pdfFor}
          />
          <PreviewPane
            pdf={shownPdf}
            isInvalid={check.body === undefined}
            isUpdating={preview.isUpdating}
            isFailed={preview.isFailed}
            onRetry={preview.retry}
            facts={facts}
            grade={grade}
            scrollTarget={scrollTarget}
          />
        </section>
      </main>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** The handout builder: the form, the live preview, download and print. */
export function Builder({ sections }: { sections: SectionDescription[] }) {
  return (
    <UiI18nProvider>
      <BuilderPage sections={sections} />
    </UiI18nProvider>
  );
}
