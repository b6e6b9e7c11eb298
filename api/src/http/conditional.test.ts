import { noneMatch } from './conditional';

describe('If-None-Match', () => {
  test.each([
    [undefined, false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"abcd"', false],
    ['abc', false],
    ['', false],
  ])('%p matches "abc": %p', (header, matches) => {
    expect(noneMatch(header, '"abc"')).toBe(matches);
  });
});
