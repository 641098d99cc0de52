import { createHash } from 'node:crypto';

import { LeastRecentlyUsed } from '@/lib/lru';
import { perPatientValues, withoutPatientText } from '@/lib/spec/per-patient';
import type { THandoutSpec } from '@/lib/spec/schema';
import type { TOverrides } from '@/lib/translations/schema';

/*
 * The fewest pages the normal drawing of a handout takes, whoever it is printed for: the page count of the
 * same handout without any per-patient text (lib/spec/per-patient.ts). That text only ever adds lines: a
 * name and a date in the header, the note, the work note and the clinician's medicine text each in a block
 * of its own that is absent without it (templates/sections/staying-active.ts, medicine.ts). A handout
 * whose floor is over its page limit is drawn a second time with less air for every patient (draw.ts);
 * when that tighter drawing takes fewer pages than the floor it is kept whatever the normal one would
 * have taken, so the normal one need not be laid out. "Everything" spent about a sixth of its render on
 * that discarded drawing.
 *
 * Keyed by a hash of the spec without per-patient text and of the clinic's corrections: the memo holds
 * page counts, nothing of a patient.
 */

const floors = new LeastRecentlyUsed<number>({ maxEntries: 500 });
let isOn = true;
const stats = { learned: 0, skipped: 0 };

function keyOf(blank: THandoutSpec, overrides: TOverrides): string {
  return createHash('sha256')
    .update(JSON.stringify([blank, overrides]))
    .digest('base64');
}

export interface PageFloor {
  /** Whether a handout like this has been drawn before and its floor is over `limit` pages. */
  isOver(limit: number): boolean;
  /** Whether a tighter drawing of `pages` takes fewer pages than any normal drawing (than the floor). */
  beats(pages: number): boolean;
  /**
   * Remembers the floor after a normal drawing of `pages` over the limit: those pages themselves when the
   * spec has no per-patient text, else the pages of a normal drawing without it (`layOutBlank`).
   */
  learn(pages: number, layOutBlank: (blank: THandoutSpec) => Promise<number>): Promise<void>;
}

export function pageFloor(spec: THandoutSpec, overrides: TOverrides): PageFloor {
  const blank = withoutPatientText(spec);
  const key = keyOf(blank, overrides);
  const { names, texts } = perPatientValues(spec);
  const isBlank = names.length === 0 && texts.length === 0;
  const floor = () => (isOn ? floors.get(key) : undefined);
  return {
    isOver: (limit) => (floor() ?? 0) > limit,
    beats: (pages) => {
      const isFewer = pages < (floor() ?? 0);
      if (isFewer) stats.skipped += 1;
      return isFewer;
    },
    learn: async (pages, layOutBlank) => {
      if (floor() !== undefined || !isOn) return;
      floors.set(key, isBlank ? pages : await layOutBlank(blank));
      stats.learned += 1;
    },
  };
}

/** For the tests: floors learned, normal drawings skipped, floors kept. */
export function pageFloorStats(): { learned: number; skipped: number; kept: number } {
  return { ...stats, kept: floors.size };
}

/** For the tests that compare drawings with and without the memo. */
export function setPageFloorsOn(on: boolean): void {
  isOn = on;
}
