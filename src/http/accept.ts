interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

function parseRange(text: string): MediaRange | undefined {
  const [range = '', ...params] = text.split(';').map((p) => p.trim().toLowerCase());
  const [type, subtype, ...rest] = range.split('/');
  if (!type || !subtype || rest.length > 0) return undefined;
  const qParam = params.find((p) => p.startsWith('q='));
  const q = qParam ? Number(qParam.slice(2)) : 1;
  return { type, subtype, q: Number.isFinite(q) ? q : 0 };
}

/** How closely a range names a media type: 2 exactly, 1 `type/*`, 0 `*\/*`, -1 not at all. */
function specificity(range: MediaRange, type: string, subtype: string): number {
  if (range.type === type && range.subtype === subtype) return 2;
  if (range.type === type && range.subtype === '*') return 1;
  if (range.type === '*' && range.subtype === '*') return 0;
  return -1;
}

/**
 * Does an Accept header (RFC 9110 §12.5.1) admit one of the media types? Each type takes the quality
 * of the most specific range naming it; quality 0 refuses it. Parameters other than q are ignored.
 */
export function acceptsAny(accept: string, mediaTypes: readonly string[]): boolean {
  const ranges = accept.split(',').flatMap((r) => parseRange(r) ?? []);
  return mediaTypes.some((mediaType) => {
    const [type = '', subtype = ''] = mediaType.toLowerCase().split('/');
    let best: { specificity: number; q: number } | undefined;
    for (const range of ranges) {
      const s = specificity(range, type, subtype);
      if (s >= 0 && (!best || s > best.specificity)) best = { specificity: s, q: range.q };
    }
    return best !== undefined && best.q > 0;
  });
}
