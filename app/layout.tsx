import './globals.css';

import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: 'Clinic Handouts',
  description: 'Build a patient handout for low back muscle spasm.',
  icons: { icon: '/favicon.svg' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/**
 * Rendered per request: the pages' script nonce (proxy.ts) is new each time, and Next can only put it
 * on its scripts in a page it renders now, not in one prerendered at build time.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
