/** Is `zone` an IANA time zone this runtime knows (e.g. 'Asia/Shanghai')? */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
