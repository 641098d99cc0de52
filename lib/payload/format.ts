import type { TLocale } from '@/lib/i18n/locales';
import { LOCALES } from '@/lib/i18n/locales';

/**
 * A calendar date (YYYY-MM-DD) in the patient's language. Formatted in UTC so the printed day never
 * shifts with the server's time zone.
 */
export function formatDate(isoDate: string, locale: TLocale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(LOCALES[locale].tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
