import { z } from 'zod';

/*
 * Free text typed by a clinician ends up in a PDF. react-pdf prints emoji as garbage and control
 * characters as boxes, so both are refused with a message the clinician can act on.
 */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{200D}/u;
// C0/C1 controls (tab and newlines handled separately), private use, unassigned, lone surrogates.
const ODD = /[\p{Cc}\p{Co}\p{Cn}\p{Cs}]/u;
const LINE_BREAKS = /[\n\r]/;

interface TextOptions {
  max: number;
  isMultiline?: boolean;
}

function describeProblem(value: string, isMultiline: boolean): string | undefined {
  if (EMOJI.test(value)) return 'Emoji cannot be printed. Please remove them.';
  const withoutAllowed = isMultiline ? value.replace(/\r\n|\n|\t/g, ' ') : value.replace(/\t/g, ' ');
  if (!isMultiline && LINE_BREAKS.test(withoutAllowed)) return 'Use a single line here.';
  const odd = withoutAllowed.match(ODD);
  if (odd) {
    const code = odd[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    return `This text contains a character that cannot be printed (U+${code}).`;
  }
  return undefined;
}

/** Printable free text: trimmed, length-limited, no emoji and no invisible control characters. */
export function printableText({ max, isMultiline = false }: TextOptions) {
  return z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters.`)
    .superRefine((value, ctx) => {
      const problem = describeProblem(value.normalize('NFC'), isMultiline);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((value) => value.normalize('NFC'));
}

export function requiredText(options: TextOptions) {
  return printableText(options).pipe(z.string().min(1, 'This field is required.'));
}
