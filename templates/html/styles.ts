import type { TTextSize } from '@/lib/spec/ids';

import type { Theme } from '../theme';

// Large print (issue 11): every size here is in rem, so one root size scales the whole copy, 18 pt body at
// 100 % zoom on paper; the layout is one column already.
const LARGE_PRINT = '\nhtml { font-size: 133%; }';

/**
 * The web copy's only style sheet, inline. Built for a phone first (one column, large type, nothing
 * wider than the screen) and for print (@media print). Logical properties (inline-start/end) mirror
 * the layout for right-to-left languages by themselves. Colours are the PDF theme's: the accent is
 * validated readable on white (lib/spec/color.ts), the warning colours are fixed.
 */
export function htmlStyles(color: Theme['color'], textSize: TTextSize): string {
  return `
:root { color-scheme: light; }${textSize === 'large' ? LARGE_PRINT : ''}
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: ${color.text};
  font: 1.125rem/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC",
    "Noto Sans Devanagari", "Noto Sans Bengali", "Noto Sans Ethiopic", sans-serif;
  overflow-wrap: anywhere; }
.page { max-width: 44rem; margin: 0 auto; padding: 1rem; }
header.clinic { display: flex; gap: 0.75rem; align-items: center; padding-bottom: 0.75rem;
  border-bottom: 4px solid ${color.accent}; }
header.clinic img { max-height: 3.5rem; max-width: 9rem; object-fit: contain; }
.clinic-name { margin: 0; font-weight: 700; font-size: 1.25rem; color: ${color.accent}; }
.clinic-contact { margin: 0; font-size: 1rem; color: ${color.muted}; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 1rem 0 0.25rem; }
.second-title, .subtitle { margin: 0.25rem 0; color: ${color.muted}; }
.facts { list-style: none; padding: 0; margin: 0.75rem 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.note { background: ${color.accentTint}; border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0; }
.note h2 { font-size: 1.125rem; color: ${color.text}; margin: 0 0 0.25rem; }
.note p { margin: 0; white-space: pre-line; }
.section { margin: 2rem 0; }
h2 { font-size: 1.4rem; line-height: 1.3; color: ${color.accent}; margin: 0 0 0.5rem; }
h3 { font-size: 1.15rem; line-height: 1.35; margin: 1rem 0 0.4rem; }
.translation { border-inline-start: 4px solid ${color.rule}; padding-inline-start: 0.75rem; }
.language-label { margin: 0; font-size: 0.9rem; color: ${color.muted}; }
p { margin: 0 0 0.75rem; }
ul, ol { margin: 0 0 0.75rem; padding-inline-start: 1.6rem; }
li { margin-bottom: 0.4rem; }
li::marker { color: ${color.accent}; font-weight: 700; }
.figure-row { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; align-items: flex-start; }
.figure-row > ol, .figure-row > ul { flex: 1 1 16rem; }
.drawings { flex: 0 1 15rem; min-width: 12rem; }
figure { margin: 0 0 0.5rem; }
.drawing { display: block; width: 100%; height: auto; }
figcaption { text-align: center; font-size: 1rem; color: ${color.muted}; }
figure.is-dont figcaption { color: ${color.emergency}; }
.callout { border: 1px solid ${color.text}; background: #f4f4f4; border-radius: 6px; padding: 0.75rem 1rem;
  margin: 0 0 1rem; }
.callout h3 { margin-top: 0; }
.callout ul { margin-bottom: 0; }
.callout-note { border-color: ${color.accent}; background: ${color.accentTint}; }
.callout-emergency { border: 3px solid ${color.emergency}; background: ${color.emergencyTint}; }
.callout-emergency h3 { color: ${color.emergency}; }
.callout-urgent { border: 3px solid ${color.urgent}; background: ${color.urgentTint}; }
.callout-urgent h3 { color: ${color.urgent}; }
.do-dont { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
.do-dont > div { flex: 1 1 14rem; }
.do h3 { color: ${color.accent}; }
.dont h3 { color: ${color.emergency}; }
.tracker { width: 100%; border-collapse: collapse; font-size: 0.85rem; margin: 0 0 1rem; }
.tracker th, .tracker td { border: 1px solid ${color.rule}; padding: 0.25rem; text-align: center; }
.tracker thead { background: ${color.accentTint}; }
.tracker tbody th { text-align: start; font-weight: 400; width: 30%; }
/* "Day 1" may wrap between its words, never inside one. */
.tracker thead th { font-size: 0.75rem; overflow-wrap: normal; padding: 0.25rem 1px; }
.boxes { display: flex; flex-wrap: wrap; justify-content: center; gap: 2px; }
.box { display: inline-block; width: 0.7rem; height: 0.7rem; border: 1px solid ${color.text}; }
footer { border-top: 1px solid ${color.rule}; margin-top: 2rem; padding-top: 0.75rem; font-size: 1rem;
  color: ${color.muted}; }
footer p { margin: 0 0 0.25rem; }
.emergency-line { font-weight: 700; color: ${color.emergency}; }
@media print {
  @page { margin: 1.5cm; }
  body { font-size: 12pt; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .page { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  .callout, .figure-block, .do-dont, .tracker, li { break-inside: avoid; }
}
`;
}
