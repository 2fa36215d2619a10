import { XMLBuilder } from 'fast-xml-parser';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Format } from './open311.schemas.js';

export const XML_TYPE = 'text/xml; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';

/** The documents GeoReport v2 (and FixMyStreet's updates extension) answer with, by root element. */
export type Root =
  | 'services'
  | 'service_definition'
  | 'service_requests'
  | 'service_request_updates'
  | 'errors';

/**
 * The Spark convention, run backwards: JSON is the document without its root element, and each
 * XML list wraps its items in a singular element. The singulars are the specification's own
 * (service_requests holds <request>, not <service_request>), so they are listed rather than derived.
 */
const ITEM_ELEMENT: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  service_request_updates: 'request_update',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
};

const builder = new XMLBuilder({ format: true, ignoreAttributes: true, suppressEmptyNode: false });

function toXmlTree(value: unknown, key: string): unknown {
  if (Array.isArray(value)) {
    const item = ITEM_ELEMENT[key];
    if (!item) throw new Error(`no XML element for the items of ${key}`);
    return { [item]: value.map((v) => toXmlTree(v, item)) };
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toXmlTree(v, k)]));
  }
  return value;
}

export function renderXml(root: Root, body: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ [root]: toXmlTree(body, root) })}`;
}

export function sendDocument(reply: FastifyReply, format: Format, root: Root, body: unknown, status = 200) {
  reply.status(status);
  if (format === 'json') return reply.type(JSON_TYPE).send(JSON.stringify(body));
  return reply.type(XML_TYPE).send(renderXml(root, body));
}

/**
 * The format an error answers in: the extension of the URL, so a malformed or unknown resource still
 * gets the client's format; XML, the format the specification requires, otherwise.
 */
export function formatOfUrl(request: FastifyRequest): Format {
  return request.url.split('?')[0]!.endsWith('.json') ? 'json' : 'xml';
}

export function sendErrors(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  descriptions: string[],
) {
  const body = descriptions.map((description) => ({ code: status, description }));
  return sendDocument(reply, formatOfUrl(request), 'errors', body, status);
}
