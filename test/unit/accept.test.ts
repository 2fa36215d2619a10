import { describe, expect, it } from 'vitest';
import { acceptsAny } from '../../src/http/accept.js';

const json = ['application/json', 'application/problem+json'];

describe('acceptsAny', () => {
  it.each([
    ['*/*', true],
    ['application/*', true],
    ['application/json', true],
    ['Application/JSON; charset=utf-8', true],
    ['application/problem+json', true],
    ['text/html, */*;q=0.1', true],
    ['text/html', false],
    ['text/*', false],
    ['application/json;q=0', false],
    ['application/json;q=0, application/problem+json;q=0, */*', false],
    ['application/json;q=0, */*', true],
    ['*/*;q=0', false],
    ['garbage', false],
    ['application/json;q=oops', false],
  ])('Accept: %s → %s', (accept, expected) => {
    expect(acceptsAny(accept, json)).toBe(expected);
  });

  it('takes the quality of the most specific range', () => {
    expect(acceptsAny('text/*;q=0, text/csv', ['text/csv'])).toBe(true);
    expect(acceptsAny('text/csv;q=0, text/*', ['text/csv'])).toBe(false);
    expect(acceptsAny('text/csv;q=0, text/*', ['text/csv', 'text/plain'])).toBe(true);
  });
});
