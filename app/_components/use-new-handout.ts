'use client';

import { useState } from 'react';

import type { FormState } from '@/lib/builder/form-state';
import { hasPatientText } from '@/lib/builder/new-patient';
import type { TBuilderAction } from '@/lib/builder/reducer';

interface Replaced {
  before: FormState;
  after: FormState;
}

/**
 * Starting a new handout (a starting point, a saved handout, "New patient", reset) in one step that can
 * be undone while the form is still as it was started. Starts in a row (arrowing through the list)
 * undo to the form before the first. The last patient's PDF leaves the preview as soon as the new
 * handout starts, even while the new one waits for a field.
 */
export function useNewHandout(
  state: FormState,
  dispatch: (action: TBuilderAction) => void,
  pdfBody: string | undefined,
) {
  const [replaced, setReplaced] = useState<Replaced>();
  const [hiddenPdf, setHiddenPdf] = useState<string>();
  const isUndoable = replaced !== undefined && replaced.after === state;

  const start = (next: FormState) => {
    const before = isUndoable ? replaced.before : state;
    if (hasPatientText(state)) setHiddenPdf(pdfBody);
    const isSame = JSON.stringify(before) === JSON.stringify(next);
    setReplaced(isSame ? undefined : { before, after: next });
    dispatch({ type: 'start', state: next });
  };
  const undo = () => {
    if (!isUndoable) return;
    dispatch({ type: 'start', state: replaced.before });
    setReplaced(undefined);
    setHiddenPdf(undefined);
  };
  return { start, undo: isUndoable ? undo : undefined, hiddenPdf };
}
