import { expect, it } from 'vitest';
import { formatDate } from '../../../src/lib/dates.ts';

it('formats ISO dates as day month year and leaves anything else untouched', () => {
  expect(formatDate('2024-05-07')).toBe('7 May 2024');
  expect(formatDate('2023-12-31')).toBe('31 Dec 2023');
  expect(formatDate('2024-13-01')).toBe('2024-13-01');
  expect(formatDate('May 7')).toBe('May 7');
});
