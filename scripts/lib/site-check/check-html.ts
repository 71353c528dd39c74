/**
 * Check 2: HTML validity with html-validate (offline), `html-validate:recommended` with these exceptions:
 * - no-inline-style: KaTeX positions every glyph row with inline `style="height:…"`; it is generated, not authored.
 * - attribute-boolean-style / attribute-empty-style / void-style / no-self-closing: Astro's compiler and KaTeX pick
 *   the serialisation (`<meta …/>`, `hidden=""`); the HTML parser reads both forms the same, so these are style only.
 * - long-title: a paper page's <title> is the paper's real title, often over 70 characters; that is an SEO hint,
 *   not an HTML error, and shortening titles would misquote papers.
 * - no-redundant-role / prefer-native-element are left on: they catch real accessibility mistakes.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { Problem } from '../report.ts';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'void-style': 'off',
    'no-self-closing': 'off',
    'long-title': 'off',
  },
};

let validator: HtmlValidate | undefined;

export async function checkHtml(file: string, html: string): Promise<Problem[]> {
  validator ??= new HtmlValidate(htmlValidateConfig);
  const report = await validator.validateString(html, file);
  return report.results.flatMap((r) =>
    r.messages.map((m) => ({ file, line: m.line, col: m.column, message: `${m.message} (html-validate ${m.ruleId})` })),
  );
}

/**
 * Which pages to validate. Every page when there are at most `limit`; otherwise every non-paper page plus a
 * deterministic spread of paper pages (every k-th in sorted order), since paper pages share one template.
 */
export function pagesToValidate(htmlFiles: string[], limit: number): string[] {
  if (htmlFiles.length <= limit) return htmlFiles;
  const isPaper = (f: string) => /^papers\/[^/]+\/index\.html$/.test(f);
  const others = htmlFiles.filter((f) => !isPaper(f));
  const papers = htmlFiles.filter(isPaper);
  const room = Math.max(limit - others.length, Math.min(papers.length, 200));
  const step = papers.length / room;
  const sample: string[] = [];
  for (let k = 0; k < room; k++) sample.push(papers[Math.floor(k * step)]!);
  return [...others, ...sample].sort();
}
