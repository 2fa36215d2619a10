/** The skills an order requires that the member does not have (none: the member fits). */
export function missingSkills(memberSkills: readonly string[], requiredSkills: readonly string[]): string[] {
  const has = new Set(memberSkills);
  return requiredSkills.filter((skill) => !has.has(skill));
}
