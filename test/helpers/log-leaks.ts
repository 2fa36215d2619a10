import { existsSync, readFileSync } from 'node:fs';

/** An unmasked mainland mobile number, not part of a longer run of digits or hex (ids, timestamps). */
const PHONE = /(?<![0-9a-fA-F])1[3-9]\d{9}(?![0-9a-fA-F])/g;

/** Names the tests give residents and members; none may ever appear in a log line. */
export const CANARY_NAMES = ['李秀英', '王秀兰', '王五', 'Grandma Wang', 'Li Wei'];

/** Every log line of the run that carries personal data, with what it carries. */
export function findLeaks(file: string): string[] {
  if (!existsSync(file)) return [];
  const leaks: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const phones = line.match(PHONE) ?? [];
    const names = CANARY_NAMES.filter((n) => line.includes(n));
    if (phones.length || names.length)
      leaks.push(`${[...phones, ...names].join(', ')} in: ${line.slice(0, 300)}`);
  }
  return leaks;
}
