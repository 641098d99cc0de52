'use client';

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { type BrandFields, isPlaceholderBrand } from '@/lib/builder/form-state';
import { PROFILE_FIELDS } from '@/lib/builder/profile-form';
import type { TBuilderAction } from '@/lib/builder/reducer';

import { fieldId, TextField } from './field-controls';

interface BrandEditorProps {
  brand: BrandFields;
  errors: ReadonlyMap<string, string>;
  dispatch: (action: TBuilderAction) => void;
  /** Shown under the heading: how to save these details as a clinic profile. */
  children?: ReactNode;
}

// The profile form's fields, less the after-hours line, which only saved profiles carry.
const FIELDS = PROFILE_FIELDS.filter(
  (field): field is Extract<(typeof PROFILE_FIELDS)[number], { name: keyof BrandFields }> =>
    field.name !== 'afterHoursPhone',
);

/** The clinic typed in by hand: used while no clinic profile is saved (see clinic-section.tsx). */
export function BrandEditor({ brand, errors, dispatch, children }: BrandEditorProps) {
  const { t } = useTranslation('ui');
  const set = (field: keyof BrandFields, value: string) => dispatch({ type: 'brand', field, value });
  const errorOf = (name: keyof BrandFields, isRequired: boolean) => {
    const error = errors.get(`brand.${name}`);
    return error && isRequired && brand[name].trim() === '' ? t('errors.required') : error;
  };
  return (
    <section className="panel brand" aria-labelledby="brand-heading">
      <h2 id="brand-heading">{t('brand.legend')}</h2>
      {children}
      {isPlaceholderBrand(brand) ? (
        <p className="warning" role="note">
          {t('brand.placeholderWarning')}
        </p>
      ) : null}
      <div className="grid-2">
        {FIELDS.map((field) => (
          <TextField
            key={field.name}
            id={fieldId(`brand.${field.name}`)}
            label={t(`brand.${field.name}`)}
            type={field.type}
            maxLength={field.maxLength}
            autoComplete={field.autoComplete}
            error={errorOf(field.name, field.isRequired)}
            value={brand[field.name]}
            onChange={(value) => set(field.name, value)}
          />
        ))}
        <TextField
          id={fieldId('brand.accentColor')}
          className="color"
          label={t('brand.accentColor')}
          hint={t('brand.accentHint')}
          error={errors.get('brand.accentColor')}
          value={brand.accentColor}
          maxLength={7}
          onChange={(value) => set('accentColor', value)}
        >
          <input
            type="color"
            className="swatch"
            aria-label={t('brand.accentColor')}
            tabIndex={-1}
            value={/^#[0-9a-fA-F]{6}$/.test(brand.accentColor) ? brand.accentColor : '#000000'}
            onChange={(e) => set('accentColor', e.target.value)}
          />
        </TextField>
      </div>
    </section>
  );
}
