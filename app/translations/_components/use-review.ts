'use client';

import { useCallback, useEffect, useState } from 'react';

import { jsonInit, storeRequest, type TStoreFailure } from '@/app/_components/store-client';
import type { TReviewView } from '@/lib/translations/service';

/** One language's review as the API gives it; every write sends the version read and takes the new view. */
export function useReview(locale: string, isAllowed: boolean) {
  const [view, setView] = useState<TReviewView>();
  const [failure, setFailure] = useState<TStoreFailure>();
  const load = useCallback(async () => {
    const result = await storeRequest<TReviewView>(`/api/translations/${locale}`);
    if (result.ok) {
      setView(result.data);
      setFailure(undefined);
    } else setFailure(result);
  }, [locale]);
  useEffect(() => {
    setView(undefined);
    if (isAllowed) void load();
  }, [load, isAllowed]);

  /** Sends one write; a refusal comes back to the caller, a 409 also reloads the current view. */
  const send = async (url: string, body: unknown) => {
    const result = await storeRequest<TReviewView>(
      url,
      jsonInit(url.endsWith('/import') ? 'POST' : 'PUT', body, view?.version),
    );
    if (result.ok) setView(result.data);
    else if (result.status === 409) await load();
    return result;
  };
  const base = `/api/translations/${locale}`;
  return {
    view,
    failure,
    approve: (key: string) => send(`${base}/${encodeURIComponent(key)}`, { approve: true }),
    correct: (key: string, text: string) => send(`${base}/${encodeURIComponent(key)}`, { text }),
    importFile: (file: unknown) => send(`${base}/import`, file),
  };
}
