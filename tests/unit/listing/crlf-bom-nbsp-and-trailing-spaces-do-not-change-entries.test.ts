import { expect, it } from 'vitest';
import { parseListings } from '../../../scripts/lib/listing/parse-listings.ts';
import { fixture } from './load-fixture.ts';

const clean = parseListings([fixture('layout-a.txt')]).map(({ file: _f, ...rest }) => rest);

it('parses a listing with a BOM, CRLF line ends and trailing spaces like the clean one', () => {
  const f = fixture('crlf-bom-trailing-spaces.txt');
  expect(f.text.startsWith('\ufeff') && f.text.includes('  \r\n')).toBe(true);
  expect(parseListings([f]).map(({ file: _f, ...rest }) => rest)).toEqual(clean);
});

it('treats non-breaking spaces in titles, headers and dates as ordinary spaces', () => {
  const f = fixture('nbsp.txt');
  expect(f.text).toContain('\u00a0');
  expect(parseListings([f]).map(({ file: _f, ...rest }) => rest)).toEqual(clean);
});
