import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

const TABLES = ['orders', 'claims', 'audit_events', 'outbox', 'domain_events', 'idempotency_keys'];
const xml = new XMLParser({
  parseTagValue: false,
  isArray: (name) => ['service', 'request', 'request_update', 'error', 'attribute', 'value'].includes(name),
});

describe('Open311 GeoReport v2: services and posting requests', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    // A1 keeps its centre and radius (29.7, 116.0, 800 m) and gets a small grid; A2 gets a drawn boundary.
    await ctx.database.pool.query(
      'update regions set center_lat = 29.701, center_lng = 116.001, radius_m = 150 where id = $1',
      [city.gridA1.id],
    );
    await ctx.database.pool.query('update regions set polygon = $2 where id = $1', [
      city.communityA2.id,
      JSON.stringify([
        [116.04, 29.74],
        [116.06, 29.74],
        [116.06, 29.76],
        [116.04, 29.76],
      ]),
    ]);
    // B1's circle overlaps A1's; its centre is nearer to points east of A1's.
    await ctx.database.pool.query(
      'update regions set center_lat = 29.7, center_lng = 116.008, radius_m = 1000 where id = $1',
      [city.communityB1.id],
    );
  });
  afterAll(async () => ctx.close());

  const post = (format: 'xml' | 'json', fields: Record<string, string>) =>
    ctx.app.inject({
      method: 'POST',
      url: `/open311/v2/requests.${format}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      payload: new URLSearchParams(fields).toString(),
    });
  const orderRow = async (id: string) =>
    (await ctx.database.pool.query('select * from orders where id = $1', [id])).rows[0];

  it('lists one service per category, in XML and in JSON', async () => {
    const res = await call(ctx, null, { method: 'GET', url: '/open311/v2/services.xml' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(res.body.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const services = xml.parse(res.body).services.service;
    const { rows } = await ctx.database.pool.query('select code from categories order by code');
    expect(services.map((s: { service_code: string }) => s.service_code)).toEqual(rows.map((r) => r.code));
    expect(services.find((s: { service_code: string }) => s.service_code === 'home_visit')).toEqual({
      service_code: 'home_visit',
      service_name: 'Home visit',
      description: 'Visit a resident at home: the elderly, the sick, families in difficulty.',
      metadata: 'true',
      type: 'realtime',
      keywords: 'visit,elderly,care',
      group: 'care',
    });

    const json = await call(ctx, null, { method: 'GET', url: '/open311/v2/services.json' });
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.json()).toContainEqual({
      service_code: 'errand',
      service_name: 'Errand',
      description: "Run an errand on a resident's behalf: paperwork, shopping, medicine.",
      metadata: true,
      type: 'realtime',
      keywords: 'errand,paperwork,shopping',
      group: 'care',
    });
  });

  it('defines each service by the order fields a client may set', async () => {
    const res = await call(ctx, null, { method: 'GET', url: '/open311/v2/services/health_clinic.xml' });
    const definition = xml.parse(res.body).service_definition;
    expect(definition.service_code).toBe('health_clinic');
    const attributes = definition.attributes.attribute;
    expect(
      attributes.map((a: { code: string; datatype: string; order: string }) => [a.order, a.code, a.datatype]),
    ).toEqual([
      ['1', 'priority', 'singlevaluelist'],
      ['2', 'headcount', 'number'],
      ['3', 'window_start', 'datetime'],
      ['4', 'window_end', 'datetime'],
    ]);
    expect(attributes[0].values.value.map((v: { key: string }) => v.key)).toEqual([
      'routine',
      'urgent',
      'emergency',
    ]);
    expect(attributes[0]).toMatchObject({ variable: 'true', required: 'false' });

    const json = await call(ctx, null, { method: 'GET', url: '/open311/v2/services/health_clinic.json' });
    expect(json.json().attributes[1]).toMatchObject({
      code: 'headcount',
      datatype: 'number',
      required: false,
      variable: true,
      order: 2,
      values: [],
    });

    const unknown = await call(ctx, null, { method: 'GET', url: '/open311/v2/services/pothole.json' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual([{ code: 404, description: 'service_code pothole was not found' }]);
    const unknownXml = await call(ctx, null, { method: 'GET', url: '/open311/v2/services/pothole.xml' });
    expect(xml.parse(unknownXml.body).errors.error).toEqual([
      { code: '404', description: 'service_code pothole was not found' },
    ]);
    const badFormat = await call(ctx, null, { method: 'GET', url: '/open311/v2/services.csv' });
    expect(badFormat.statusCode).toBe(404);
    expect(xml.parse(badFormat.body).errors.error[0].code).toBe('404');
    const tokens = await call(ctx, null, { method: 'GET', url: '/open311/v2/tokens/12.json' });
    expect(tokens.statusCode).toBe(404);
    expect(tokens.json()).toEqual([
      { code: 404, description: 'GET /open311/v2/tokens/12.json is not an Open311 resource' },
    ]);
  });

  it('posts a form as an open, published online order in the community and grid holding the point', async () => {
    const res = await post('xml', {
      api_key: city.keys.staffA1,
      jurisdiction_id: 'xunyang.gov.cn',
      service_code: 'errand',
      lat: '29.7012',
      long: '116.0011',
      address_string: '3 Willow Lane, Community A1',
      description: 'Collect medicine for Mrs Wang\nShe cannot walk since her fall; pharmacy on Main Street.',
      first_name: 'Hua',
      last_name: 'Zhangsan',
      phone: '13912345678',
      email: 'hua@example.org',
      device_id: '',
      media_url: 'https://photos.example.org/p/42.jpg',
      'attribute[priority]': 'urgent',
      'attribute[headcount]': '2',
      'attribute[window_start]': '2030-06-01T09:00:00+08:00',
      'attribute[window_end]': '2030-06-01T12:00:00+08:00',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
    const [created] = xml.parse(res.body).service_requests.request;
    expect(created.service_notice).toMatch(
      /^Posted to Community A1\. Waiting for volunteers: 0 of 2 volunteer slots taken; to be taken by /,
    );
    expect(created).not.toHaveProperty('account_id');

    const order = await orderRow(created.service_request_id);
    expect(order).toMatchObject({
      community_id: city.communityA1.id,
      grid_id: city.gridA1.id,
      category_code: 'errand',
      title: 'Collect medicine for Mrs Wang',
      priority: 'urgent',
      headcount: 2,
      source: 'online',
      dispatch_mode: 'open',
      status: 'open',
      lat: 29.7012,
      lng: 116.0011,
      address: '3 Willow Lane, Community A1',
      beneficiary_name: 'Hua Zhangsan',
      beneficiary_phone: '13912345678',
    });
    expect(order.description).toBe(
      'Collect medicine for Mrs Wang\nShe cannot walk since her fall; pharmacy on Main Street.\n\n[Open311 media] https://photos.example.org/p/42.jpg',
    );
    expect(order.window_starts_at.toISOString()).toBe('2030-06-01T01:00:00.000Z');
    const audit = await ctx.database.pool.query(
      'select action, actor_id from audit_events where entity_id = $1 order by seq',
      [order.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['order.created', 'order.published']);

    // The form carries a name, a phone and a key: none of them reaches the logs.
    const logged = JSON.stringify(ctx.logs);
    for (const secret of ['13912345678', 'Zhangsan', city.keys.staffA1, 'hua@example.org'])
      expect(logged).not.toContain(secret);
  });

  it('places a point by drawn boundary first, then by the nearest covering centre', async () => {
    const inA2 = await post('json', {
      api_key: city.keys.admin,
      service_code: 'civic_campaign',
      lat: '29.75',
      long: '116.05',
      description: 'Litter by the canal',
    });
    expect(inA2.statusCode).toBe(200);
    expect((await orderRow(inA2.json()[0].service_request_id)).community_id).toBe(city.communityA2.id);

    // 116.006 lies in both circles: about 580 m from A1's centre, 190 m from B1's.
    const between = await post('json', {
      api_key: city.keys.admin,
      service_code: 'errand',
      lat: '29.7',
      long: '116.006',
      description: 'Shopping',
    });
    const order = await orderRow(between.json()[0].service_request_id);
    expect(order).toMatchObject({
      community_id: city.communityB1.id,
      grid_id: null,
      title: 'Shopping',
      priority: 'routine',
      headcount: 1,
    });
  });

  it('places an address without coordinates in the community or grid it names', async () => {
    const res = await post('json', {
      api_key: city.keys.streetA,
      service_code: 'legal_aid',
      address_string: 'Building 4, Community A2, Xunyang',
      description: 'Advice on a rental contract',
    });
    expect(res.statusCode).toBe(200);
    const order = await orderRow(res.json()[0].service_request_id);
    expect(order).toMatchObject({ community_id: city.communityA2.id, lat: null, address: null });
    expect(order.description).toBe(
      'Advice on a rental contract\n\n[Open311 address] Building 4, Community A2, Xunyang',
    );

    const grid = await post('json', {
      api_key: city.keys.streetA,
      service_code: 'errand',
      address_string: 'Grid A1-1, block 2',
    });
    const gridOrder = await orderRow(grid.json()[0].service_request_id);
    expect(gridOrder).toMatchObject({
      community_id: city.communityA1.id,
      grid_id: city.gridA1.id,
      title: 'Errand (reported through Open311)',
    });
  });

  it('refuses bad requests with Open311 errors and changes nothing', async () => {
    const member = await createMember(ctx.database, { communityId: city.communityA1.id });
    const memberKey = await createKey(ctx.database, 'member', { memberId: member.id });
    const valid = {
      api_key: city.keys.staffA1,
      service_code: 'errand',
      lat: '29.7',
      long: '116.0',
      description: 'Groceries',
    };
    const before = await countRows(ctx.database, TABLES);
    const cases: [string, 'xml' | 'json', Record<string, string>, number, RegExp][] = [
      ['unknown key', 'xml', { ...valid, api_key: 'wd_nothere_0000000000000000' }, 403, /^Invalid api_key/],
      ['no key', 'json', { ...valid, api_key: '' }, 403, /api_key is required/],
      ['a member key', 'json', { ...valid, api_key: memberKey }, 403, /may not post requests/],
      [
        'unknown service_code',
        'json',
        { ...valid, service_code: 'pothole' },
        404,
        /service_code pothole was not found/,
      ],
      [
        'no location',
        'json',
        { api_key: city.keys.staffA1, service_code: 'errand', description: 'x' },
        400,
        /A location is required/,
      ],
      ['lat without long', 'json', { ...valid, long: '' }, 400, /^long: lat and long go together/],
      [
        'a point in no community',
        'xml',
        { ...valid, lat: '10', long: '10' },
        400,
        /No community of this api_key holds/,
      ],
      [
        "a point in another community's area",
        'json',
        { ...valid, lat: '29.75', long: '116.05' },
        400,
        /No community of this api_key holds/,
      ],
      [
        'an address naming nothing',
        'json',
        { ...valid, lat: '', long: '', address_string: 'Somewhere else' },
        400,
        /names no community/,
      ],
      [
        'a description over 4,000 characters',
        'json',
        { ...valid, description: 'x'.repeat(4001) },
        400,
        /^description: /,
      ],
      [
        'a bad priority',
        'json',
        { ...valid, 'attribute[priority]': 'asap' },
        400,
        /^attribute\[priority\]: /,
      ],
      [
        'a window ending first',
        'json',
        {
          ...valid,
          'attribute[window_start]': '2030-06-01T12:00:00Z',
          'attribute[window_end]': '2030-06-01T09:00:00Z',
        },
        400,
        /window_end must be after/,
      ],
      ['an unknown field', 'json', { ...valid, colour: 'red' }, 400, /Unrecognized key.*colour/],
    ];
    for (const [name, format, fields, status, description] of cases) {
      const res = await post(format, fields);
      expect(res.statusCode, name).toBe(status);
      const errors = format === 'json' ? res.json() : xml.parse(res.body).errors.error;
      expect(errors[0].description, name).toMatch(description);
      expect(Number(errors[0].code), name).toBe(status);
    }
    const csv = await ctx.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.csv',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(valid).toString(),
    });
    expect(csv.statusCode).toBe(404);
    expect(xml.parse(csv.body).errors.error[0].description).toMatch(/Unknown format/);
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
  });
});
