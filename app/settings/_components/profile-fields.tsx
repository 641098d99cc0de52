'use client';

import { useTranslation } from 'react-i18next';

import { fieldId, TextField } from '@/app/_components/field-controls';
import { PROFILE_FIELDS, type TProfileField, type TProfileValues } from '@/lib/builder/profile-form';

interface ProfileFieldsProps {
  values: TProfileValues;
  errorOf: (field: TProfileField) => string | undefined;
  onChange: (field: TProfileField, value: string) => void;
}

export const profileFieldId = (field: string) => fieldId(`profile.${field}`);

/** The profile's text fields and its accent colour (typed as hex, or picked with the mouse). */
export function ProfileFields({ values, errorOf, onChange }: ProfileFieldsProps) {
  const { t } = useTranslation('ui');
  return (
    <div className="grid-2">
      {PROFILE_FIELDS.map((field) => (
        <TextField
          key={field.name}
          id={profileFieldId(field.name)}
          label={t(`profiles.${field.name}`)}
          type={field.type}
          maxLength={field.maxLength}
          autoComplete={field.autoComplete}
          error={errorOf(field.name)}
          value={values[field.name]}
          onChange={(value) => onChange(field.name, value)}
        />
      ))}
      <TextField
        id={profileFieldId('accentColor')}
        className="color"
        label={t('profiles.accentColor')}
        hint={t('profiles.accentHint')}
        error={errorOf('accentColor')}
        value={values.accentColor}
        maxLength={7}
        autoComplete="off"
        onChange={(value) => onChange('accentColor', value)}
      >
        {/* The hex field is the keyboard's way in; the picker is a shortcut for the mouse. */}
        <input
          type="color"
          className="swatch"
          aria-label={t('profiles.accentPicker')}
          tabIndex={-1}
          value={/^#[0-9a-fA-F]{6}$/.test(values.accentColor) ? values.accentColor : '#000000'}
          onChange={(event) => onChange('accentColor', event.target.value)}
        />
      </TextField>
    </div>
  );
}
