'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';

import type { ChosenProfile } from '@/lib/builder/form-state';
import type { TBuilderAction } from '@/lib/builder/reducer';
import { ZBrandSchema } from '@/lib/spec/brand';
import type { TBrandProfile } from '@/lib/store/schemas';

import { storeRequest } from './store-client';
import { useStoreList } from './use-store-list';

/**
 * The saved clinic profiles for the builder's picker. Once the draft is in, the draft's profile (if it
 * still exists) or the default one is chosen; a chosen profile is then fetched as the inline brand of
 * the spec. `isReady` stays false until the form's clinic is settled, so no preview prints a wrong one.
 */
export function useClinicProfiles(
  isLoaded: boolean,
  chosen: ChosenProfile | undefined,
  dispatch: (action: TBuilderAction) => void,
) {
  const { items: profiles, failure } = useStoreList<TBrandProfile>('/api/brands', 'brands');
  // A failed list counts as "no profiles": the typed clinic details take over.
  const listed = useMemo(() => (failure ? [] : profiles), [failure, profiles]);
  const [failedId, setFailedId] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!isLoaded || !listed) return;
    const defaultId = listed.find((profile) => profile.isDefault)?.id;
    dispatch({ type: 'profilesListed', ids: listed.map((profile) => profile.id), defaultId });
  }, [isLoaded, listed, dispatch]);

  const pendingId = chosen && !chosen.brand ? chosen.id : undefined;
  useEffect(() => {
    if (!pendingId || !listed) return;
    let isCurrent = true;
    void storeRequest<unknown>(`/api/brands/${pendingId}/spec`).then((result) => {
      if (!isCurrent) return;
      // Checked like every brand the builder sends; the API checks it again.
      const brand = result.ok ? ZBrandSchema.safeParse(result.data) : undefined;
      if (!brand?.success) return setFailedId(pendingId);
      setFailedId(undefined);
      dispatch({ type: 'profile', value: { id: pendingId, brand: brand.data } });
    });
    return () => {
      isCurrent = false;
    };
  }, [pendingId, listed, attempt, dispatch]);

  const choose = useCallback(
    (id: string) => dispatch({ type: 'profile', value: { id, brand: undefined } }),
    [dispatch],
  );
  return {
    profiles: listed,
    isListFailed: failure !== undefined,
    isReady: listed !== undefined && (chosen === undefined || chosen.brand !== undefined),
    isFailed: pendingId !== undefined && failedId === pendingId,
    retry: useCallback(() => setAttempt((count) => count + 1), []),
    choose,
  };
}
