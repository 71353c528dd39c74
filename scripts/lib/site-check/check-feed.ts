/**
 * Check 3: a feed is well-formed XML (fast-xml-parser's validator, already installed with @astrojs/rss) and a valid
 * RSS 2.0 shape: <rss version="2.0"><channel> with title, link and description; every item has a title or
 * description, and a link. Item links into the site are handed to `resolves` so a feed cannot point at a missing page.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Problem } from '../report.ts';

export function checkXmlWellFormed(file: string, xml: string): Problem[] {
  const result = XMLValidator.validate(xml);
  if (result === true) return [];
  return [{ file, line: result.err.line, col: result.err.col, message: `malformed XML: ${result.err.msg}` }];
}

export function checkFeed(file: string, xml: string, resolves: (url: string) => boolean): Problem[] {
  const wellFormed = checkXmlWellFormed(file, xml);
  if (wellFormed.length) return wellFormed;
  const at = (message: string): Problem => ({ file, line: 1, col: 1, message });
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml);
  const rss = doc.rss;
  if (!rss) return [at('feed has no <rss> root element')];
  if (rss['@_version'] !== '2.0') return [at('<rss> must have version="2.0"')];
  const channel = rss.channel;
  if (!channel) return [at('<rss> has no <channel>')];
  const problems: Problem[] = [];
  for (const required of ['title', 'link', 'description']) {
    if (channel[required] === undefined || channel[required] === '') problems.push(at(`<channel> has no <${required}>`));
  }
  const items: Record<string, unknown>[] = channel.item ?? [];
  items.forEach((item, n) => {
    const label = `item ${n + 1}`;
    if (!item.title && !item.description) problems.push(at(`${label} has neither <title> nor <description>`));
    if (typeof item.link !== 'string' || item.link === '') problems.push(at(`${label} has no <link>`));
    else if (!resolves(item.link)) problems.push(at(`${label} <link> ${item.link} does not resolve to a page in the site`));
    if (item.pubDate !== undefined && Number.isNaN(Date.parse(String(item.pubDate)))) {
      problems.push(at(`${label} has an unreadable <pubDate> ${String(item.pubDate)}`));
    }
  });
  return problems;
}
