/**
 * Love bank arithmetic, without I/O. Points and hours are kept to 2 decimals (the ledger's numeric
 * scale), so every amount is computed in hundredths and rounded once, half away from zero:
 * floating-point products such as 1.15 × 10 × 1.5 would otherwise drift by a cent.
 */

const cents = (v: number): number => Math.round(v * 100);

/** Points earned for verified work: hours × base rate × the category's multiplier, to 2 decimals. */
export function pointsFor(hours: number, baseRate: number, multiplier: number): number {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError('hours must be a finite number ≥ 0');
  if (!Number.isFinite(baseRate) || baseRate <= 0) throw new RangeError('the base rate must be > 0');
  if (!Number.isFinite(multiplier) || multiplier < 0) throw new RangeError('the multiplier must be ≥ 0');
  // hours and multiplier carry 2 decimals each: their product in 1/10,000ths is an integer.
  const tenThousandths = cents(hours) * cents(multiplier);
  return Math.round((tenThousandths * baseRate) / 100) / 100;
}

/** Is the amount representable in the ledger, i.e. at most 2 decimals? */
export function hasAtMostTwoDecimals(v: number): boolean {
  return Number.isFinite(v) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;
}

/** A sum of 2-decimal amounts, added in hundredths so that no float drift creeps in. */
export function sumAmounts(values: number[]): number {
  return values.reduce((acc, v) => acc + Math.round(v * 100), 0) / 100;
}
