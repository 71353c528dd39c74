import { expect, it } from 'vitest';
import { checkFeed } from '../../../scripts/lib/site-check/check-feed.ts';
import { readFixture } from './load-fixture.ts';

const resolves = (url: string) => url === 'https://atlas.test/papers/x/';

it('passes a well-formed RSS 2.0 feed whose items open site pages', () => {
  expect(checkFeed('good.xml', readFixture('feeds', 'good.xml'), resolves)).toEqual([]);
});

it('reports malformed XML (a bare & and an unclosed <item>) with a position', () => {
  const problems = checkFeed('malformed.xml', readFixture('feeds', 'malformed.xml'), resolves);
  expect(problems).toHaveLength(1);
  expect(problems[0]!.message).toMatch(/^malformed XML/);
  expect(problems[0]!.line).toBeGreaterThanOrEqual(1);
});

it('reports a channel without <link> and an item linking to a missing page', () => {
  const messages = checkFeed('f.xml', readFixture('feeds', 'no-channel-link.xml'), resolves).map((p) => p.message);
  expect(messages).toContain('<channel> has no <link>');
  expect(messages.some((m) => m.includes('papers/gone/ does not resolve'))).toBe(true);
});
