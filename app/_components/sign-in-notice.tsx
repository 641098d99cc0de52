'use client';

import Link from 'next/link';
import { useTranslation } from 'react-i18next';

import { useSession } from './use-session';

/** When the clinic requires sign-in to build and nobody is signed in, say so before anything fails. */
export function SignInNotice() {
  const { t } = useTranslation('ui');
  const { state } = useSession();
  if (!state?.requireSignInToBuild || state.user) return null;
  return (
    <p className="notice sign-in-notice" role="status">
      {t('auth.signInToBuild')} <Link href="/settings#sign-in">{t('auth.signInLink')}</Link>
    </p>
  );
}
