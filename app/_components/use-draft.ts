'use client';

import { useEffect, useRef, useState } from 'react';

import { defaultFormState, localToday } from '@/lib/builder/form-state';
import type { TBuilderAction } from '@/lib/builder/reducer';
import { readDraft, writeDraft } from '@/lib/builder/storage';
import type { THandoutSpecInput } from '@/lib/spec/schema';

/**
 * Loads the stored draft once in the browser (or starts fresh with today's date), then keeps the last
 * valid spec stored, without the patient, and a chosen clinic profile by its id only (see
 * lib/builder/storage.ts). Returns whether the load is done, so nothing is rendered for the empty
 * server-side form.
 */
export function useDraft(
  spec: THandoutSpecInput | undefined,
  profileId: string | undefined,
  dispatch: (action: TBuilderAction) => void,
) {
  const [isLoaded, setLoaded] = useState(false);
  const isLoadedRef = useRef(false);
  // Declared first so that, on mount, it runs before the load and does not store the empty form.
  useEffect(() => {
    if (isLoadedRef.current && spec) writeDraft(spec, profileId);
  }, [spec, profileId]);
  useEffect(() => {
    const today = localToday();
    dispatch({ type: 'replace', state: readDraft(today) ?? defaultFormState(today) });
    isLoadedRef.current = true;
    setLoaded(true);
  }, [dispatch]);
  return isLoaded;
}
