'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

import { storeRequest, type TStoreFailure } from './store-client';

export interface StoreList<T> {
  /** Undefined until the first answer. */
  items: T[] | undefined;
  failure: TStoreFailure | undefined;
  /** Fetches again; resolves once the new list is shown. */
  reload: () => Promise<void>;
}

/** A list route of the store (`GET /api/brands` → `{ brands }`, `GET /api/presets` → `{ presets }`). */
export function useStoreList<T>(url: string, key: 'brands' | 'presets'): StoreList<T> {
  const [items, setItems] = useState<T[]>();
  const [failure, setFailure] = useState<TStoreFailure>();
  // Only the newest request may set the list: an older answer arriving late would show a stale one.
  const latest = useRef(0);
  const reload = useCallback(async () => {
    latest.current += 1;
    const request = latest.current;
    const result = await storeRequest<Partial<Record<typeof key, T[]>>>(url);
    if (request !== latest.current) return;
    setFailure(result.ok ? undefined : result);
    if (result.ok) setItems(result.data[key] ?? []);
  }, [url, key]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { items, failure, reload };
}
