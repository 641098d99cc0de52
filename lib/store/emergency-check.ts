import { isRecognisedEmergencyNumber } from '@/lib/spec/emergency';

import { invalidInput } from './errors';
import type { TBrandFields } from './schemas';

export const INVALID_EMERGENCY =
  'is not an emergency number we recognise (such as 911, 112, 999 or 000). Check it: it prints under "call ... or go to the emergency room now". If it is right for your area, confirm it.';

/** A profile may only print an unrecognised emergency number that an admin confirmed. */
export function checkEmergencyNumber(fields: TBrandFields, message: string, path = 'emergencyNumber'): void {
  if (isRecognisedEmergencyNumber(fields.emergencyNumber) || fields.emergencyNumberConfirmed) return;
  throw invalidInput(message, [{ path, message: `${fields.emergencyNumber} ${INVALID_EMERGENCY}` }]);
}
