/**
 * Personal data (PIPL): residents' and members' names and phones. Lists, webhooks, job payloads and
 * the audit trail carry only masked values; logs carry none (see the logger's redaction paths).
 */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return phone ?? null;
  const digits = phone.replace(/\s+/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  const head = digits.length >= 11 ? digits.slice(0, 3) : '';
  return `${head}${'*'.repeat(digits.length - head.length - 4)}${digits.slice(-4)}`;
}

export function maskName(name: string | null | undefined): string | null {
  if (!name) return name ?? null;
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return `${chars[0]}${'*'.repeat(Math.max(chars.length - 1, 1))}`;
}

/** Field names that hold personal data anywhere in the API, its payloads or its logs. */
export const personalFields = [
  'phone',
  'name',
  'beneficiaryName',
  'beneficiaryPhone',
  'first_name',
  'last_name',
] as const;

/** A copy with every personal field masked, recursively; used for audit snapshots and payloads. */
export function maskPersonal<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => maskPersonal(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (typeof v === 'string' && (k === 'phone' || k === 'beneficiaryPhone')) out[k] = maskPhone(v);
      else if (typeof v === 'string' && (k === 'beneficiaryName' || k === 'first_name' || k === 'last_name'))
        out[k] = maskName(v);
      else out[k] = maskPersonal(v);
    }
    return out as T;
  }
  return value;
}
