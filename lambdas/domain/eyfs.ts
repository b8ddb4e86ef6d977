/**
 * The EYFS requirements a complaint can concern (R2), as staff choose them, and their names
 * as the record reads them. A module of its own, with nothing of Node, so that the staff
 * console offers exactly the list the API accepts. Pure.
 */
export const EYFS_AREAS = [
  'safeguardingAndWelfare',
  'learningAndDevelopment',
  'staffing',
  'premisesAndEquipment',
  'informationAndRecords',
  'healthAndSafety',
  'equalOpportunities',
  'other',
] as const;
export type EyfsArea = (typeof EYFS_AREAS)[number];

export const EYFS_AREA_NAMES: Readonly<Record<EyfsArea, string>> = {
  safeguardingAndWelfare: 'Safeguarding and welfare',
  learningAndDevelopment: 'Learning and development',
  staffing: 'Staffing (qualifications, ratios, suitability)',
  premisesAndEquipment: 'Premises and equipment',
  informationAndRecords: 'Information and records',
  healthAndSafety: 'Health and safety',
  equalOpportunities: 'Equal opportunities',
  other: 'Other',
};
