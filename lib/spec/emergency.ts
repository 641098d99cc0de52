/*
 * Emergency numbers of the countries whose languages the handouts speak (and their neighbours), so a
 * typo or an ordinary phone number is not printed under "call ... or go to the emergency room now".
 * Anything else needs the admin's explicit confirmation, which the audit log records.
 */
export const RECOGNISED_EMERGENCY_NUMBERS: ReadonlySet<string> = new Set([
  '911', // US, Canada, Mexico, Philippines, most of the Americas
  '112', // EU, India, Korea (also), Russia, Ukraine, most GSM phones everywhere
  '999', // UK, Bangladesh, Hong Kong, Malaysia, Gulf states
  '000', // Australia
  '111', // New Zealand
  '119', // Korea, Japan, Taiwan (fire and ambulance)
  '110', // China, Japan, Taiwan (police)
  '120', // China (ambulance)
  '190', // Brazil (police)
  '192', // Brazil (ambulance)
  '193', // Brazil (fire)
  '15', // France (SAMU), Pakistan (police)
  '17', // France (police)
  '18', // France (fire)
  '114', // Vietnam (fire)
  '115', // Vietnam (ambulance), Iran (ambulance)
  '113', // Vietnam (police)
  '118', // Haiti, Italy (ambulance)
  '116', // Haiti (ambulance)
  '1122', // Pakistan (rescue)
  '103', // Russia, Ukraine (ambulance)
  '102', // Russia, Ukraine (police)
  '101', // Russia, Ukraine (fire)
  '997', // Saudi Arabia (ambulance)
  '998', // Saudi Arabia (fire)
  '122', // Egypt (police)
  '123', // Egypt (ambulance)
  '108', // India (ambulance)
  '100', // India (police)
  '125', // Iran (fire)
  '907', // Ethiopia (ambulance)
  '991', // Ethiopia (police)
  '888', // Somalia (police)
]);

/** Digits only: "9 1 1" and "911" are the same number. */
export function normaliseEmergencyNumber(value: string): string {
  return value.replace(/[^0-9]/g, '');
}

export function isRecognisedEmergencyNumber(value: string): boolean {
  return RECOGNISED_EMERGENCY_NUMBERS.has(normaliseEmergencyNumber(value));
}
