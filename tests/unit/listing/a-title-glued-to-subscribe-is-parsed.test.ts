import { expect, it } from 'vitest';
import { parseListings } from '../../../scripts/lib/listing/parse-listings.ts';
import { fixture } from './load-fixture.ts';

it('splits "SubscribeFast Sampling…" into the button and the first title (layout B, no blank lines)', () => {
  const b = parseListings([fixture('layout-b-glued-subscribe.txt')]);
  const a = parseListings([fixture('layout-a.txt')]);
  expect(b.map((e) => [e.title, e.abstract, e.line])).toEqual([
    [a[0].title, a[0].abstract, 3],
    [a[1].title, a[1].abstract, 5],
  ]);
});

it('keeps a later title that merely starts with "Subscribe"', () => {
  const abstract = 'We analyse why users unsubscribe from newsletters and propose a recommender that keeps them engaged, with results on two large public datasets.';
  const text = `SubscribeFirst Paper\n${abstract}\nSubscriber Churn Prediction\n${abstract}\n`;
  const entries = parseListings([{ name: 'x.txt', text }]);
  expect(entries.map((e) => e.title)).toEqual(['First Paper', 'Subscriber Churn Prediction']);
});
