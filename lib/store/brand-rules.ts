import { ZBrandSchema } from '@/lib/spec/brand';
import { isRecognisedEmergencyNumber } from '@/lib/spec/emergency';

import { INVALID_BRAND } from './brand-statements';
import { checkEmergencyNumber } from './emergency-check';
import type { TBrandFields, TBrandProfile, TStoredLogo } from './schemas';

/* The rules of a clinic profile write, the same on every store engine. */

/** The fields a clinician edits, as the audit log compares them. */
export function editableBrand(profile: TBrandProfile): TBrandFields {
  const { id: _i, logo: _l, createdAt: _c, updatedAt: _u, version: _v, ...fields } = profile;
  return fields;
}

/**
 * The audit note for an emergency number the admin confirmed although it is not recognised. A
 * confirmation sent with a recognised number (the API takes one) is no such event and gets no note.
 */
export function confirmationNote(before: TBrandFields | undefined, after: TBrandFields): string | undefined {
  const isNewUnrecognised =
    before?.emergencyNumber !== after.emergencyNumber && !isRecognisedEmergencyNumber(after.emergencyNumber);
  return after.emergencyNumberConfirmed && isNewUnrecognised
    ? `Emergency number ${after.emergencyNumber} confirmed by the admin although it is not on the recognised list.`
    : undefined;
}

/**
 * The fields a PUT or PATCH stores: an unchanged emergency number keeps its confirmation, a new one
 * needs its own, never the old one's; an unrecognised one without confirmation is refused.
 */
export function fieldsToStore(next: TBrandFields, before: TBrandFields): TBrandFields {
  const sameNumber = next.emergencyNumber === before.emergencyNumber;
  const fields = {
    ...next,
    emergencyNumberConfirmed:
      next.emergencyNumberConfirmed ?? (sameNumber ? before.emergencyNumberConfirmed : false),
  };
  checkEmergencyNumber(fields, INVALID_BRAND);
  return fields;
}

/** A stored profile as the inline brand of a handout spec (logo as a PNG data URL), checked by that schema. */
export function inlineBrand(profile: TBrandProfile, logo: TStoredLogo | undefined) {
  const { name, address, phone, afterHoursPhone, website, emergencyNumber, accentColor } = profile;
  return ZBrandSchema.parse({
    name,
    address,
    phone,
    afterHoursPhone,
    website,
    emergencyNumber,
    accentColor,
    logo: logo && `data:image/png;base64,${logo.png.toString('base64')}`,
  });
}
