import { z } from 'zod';
import { priorities } from '../../db/schema/enums.js';

/** The response format is the resource's extension, as GeoReport v2 asks: /services.xml, /requests.json. */
export const formats = ['json', 'xml'] as const;
export type Format = (typeof formats)[number];
const format = z.enum(formats).meta({ description: 'Response format: xml (the GeoReport default) or json' });

export const formatParams = z.object({ format });
export const serviceParams = z.object({ service_code: z.string().min(1).max(64), format });
export const requestParams = z.object({ service_request_id: z.uuid(), format });

const w3Datetime = z.iso
  .datetime({ offset: true })
  .meta({ description: 'W3C date-time with a time zone, e.g. 2025-05-24T00:00:00Z' });
const commaList = (description: string) => z.string().max(4000).meta({ description });

/** GeoReport v2 lets a client name the jurisdiction on every call. */
export const jurisdictionQuery = z.object({
  jurisdiction_id: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'Ignored: this endpoint serves one jurisdiction' }),
});

export const requestsQuery = jurisdictionQuery.extend({
  service_request_id: commaList(
    'Comma-separated service_request_id list; overrides every other argument',
  ).optional(),
  service_code: commaList('Comma-separated service codes').optional(),
  start_date: w3Datetime.optional(),
  end_date: w3Datetime.optional(),
  status: commaList('Comma-separated statuses: open, closed').optional(),
});
export type RequestsQuery = z.infer<typeof requestsQuery>;

export const updatesQuery = jurisdictionQuery.extend({
  start_date: w3Datetime.optional(),
  end_date: w3Datetime.optional(),
});
export type UpdatesQuery = z.infer<typeof updatesQuery>;

const decimal = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^[-+]?\d{1,3}(\.\d+)?$/, 'not a decimal number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

/**
 * The form of POST requests.{format} (application/x-www-form-urlencoded). Every field the
 * specification names is accepted; empty fields count as absent, as the specification asks.
 * email, device_id, account_id and address_id are accepted and not kept: orders have no place for them.
 */
export const postRequestForm = z
  .strictObject({
    api_key: z
      .string()
      .max(200)
      .optional()
      .meta({ description: 'A community staff (or officer, admin) API key; required' }),
    jurisdiction_id: z.string().max(200).optional(),
    service_code: z.string().min(1).max(64).meta({ description: 'A service_code from GET services' }),
    lat: decimal(-90, 90)
      .optional()
      .meta({ description: 'WGS84 latitude; with long, or send address_string' }),
    long: decimal(-180, 180).optional().meta({ description: 'WGS84 longitude' }),
    address_string: z.string().trim().max(500).optional().meta({
      description: 'Address; without lat/long it must name a community or grid of the key',
    }),
    address_id: z.string().max(200).optional(),
    email: z.email().max(254).optional(),
    device_id: z.string().max(200).optional(),
    account_id: z.string().max(200).optional(),
    first_name: z.string().trim().max(50).optional(),
    last_name: z.string().trim().max(50).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 -]{6,20}$/, 'not a phone number')
      .optional(),
    description: z
      .string()
      .trim()
      .max(4000)
      .optional()
      .meta({ description: 'Free text, at most 4,000 characters' }),
    media_url: z
      .url({ protocol: /^https?$/ })
      .max(1000)
      .optional(),
    'attribute[priority]': z
      .enum(priorities)
      .optional()
      .meta({ description: 'routine (default), urgent or emergency' }),
    'attribute[headcount]': z
      .string()
      .regex(/^\d{1,3}$/, 'a whole number')
      .transform(Number)
      .pipe(z.number().int().min(1).max(500))
      .optional()
      .meta({ description: 'Volunteers needed, 1 (default) to 500' }),
    'attribute[window_start]': w3Datetime
      .optional()
      .meta({ description: 'When the work may start; with window_end' }),
    'attribute[window_end]': w3Datetime.optional().meta({ description: 'When the work must be done' }),
  })
  .superRefine((f, ctx) => {
    if ((f.lat === undefined) !== (f.long === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [f.lat === undefined ? 'lat' : 'long'],
        message: 'lat and long go together',
      });
    const start = f['attribute[window_start]'];
    const end = f['attribute[window_end]'];
    if ((start === undefined) !== (end === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['attribute[window_end]'],
        message: 'window_start and window_end go together',
      });
    else if (start && end && Date.parse(end) <= Date.parse(start))
      ctx.addIssue({
        code: 'custom',
        path: ['attribute[window_end]'],
        message: 'window_end must be after window_start',
      });
  });
export type PostRequestForm = z.infer<typeof postRequestForm>;

/** GeoReport v2 answers every client error with 400, the Idempotency-Key's refusals included. */
export const postRequestHeaders = z.looseObject({
  'idempotency-key': z.string().min(1).max(255).optional().meta({
    description:
      'Scoped to the api_key and to this POST (.json and .xml alike). A retry with the same key and form returns the first answer and posts nothing; the same key with another form, or a retry while the first request is still running, is 400.',
  }),
});

export const open311ErrorsSchema = z
  .array(z.object({ code: z.number().int(), description: z.string() }))
  .meta({ id: 'Open311Errors', description: 'XML: <errors><error><code/><description/></error></errors>' });

export const servicesSchema = z
  .array(
    z.object({
      service_code: z.string(),
      service_name: z.string(),
      description: z.string(),
      metadata: z.boolean(),
      type: z.literal('realtime'),
      keywords: z.string(),
      group: z.string(),
    }),
  )
  .meta({ id: 'Open311Services', description: 'XML: <services><service>…</service></services>' });

export const serviceDefinitionSchema = z
  .object({
    service_code: z.string(),
    attributes: z.array(
      z.object({
        variable: z.boolean(),
        code: z.string(),
        datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
        required: z.boolean(),
        datatype_description: z.string(),
        order: z.number().int(),
        description: z.string(),
        values: z.array(z.object({ key: z.string(), name: z.string() })),
      }),
    ),
  })
  .meta({
    id: 'Open311ServiceDefinition',
    description: 'XML: <service_definition> with <attributes><attribute>…',
  });

export const createdRequestsSchema = z
  .array(z.object({ service_request_id: z.string(), service_notice: z.string() }))
  .meta({
    id: 'Open311CreatedRequests',
    description: 'XML: <service_requests><request>…</request></service_requests>',
  });

export const serviceRequestSchema = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string(),
  service_name: z.string(),
  service_code: z.string(),
  description: z.string().nullable(),
  agency_responsible: z.string(),
  service_notice: z.string().nullable(),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  expected_datetime: z.string().nullable(),
  address: z.string().nullable(),
  address_id: z.null(),
  zipcode: z.null(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.string().nullable(),
});
export type ServiceRequest = z.infer<typeof serviceRequestSchema>;
export const serviceRequestsSchema = z.array(serviceRequestSchema).meta({
  id: 'Open311ServiceRequests',
  description: 'XML: <service_requests><request>…</request></service_requests>',
});

export const requestUpdateSchema = z.object({
  update_id: z.string(),
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  updated_datetime: z.string(),
  description: z.string(),
  media_url: z.null(),
});
export type RequestUpdate = z.infer<typeof requestUpdateSchema>;
export const requestUpdatesSchema = z
  .array(requestUpdateSchema)
  .meta({ id: 'Open311RequestUpdates', description: 'XML: <service_request_updates><request_update>…' });
