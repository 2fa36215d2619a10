import type { CreateOrderBody } from '../orders/orders.schemas.js';
import type { Placement, Point } from './locate.js';
import type { PostRequestForm } from './open311.schemas.js';

const TITLE_LENGTH = 80;
const ADDRESS_LABEL = '[Open311 address] ';
const MEDIA_LABEL = '[Open311 media] ';

/**
 * Orders keep an address only beside coordinates and have no media field, so what a client sent
 * there rides at the end of the description, one labelled line each: staff read it where they read
 * the request, and the gateway reads it back for address and media_url.
 */
export function composeDescription(text: string, extra: { address?: string; mediaUrl?: string }): string {
  const lines = [
    ...(extra.address ? [`${ADDRESS_LABEL}${extra.address}`] : []),
    ...(extra.mediaUrl ? [`${MEDIA_LABEL}${extra.mediaUrl}`] : []),
  ];
  return lines.length ? `${text}\n\n${lines.join('\n')}` : text;
}

export function splitDescription(stored: string): {
  text: string;
  address: string | null;
  mediaUrl: string | null;
} {
  const cut = stored.lastIndexOf('\n\n');
  const footer = cut >= 0 ? stored.slice(cut + 2).split('\n') : [];
  const labelled =
    footer.length > 0 && footer.every((l) => l.startsWith(ADDRESS_LABEL) || l.startsWith(MEDIA_LABEL));
  if (!labelled) return { text: stored, address: null, mediaUrl: null };
  const value = (label: string) => footer.find((l) => l.startsWith(label))?.slice(label.length) ?? null;
  return { text: stored.slice(0, cut), address: value(ADDRESS_LABEL), mediaUrl: value(MEDIA_LABEL) };
}

function titleOf(text: string): string {
  const firstLine = text.split('\n', 1)[0]!.trim();
  return [...firstLine].slice(0, TITLE_LENGTH).join('');
}

/**
 * The order an Open311 request becomes: posted online, open to any eligible responder, published at
 * once. The resident is the beneficiary when a phone is given (a name alone gives staff no way to
 * reach them); email, device and account ids are not kept.
 */
export function orderFromForm(
  form: PostRequestForm,
  ctx: { serviceName: string; placement: Placement; point: Point | null },
): CreateOrderBody {
  const text = form.description ?? `${ctx.serviceName} (reported through Open311)`;
  const name = [form.first_name, form.last_name].filter(Boolean).join(' ');
  const start = form['attribute[window_start]'];
  const end = form['attribute[window_end]'];
  return {
    communityId: ctx.placement.community.id,
    gridId: ctx.placement.gridId ?? undefined,
    categoryCode: form.service_code,
    title: titleOf(text) || ctx.serviceName,
    description: composeDescription(text, {
      address: ctx.point ? undefined : form.address_string,
      mediaUrl: form.media_url,
    }),
    priority: form['attribute[priority]'] ?? 'routine',
    headcount: form['attribute[headcount]'] ?? 1,
    requiredSkills: [],
    location: ctx.point
      ? { lat: ctx.point.lat, lng: ctx.point.lng, address: form.address_string }
      : undefined,
    window: start && end ? { startsAt: start, endsAt: end } : undefined,
    beneficiary: form.phone ? { name: name || 'Resident', phone: form.phone } : undefined,
    source: 'online',
    dispatchMode: 'open',
    targetUnitIds: [],
    publish: true,
  };
}
