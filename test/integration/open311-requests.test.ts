import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity, createMember } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

const xml = new XMLParser({
  parseTagValue: false,
  isArray: (name) => ['request', 'request_update', 'error'].includes(name),
});
const DAY = 86_400_000;

describe('Open311 GeoReport v2: following requests', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  async function postRequest(fields: Record<string, string> = {}): Promise<string> {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        api_key: city.keys.staffA1,
        service_code: 'home_visit',
        lat: '29.7003',
        long: '116.0004',
        address_string: '7 Plum Lane',
        description: 'Check on the old man at number 7\nHe has not been seen for two days.',
        first_name: 'Mei',
        last_name: 'Chen',
        phone: '13700001111',
        media_url: 'https://photos.example.org/7.jpg',
        'attribute[headcount]': '2',
        ...fields,
      }).toString(),
    });
    expect(res.statusCode).toBe(200);
    return res.json()[0].service_request_id;
  }
  const get = (url: string) => call(ctx, null, { method: 'GET', url: `/open311/v2/${url}` });
  const ids = (res: { json(): { service_request_id: string }[] }) =>
    res.json().map((r) => r.service_request_id);

  it('reads a created request back with its public fields, in both formats', async () => {
    const id = await postRequest();
    const order = (await ctx.database.pool.query('select * from orders where id = $1', [id])).rows[0];
    const json = await get(`requests/${id}.json`);
    expect(json.statusCode).toBe(200);
    expect(json.json()).toEqual([
      {
        service_request_id: id,
        status: 'open',
        status_notes: 'open; escalation level 0 (community)',
        service_name: 'Home visit',
        service_code: 'home_visit',
        description: 'Check on the old man at number 7\nHe has not been seen for two days.',
        agency_responsible: 'Community Community A1',
        service_notice: `Waiting for volunteers: 0 of 2 volunteer slots taken; to be taken by ${order.claim_by.toISOString()}`,
        requested_datetime: order.created_at.toISOString(),
        updated_datetime: order.updated_at.toISOString(),
        expected_datetime: order.complete_by.toISOString(),
        address: '7 Plum Lane',
        address_id: null,
        zipcode: null,
        lat: 29.7003,
        long: 116.0004,
        media_url: 'https://photos.example.org/7.jpg',
      },
    ]);
    for (const personal of ['13700001111', 'Chen', 'Mei']) expect(json.body).not.toContain(personal);

    const asXml = await get(`requests/${id}.xml`);
    expect(asXml.headers['content-type']).toBe('text/xml; charset=utf-8');
    const [request] = xml.parse(asXml.body).service_requests.request;
    expect(request).toMatchObject({
      service_request_id: id,
      status: 'open',
      lat: '29.7003',
      long: '116.0004',
      address_id: '',
      zipcode: '',
    });
  });

  it('answers a retried POST with the same Idempotency-Key with the first request', async () => {
    const form = new URLSearchParams({
      api_key: city.keys.staffA1,
      service_code: 'errand',
      lat: '29.7',
      long: '116.0',
      description: 'Buy rice',
    });
    const send = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.json',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'idempotency-key': 'hotline-call-881',
        },
        payload: form.toString(),
      });
    const first = await send();
    const before = await countRows(ctx.database, ['orders', 'audit_events', 'outbox']);
    const retry = await send();
    expect(retry.statusCode).toBe(200);
    expect(retry.json()[0].service_request_id).toBe(first.json()[0].service_request_id);
    expect(await countRows(ctx.database, ['orders', 'audit_events', 'outbox'])).toEqual(before);
  });

  it('scopes an Idempotency-Key to the Open311 POST: the same key on /v1/orders is another order; another form is 400', async () => {
    const form = (description: string) =>
      new URLSearchParams({
        api_key: city.keys.staffA1,
        service_code: 'errand',
        lat: '29.7',
        long: '116.0',
        description,
      }).toString();
    const send = (payload: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.xml',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': 'desk-call-17' },
        payload,
      });
    const viaV1 = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      headers: { 'idempotency-key': 'desk-call-17' },
      payload: orderBody(city, { title: 'Phoned in at the desk' }),
    });
    expect(viaV1.statusCode, viaV1.body).toBe(201);
    const posted = await send(form('Carry the shopping upstairs'));
    expect(posted.statusCode, posted.body).toBe(200);
    const id = xml.parse(posted.body).service_requests.request[0].service_request_id;
    expect(id).not.toBe(viaV1.json().id);

    const before = await countRows(ctx.database, ['orders', 'audit_events', 'outbox', 'idempotency_keys']);
    const other = await send(form('Something else'));
    expect(other.statusCode).toBe(400);
    expect(other.body).toContain('Idempotency-Key was used with a different request');
    const retry = await send(form('Carry the shopping upstairs'));
    expect(xml.parse(retry.body).service_requests.request[0].service_request_id).toBe(id);
    expect(await countRows(ctx.database, ['orders', 'audit_events', 'outbox', 'idempotency_keys'])).toEqual(
      before,
    );
  });

  it('lists published requests newest first, filtered by dates, status, service and ids', async () => {
    const first = await postRequest({ service_code: 'errand' });
    ctx.clock.advance(60_000);
    const second = await postRequest();
    const draft = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, { publish: false }),
    });
    const now = ctx.clock.now();
    const around = `start_date=${new Date(now.getTime() - 3_600_000).toISOString()}&end_date=${new Date(now.getTime() + 1000).toISOString()}`;

    const listed = ids(await get(`requests.json?${around}`));
    expect(listed.indexOf(second)).toBeLessThan(listed.indexOf(first));
    expect(listed).not.toContain(draft.json().id);
    expect((await get(`requests/${draft.json().id}.json`)).statusCode).toBe(404);

    expect(ids(await get('requests.json'))).toEqual(expect.arrayContaining([first, second]));
    const earlier = new Date(now.getTime() - 10 * DAY).toISOString();
    expect(
      ids(
        await get(
          `requests.json?start_date=${earlier}&end_date=${new Date(now.getTime() - 9 * DAY).toISOString()}`,
        ),
      ),
    ).toEqual([]);
    const errands = ids(await get(`requests.json?${around}&service_code=errand`));
    expect(errands).toContain(first);
    expect(errands).not.toContain(second);
    const closed = ids(await get(`requests.json?${around}&status=closed`));
    expect(closed).not.toContain(first);
    expect(closed).not.toContain(second);
    expect(ids(await get(`requests.json?${around}&status=open,closed`))).toEqual(
      expect.arrayContaining([first, second]),
    );
    // A list of ids overrides every other argument, the window included.
    const byId = await get(
      `requests.xml?service_request_id=${first},not-an-id&start_date=${earlier}&end_date=${earlier}`,
    );
    expect(
      xml
        .parse(byId.body)
        .service_requests.request.map((r: { service_request_id: string }) => r.service_request_id),
    ).toEqual([first]);

    const tooLong = await get(
      `requests.json?start_date=${earlier}&end_date=${new Date(now.getTime() + 90 * DAY).toISOString()}`,
    );
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toEqual([
      { code: 400, description: 'start_date and end_date may not span more than 90 days' },
    ]);
    const badStatus = await get('requests.xml?status=fixed');
    expect(xml.parse(badStatus.body).errors.error).toEqual([
      { code: '400', description: 'status must be open or closed, not fixed' },
    ]);
    const badDate = await get('requests.json?start_date=yesterday');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json()[0].description).toMatch(/^start_date: /);
    expect((await get('requests/not-a-uuid.json')).statusCode).toBe(404);
  });

  it('shows orders taken at the desk without their text, address or exact point', async () => {
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, {
        beneficiary: { name: '李秀英', phone: '13812345678' },
        location: { lat: 29.701234, lng: 116.004567, address: '5 Lane, flat 302' },
      }),
    });
    const [request] = (await get(`requests/${res.json().id}.json`)).json();
    expect(request).toMatchObject({
      description: null,
      address: null,
      media_url: null,
      lat: 29.701,
      long: 116.005,
      service_code: 'home_visit',
    });
    const body = JSON.stringify(request);
    for (const hidden of ['李秀英', '13812345678', 'Grandma', 'flat 302']) expect(body).not.toContain(hidden);
  });

  it('names the unit holding a claim, or the tier the whistle has reached', async () => {
    const id = await postRequest();
    await ctx.database.pool.query('update orders set escalation_level = 1 where id = $1', [id]);
    const [escalated] = (await get(`requests/${id}.json`)).json();
    expect(escalated).toMatchObject({
      status_notes: 'open; escalation level 1 (street)',
      agency_responsible: 'Street Street A',
    });

    const doctor = await createMember(ctx.database, { unitId: city.unitA.id });
    const claim = await call(ctx, city.keys.unitA, {
      method: 'POST',
      url: `/v1/orders/${id}/claims`,
      payload: { memberId: doctor.id },
    });
    expect(claim.statusCode).toBe(201);
    const [claimed] = (await get(`requests/${id}.xml`)).body
      .match(/<agency_responsible>(.*)<\/agency_responsible>/)!
      .slice(1);
    expect(claimed).toBe('Hospital A');
  });

  it('lists the updates of a request from its audit trail after a claim and a cancellation', async () => {
    const since = ctx.clock.advance(DAY).toISOString();
    const id = await postRequest();
    const member = await createMember(ctx.database, { communityId: city.communityA1.id });
    ctx.clock.advance(1000);
    const claim = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${id}/claims`,
      payload: { memberId: member.id },
    });
    expect(claim.statusCode).toBe(201);
    ctx.clock.advance(1000);
    const cancel = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${id}/cancel`,
      payload: { reason: 'The family came back' },
    });
    expect(cancel.statusCode).toBe(200);

    const before = await countRows(ctx.database, ['audit_events']);
    const res = await get(`servicerequestupdates.xml?start_date=${since}`);
    expect(res.statusCode).toBe(200);
    const updates = xml
      .parse(res.body)
      .service_request_updates.request_update.filter(
        (u: { service_request_id: string }) => u.service_request_id === id,
      );
    const events = await ctx.database.pool.query(
      "select id, created_at from audit_events where entity_id = $1 and action <> 'order.created' order by id",
      [id],
    );
    expect(updates).toEqual([
      {
        update_id: String(events.rows[0].id),
        service_request_id: id,
        status: 'open',
        updated_datetime: events.rows[0].created_at.toISOString(),
        description: 'Published: volunteers can now take it',
        media_url: '',
      },
      {
        update_id: String(events.rows[1].id),
        service_request_id: id,
        status: 'open',
        updated_datetime: events.rows[1].created_at.toISOString(),
        description: 'A volunteer took a slot (1 of 2 slots taken)',
        media_url: '',
      },
      {
        update_id: String(events.rows[2].id),
        service_request_id: id,
        status: 'closed',
        updated_datetime: events.rows[2].created_at.toISOString(),
        description: 'Cancelled by the community',
        media_url: '',
      },
    ]);
    expect(await countRows(ctx.database, ['audit_events'])).toEqual(before);

    const later = await get(
      `servicerequestupdates.json?start_date=${events.rows[2].created_at.toISOString()}`,
    );
    expect(
      later
        .json()
        .filter((u: { service_request_id: string }) => u.service_request_id === id)
        .map((u: { status: string }) => u.status),
    ).toEqual(['closed']);
    expect(ids(await get('requests.json?status=closed'))).toContain(id);
    expect(ids(await get('requests.json?status=open'))).not.toContain(id);
    const [closed] = (await get(`requests/${id}.json`)).json();
    expect(closed).toMatchObject({
      status: 'closed',
      status_notes: 'cancelled; escalation level 0 (community)',
      updated_datetime: events.rows[2].created_at.toISOString(),
    });
  });
});
