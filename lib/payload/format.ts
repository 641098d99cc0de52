import { LOCALES, type TLocale } from '@/lib/i18n/locales';
import htDates from '@/locales/ht/dates.json';

/*
 * Node's ICU has no Haitian Creole data: Intl silently formats ht dates in English. Such languages carry
 * their month names in locales/<lang>/dates.json and are formatted here instead.
 */
const DATE_FALLBACKS: Partial<Record<TLocale, { months: string[]; pattern: string }>> = { ht: htDates };

/**
 * A calendar date (YYYY-MM-DD) in the patient's language. Formatted in UTC so the printed day never
 * shifts with the server's time zone. Always the Gregorian calendar (Persian would otherwise get the
 * Solar Hijri date, a different day number than the clinic's) and Western digits (Bengali and Persian
 * would otherwise get their own), like every other number on the page: the phone numbers, 911 and the
 * doses are printed as the clinic writes them, and one set of digits per page is easier to check.
 */
// A formatter per language, made once: making one is most of the cost of a date (about 0.4 ms, twice a
// handout). Only formatters are kept, never a date formatted with them.
const formatters = new Map<TLocale, (date: Date) => string>();

function formatterFor(locale: TLocale): (date: Date) => string {
  let format = formatters.get(locale);
  if (format === undefined) {
    const tag = LOCALES[locale].tag;
    const fallback = DATE_FALLBACKS[locale];
    if (fallback && Intl.DateTimeFormat.supportedLocalesOf(tag).length === 0) {
      format = (date) =>
        fallback.pattern
          .replace('{day}', String(date.getUTCDate()))
          .replace('{month}', fallback.months[date.getUTCMonth()] ?? '')
          .replace('{year}', String(date.getUTCFullYear()));
    } else {
      const formatter = new Intl.DateTimeFormat(tag, {
        dateStyle: 'long',
        timeZone: 'UTC',
        calendar: 'gregory',
        numberingSystem: 'latn',
      });
      format = (date) => formatter.format(date);
    }
    formatters.set(locale, format);
  }
  return format;
}

export function formatDate(isoDate: string, locale: TLocale): string {
  return formatterFor(locale)(new Date(`${isoDate}T00:00:00Z`));
}
