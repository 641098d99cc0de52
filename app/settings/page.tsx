import type { Metadata } from 'next';

import { SettingsApp } from './_components/settings-app';

export const metadata: Metadata = { title: 'Settings · Clinic Handouts' };

/** Clinic profiles, saved handouts, export and import: everything the store keeps. */
export default function SettingsPage() {
  return <SettingsApp />;
}
