'use client';

import { useTranslation } from 'react-i18next';

import type { FormState } from '@/lib/builder/form-state';
import type { TBuilderAction } from '@/lib/builder/reducer';
import { LOCALES, type TLocale, ZLocaleSchema } from '@/lib/i18n/locales';
import { ZPaperSchema, ZTextSizeSchema, ZUnitsSchema } from '@/lib/spec/ids';

import { fieldId, RadioGroup, TextField } from './field-controls';
import type { TTranslationNotice } from './use-translation-notice';

interface DetailsProps {
  state: FormState;
  errors: ReadonlyMap<string, string>;
  dispatch: (action: TBuilderAction) => void;
}

/** Who the handout is for and from. The patient's name is never stored, so the browser may not keep it either. */
export function VisitFields({ state, errors, dispatch }: DetailsProps) {
  const { t } = useTranslation('ui');
  const field = (key: string) => ({ id: fieldId(key), error: errors.get(key) });
  return (
    <fieldset className="panel grid-2">
      <legend>{t('visit.legend')}</legend>
      <TextField
        {...field('patient.name')}
        label={t('visit.patientName')}
        hint={t('visit.patientNameHint')}
        autoComplete="off"
        maxLength={80}
        value={state.patient.name}
        onChange={(value) => dispatch({ type: 'patient', field: 'name', value })}
      />
      <TextField
        {...field('patient.date')}
        label={t('visit.date')}
        type="date"
        value={state.patient.date}
        onChange={(value) => dispatch({ type: 'patient', field: 'date', value })}
      />
      <TextField
        {...field('clinician.name')}
        label={t('visit.clinicianName')}
        autoComplete="name"
        maxLength={80}
        value={state.clinician.name}
        onChange={(value) => dispatch({ type: 'clinician', field: 'name', value })}
      />
      <TextField
        {...field('clinician.credentials')}
        label={t('visit.credentials')}
        hint={t('visit.credentialsHint')}
        maxLength={40}
        value={state.clinician.credentials}
        onChange={(value) => dispatch({ type: 'clinician', field: 'credentials', value })}
      />
    </fieldset>
  );
}

/** Languages by their own names ("Español", "العربية"), each marked with its language for screen readers. */
function LocaleOptions({ except }: { except?: TLocale }) {
  return (Object.entries(LOCALES) as [TLocale, (typeof LOCALES)[TLocale]][])
    .filter(([code]) => code !== except)
    .map(([code, info]) => (
      <option key={code} value={code} lang={info.tag}>
        {info.nativeName}
      </option>
    ));
}

export function FormatFields({
  state,
  dispatch,
  notice,
}: Omit<DetailsProps, 'errors'> & { notice: TTranslationNotice }) {
  const { t } = useTranslation('ui');
  const onLocale = (value: string) => {
    const locale = ZLocaleSchema.safeParse(value);
    if (locale.success) dispatch({ type: 'locale', value: locale.data });
  };
  return (
    <fieldset className="panel format">
      <legend>{t('format.legend')}</legend>
      <div className="field">
        <label htmlFor={fieldId('locale')}>{t('format.language')}</label>
        <select
          id={fieldId('locale')}
          value={state.locale}
          aria-describedby={notice.warning || notice.reviewed ? fieldId('locale-notice') : undefined}
          onChange={(e) => onLocale(e.target.value)}
        >
          <LocaleOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor={fieldId('secondaryLocale')}>{t('format.secondLanguage')}</label>
        <select
          id={fieldId('secondaryLocale')}
          value={state.secondaryLocale ?? ''}
          aria-describedby={fieldId('secondaryLocale-hint')}
          onChange={(e) => {
            const locale = ZLocaleSchema.safeParse(e.target.value);
            dispatch({ type: 'secondaryLocale', value: locale.success ? locale.data : undefined });
          }}
        >
          <option value="">{t('format.secondLanguageNone')}</option>
          <LocaleOptions except={state.locale} />
        </select>
        <p className="hint" id={fieldId('secondaryLocale-hint')}>
          {t('format.secondLanguageHint')}
        </p>
      </div>
      {notice.warning ? (
        <p className="warning" role="status" id={fieldId('locale-notice')}>
          {notice.warning}
        </p>
      ) : notice.reviewed ? (
        <p className="hint" role="status" id={fieldId('locale-notice')}>
          {notice.reviewed}
        </p>
      ) : null}
      <RadioGroup
        id={fieldId('paper')}
        label={t('format.paper')}
        options={ZPaperSchema.options.map((value) => ({ value, label: t(`format.${value}`) }))}
        value={state.paper}
        onChange={(value) => dispatch({ type: 'paper', value: ZPaperSchema.parse(value) })}
      />
      <RadioGroup
        id={fieldId('units')}
        label={t('format.units')}
        options={ZUnitsSchema.options.map((value) => ({ value, label: t(`format.${value}`) }))}
        value={state.units}
        onChange={(value) => dispatch({ type: 'units', value: ZUnitsSchema.parse(value) })}
      />
      <RadioGroup
        id={fieldId('textSize')}
        label={t('format.textSize')}
        options={ZTextSizeSchema.options.map((value) => ({ value, label: t(`format.${value}`) }))}
        value={state.textSize}
        onChange={(value) => dispatch({ type: 'textSize', value: ZTextSizeSchema.parse(value) })}
      />
    </fieldset>
  );
}

/** Text the clinician typed for this patient: it prints as typed, never translated. */
function typedText(state: FormState): string[] {
  const params = (id: string) =>
    state.params[id as keyof typeof state.params] as Record<string, unknown> | undefined;
  return [state.note, params('staying-active')?.workNote, params('medicine')?.clinicianText].filter(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
}

export function NoteField({ state, errors, dispatch }: DetailsProps) {
  const { t, i18n } = useTranslation('ui');
  // The clinician types in the screen's language; a patient reading another one gets those words as typed.
  const isUntranslated = state.locale !== i18n.language && typedText(state).length > 0;
  return (
    <div className="panel">
      {isUntranslated ? (
        <p className="warning" role="status" id={fieldId('note-untranslated')}>
          {t('note.untranslated', { language: LOCALES[state.locale].nativeName })}
        </p>
      ) : null}
      <TextField
        id={fieldId('note')}
        label={t('note.label')}
        hint={t('note.hint', { max: 600 })}
        error={errors.get('note')}
        isMultiline
        maxLength={600}
        value={state.note}
        onChange={(value) => dispatch({ type: 'note', value })}
      />
    </div>
  );
}
