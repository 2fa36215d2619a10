import type { DeliveryRow, EndpointRow } from './webhooks.repo.js';
import type { DeliveryDto, EndpointDto } from './webhooks.schemas.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The API shape of an endpoint; the secret is picked out on purpose and never leaves here. */
export function toEndpointDto(row: EndpointRow): EndpointDto {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    scope: { regionId: row.scopeRegionId, unitId: row.scopeUnitId },
    enabled: row.enabled,
    failingSince: iso(row.failingSince),
    disabledAt: iso(row.disabledAt),
    disabledReason: row.disabledReason,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toDeliveryDto(d: DeliveryRow): DeliveryDto {
  return {
    id: d.id,
    endpointId: d.endpointId,
    messageId: d.messageId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    lastLatencyMs: d.lastLatencyMs,
    createdAt: d.createdAt.toISOString(),
    lastAttemptAt: iso(d.lastAttemptAt),
    deliveredAt: iso(d.deliveredAt),
    inFlightSince: iso(d.inFlightSince),
    unknownOutcomeAttempts: d.unknownOutcomeAttempts,
  };
}
