import type { Metadata } from 'next';

import { TranslationsApp } from './_components/translations-app';

export const metadata: Metadata = { title: 'Translation review · Clinic Handouts' };

/** The clinic's review of a handout language: every string, approved or corrected (issue 16). */
export default function TranslationsPage() {
  return <TranslationsApp />;
}
