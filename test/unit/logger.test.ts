import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from '../../src/logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: pino(loggerOptions({ LOG_LEVEL: 'info' }), stream), text: () => lines.join('') };
}

describe('log redaction', () => {
  it('keeps keys, phones and names out of request and payload logs', () => {
    const { log, text } = capture();
    log.info(
      {
        req: { headers: { authorization: 'Bearer wd_abc_secret' } },
        member: { name: '李秀英', phone: '13812345678' },
        phone: '13900001111',
      },
      'x',
    );
    const out = text();
    expect(out).not.toContain('wd_abc_secret');
    expect(out).not.toContain('13812345678');
    expect(out).not.toContain('13900001111');
    expect(out).not.toContain('李秀英');
  });

  it('logs a failed query without its parameters', () => {
    const { log, text } = capture();
    const cause = Object.assign(new Error('duplicate key value'), { code: '23505' });
    const err = Object.assign(
      new Error(
        'Failed query: insert into orders (beneficiary_phone) values ($1)\nparams: 13812345678,王秀兰',
      ),
      {
        params: ['13812345678', '王秀兰'],
        cause,
      },
    );
    log.error({ err }, 'request failed');
    const out = text();
    expect(out).toContain('insert into orders');
    expect(out).toContain('duplicate key value');
    expect(out).not.toContain('13812345678');
    expect(out).not.toContain('王秀兰');
  });
});
