/** The skills a member may declare and an order may require; matching compares them as plain codes. */
export const skills = [
  'medical',
  'legal',
  'teaching',
  'elderly_care',
  'counselling',
  'driving',
  'repair',
  'it',
  'cooking',
  'cleaning',
  'translation',
  'other',
] as const;

export type Skill = (typeof skills)[number];

export const isSkill = (value: string): value is Skill => (skills as readonly string[]).includes(value);
