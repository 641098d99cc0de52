'use client';

import { useTranslation } from 'react-i18next';

import { fieldId, TextField } from '@/app/_components/field-controls';

export interface TAccountValues {
  username: string;
  displayName: string;
  password: string;
}

interface AccountFieldsProps {
  /** Keeps the field ids apart when two forms are on one page. */
  idPrefix: string;
  values: TAccountValues;
  errors: ReadonlyMap<string, string>;
  onChange: (values: TAccountValues) => void;
  /** A new account (name asked, password hint, the browser offers a new password) or a sign-in. */
  isNew: boolean;
  /** The name field's label: "Your name" when people make their own account, another when an admin adds someone. */
  nameLabel?: string;
}

/** User name, display name and password: the first-admin form, sign-in and the users panel. */
export function AccountFields({ idPrefix, values, errors, onChange, isNew, nameLabel }: AccountFieldsProps) {
  const { t } = useTranslation('ui');
  const field = (name: keyof TAccountValues) => ({
    id: fieldId(`${idPrefix}.${name}`),
    value: values[name],
    error: errors.get(name),
    onChange: (value: string) => onChange({ ...values, [name]: value }),
  });
  return (
    <>
      <TextField
        {...field('username')}
        label={t('auth.username')}
        autoComplete={isNew ? 'off' : 'username'}
        maxLength={60}
      />
      {isNew ? (
        <TextField
          {...field('displayName')}
          label={nameLabel ?? t('auth.displayName')}
          autoComplete="off"
          maxLength={80}
        />
      ) : null}
      <TextField
        {...field('password')}
        label={t('auth.password')}
        type="password"
        autoComplete={isNew ? 'new-password' : 'current-password'}
        hint={isNew ? t('auth.passwordHint') : undefined}
        maxLength={200}
      />
    </>
  );
}
