import { describe, expect, it } from 'vitest';
import { SseParser } from '../src/sse.js';

const feedAll = (chunks: string[]) => {
  const parser = new SseParser();
  return { blocks: chunks.flatMap((c) => parser.feed(c)), parser };
};

describe('SSE parser', () => {
  it('reads events, comments, retry and ids, with any line ending and chunks cut anywhere', () => {
    const text =
      '\uFEFFretry: 2000\r\nid: p0\r\n\r\n: heartbeat\r\rid: c1\ndata: {"a":1}\n\nevent: dropped\ndata: line 1\ndata:line 2\n\ndata: keeps c1\n\n';
    const whole = feedAll([text]);
    for (const size of [1, 2, 3, 7]) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(feedAll(chunks).blocks).toEqual(whole.blocks);
    }
    expect(whole.blocks).toEqual([
      { id: 'p0', event: '', data: null },
      { id: 'c1', event: 'message', data: '{"a":1}' },
      { id: 'c1', event: 'dropped', data: 'line 1\nline 2' },
      { id: 'c1', event: 'message', data: 'keeps c1' },
    ]);
    expect(whole.parser.retryMs).toBe(2000);
  });

  it('ignores unknown fields, bad retry values and ids with NUL, and waits for the blank line', () => {
    const { blocks, parser } = feedAll(['foo: bar\nretry: soon\nid: a\0b\ndata\n', '\ndata: half']);
    expect(blocks).toEqual([{ id: '', event: 'message', data: '' }]);
    expect(parser.retryMs).toBeUndefined();
  });
});
