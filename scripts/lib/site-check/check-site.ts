/**
 * The built-site check, unit by unit. Reads dist through io.ts in bounded batches and keeps only each page's scan
 * (ids and references), so memory stays small on 100,000 pages; every check below is a pure function.
 */
import path from 'node:path';
import { listFilesRecursive, readText } from '../io.ts';
import type { Problem } from '../report.ts';
import { checkBibtex } from './check-bibtex.ts';
import { checkFeed, checkXmlWellFormed } from './check-feed.ts';
import { checkHtml, pagesToValidate } from './check-html.ts';
import { checkLinks, type RefSource } from './check-links.ts';
import { checkPapersJson } from './check-papers-json.ts';
import { checkAbstract, type ListedPaper } from './check-abstracts.ts';
import { fileFor, resolveUrl, type SiteLocation } from './resolve-url.ts';
import { cssUrls } from './scan-css.ts';
import { locator } from './positions.ts';
import { scanHtml, type PageScan } from './scan-html.ts';

export interface SiteCheckOptions extends SiteLocation {
  /** Validate every page up to this many HTML files; above it, all non-paper pages and a sample of paper pages. */
  validateLimit?: number;
  /** How problems name files, e.g. `dist`. */
  distLabel?: string;
}

export interface SiteCheckResult {
  problems: Problem[];
  stats: { files: number; pages: number; validated: number; internalLinks: number; externalLinks: number; feeds: number; bibFiles: number; ms: Record<string, number> };
}

async function forEachBatch<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let k = 0; k < items.length; k += size) await Promise.all(items.slice(k, k + size).map(fn));
}

export async function checkSite(distDir: string, options: SiteCheckOptions): Promise<SiteCheckResult> {
  const label = options.distLabel ?? path.relative(process.cwd(), distDir) ?? 'dist';
  const ms: Record<string, number> = {};
  const timed = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
    const t = performance.now();
    const r = await f();
    ms[name] = Math.round(performance.now() - t);
    return r;
  };
  const read = (f: string) => readText(path.join(distDir, f));
  const named = (f: string) => `${label}/${f}`;

  const fileList = await listFilesRecursive(distDir);
  const files = new Set(fileList);
  const htmlFiles = fileList.filter((f) => f.endsWith('.html'));
  const toValidate = new Set(pagesToValidate(htmlFiles, options.validateLimit ?? 1000));
  const problems: Problem[] = [];

  // (1) links and assets
  const pages = new Map<string, PageScan>();
  const sources: RefSource[] = [];
  const htmlToValidate: { file: string; text: string }[] = [];
  await timed('scan', async () => {
    await forEachBatch(htmlFiles, 64, async (f) => {
      const text = await read(f);
      const scan = scanHtml(text);
      pages.set(f, scan);
      sources.push({ file: f, refs: scan.refs });
      if (toValidate.has(f)) htmlToValidate.push({ file: f, text });
    });
    await forEachBatch(fileList.filter((f) => f.endsWith('.css')), 64, async (f) => {
      const css = await read(f);
      const at = locator(css);
      sources.push({ file: f, refs: cssUrls(css).map((r) => ({ url: r.url, via: 'css url()', ...at(r.offset) })) });
    });
    sources.sort((a, b) => (a.file < b.file ? -1 : 1));
  });
  const links = await timed('links', () => checkLinks(sources, pages, files, options, label));
  problems.push(...links.problems);

  // (2) HTML validity
  htmlToValidate.sort((a, b) => (a.file < b.file ? -1 : 1));
  await timed('html-validate', async () => {
    for (const { file, text } of htmlToValidate) problems.push(...(await checkHtml(named(file), text)));
  });

  // (3) feeds and other XML; (4) BibTeX; (5) papers.json — all share one notion of "this URL opens a site file".
  const resolves = (url: string) => {
    const t = resolveUrl(url, '', options);
    return t.kind === 'internal' && fileFor(t.path, files) !== undefined;
  };
  const feeds = fileList.filter((f) => f === 'rss.xml' || f.endsWith('/rss.xml'));
  const otherXml = fileList.filter((f) => f.endsWith('.xml') && !feeds.includes(f));
  const bibFiles = fileList.filter((f) => f.endsWith('.bib'));
  await timed('feeds', async () => {
    await forEachBatch(feeds, 64, async (f) => void problems.push(...checkFeed(named(f), await read(f), resolves)));
    await forEachBatch(otherXml, 64, async (f) => void problems.push(...checkXmlWellFormed(named(f), await read(f))));
  });
  await timed('bibtex', () =>
    forEachBatch(bibFiles, 64, async (f) => void problems.push(...checkBibtex(named(f), await read(f)))),
  );
  if (files.has('papers.json')) {
    const json = await read('papers.json');
    await timed('papers-json', async () => problems.push(...checkPapersJson(named('papers.json'), json, resolves)));
    await timed('abstracts', async () => {
      let papers: (ListedPaper & { url: string })[] = [];
      try {
        papers = JSON.parse(json);
      } catch {
        return; // reported by the papers.json check
      }
      await forEachBatch(papers, 64, async (p) => {
        const target = resolveUrl(p.url, '', options);
        const page = target.kind === 'internal' ? fileFor(target.path, files) : undefined;
        if (page) problems.push(...checkAbstract(named(page), p, await read(page)));
      });
    });
  } else {
    problems.push({ file: named('papers.json'), line: 1, col: 1, message: 'papers.json (the catalogue data export) is missing' });
  }

  // Batches finish in any order; sort so the report is stable.
  problems.sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line || a.col - b.col));
  return {
    problems,
    stats: {
      files: fileList.length,
      pages: htmlFiles.length,
      validated: htmlToValidate.length,
      internalLinks: links.stats.internal,
      externalLinks: links.stats.external,
      feeds: feeds.length,
      bibFiles: bibFiles.length,
      ms,
    },
  };
}
