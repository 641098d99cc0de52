import {
  FONT_FAMILIES,
  type FontFamily,
  isFamilyAvailable,
  type TFontFamilyName,
} from '@/lib/pdf/font-catalog';
import { registerFonts } from '@/lib/pdf/fonts';
import { renderPoolWarmth } from '@/lib/pdf/pool-holder';
import { getStore } from '@/lib/store/open';

const STORE_TIMEOUT_MS = 3000;

export interface TReadiness {
  isReady: boolean;
  /** Short words only: a probe's answer is seen by load balancers and logs, never a host or a message. */
  checks: { store: 'ok' | 'unavailable'; fonts: 'ok' | 'missing' };
  /**
   * The server's render workers: still drawing their warm-up and practice handouts, or done (absent
   * without workers). Not a check: a warming server serves, only its renders are not yet at full speed.
   */
  renderers?: 'warming' | 'warm';
}

async function storeAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), STORE_TIMEOUT_MS);
  });
  try {
    await Promise.race([getStore().settings.get(), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** The fonts shipped in the repository are all there and registered (CJK ones come from Debian, optional). */
function fontsReady(): boolean {
  registerFonts();
  return (Object.entries(FONT_FAMILIES) as [TFontFamilyName, FontFamily][])
    .filter(([, family]) => family.package === undefined)
    .every(([name]) => isFamilyAvailable(name));
}

/** Whether this instance can serve: its store answers (migrations done) and it can render. */
export async function readiness(): Promise<TReadiness> {
  const [store, fonts] = [await storeAnswers(), fontsReady()];
  const renderers = renderPoolWarmth();
  return {
    isReady: store && fonts,
    checks: { store: store ? 'ok' : 'unavailable', fonts: fonts ? 'ok' : 'missing' },
    ...(renderers && { renderers }),
  };
}
