/**
 * The chrome of an HF "Daily Papers" page that a copy-paste brings along. None of it is a paper.
 */

const PAGE_HEADERS = new Set([
  'new',
  'Get trending papers in your email inbox!',
  'Get trending papers in your email inbox once a day!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
]);

export function isPageHeader(text: string): boolean {
  return PAGE_HEADERS.has(text);
}

const SUBSCRIBE = 'Subscribe';

/**
 * Layout B loses the line break after the "Subscribe" button, gluing it to the first title
 * (`SubscribePreference Optimization…`). Only the header region is checked, so a real title starting with
 * "Subscribe…" further down is left alone.
 */
export function splitGluedSubscribe(text: string): string | undefined {
  if (!text.startsWith(SUBSCRIBE) || text.length === SUBSCRIBE.length) return undefined;
  const rest = text.slice(SUBSCRIBE.length);
  // "Subscribers…" or "Subscribed…" is a word, not the button: the glued title starts with a capital, digit or quote.
  if (!/^[\p{Lu}\p{N}"'“‘(\[]/u.test(rest)) return undefined;
  return rest.trim() || undefined;
}
