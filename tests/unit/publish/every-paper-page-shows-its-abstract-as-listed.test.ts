import { describe, expect, it } from 'vitest';
import { checkAbstract, visibleText } from '../../../scripts/lib/site-check/check-abstracts.ts';

const paper = { id: 'p', title: 'Bounds <for> "Bandits"', abstract: 'We show a mathcal{O}(T^{2/3}) bound & n<10 {x}.' };

describe('the "nothing lost" check of built paper pages', () => {
  it('passes a page that shows the title and the abstract as listed, whatever the markup and entities', () => {
    const html = `<html><head><style>p{}</style><script>var a="We show";</script></head><body><h1>Bounds &lt;for&gt; &quot;Bandits&quot;</h1>
      <details><summary>Abstract as listed</summary><p>We show a mathcal{O}(T^{2/3})
      bound &amp; n&#x3C;10 {x}.</p></details></body></html>`;
    expect(checkAbstract('dist/papers/p/index.html', paper, html)).toEqual([]);
  });

  it('reports a page that lost part of the abstract', () => {
    const html = '<h1>Bounds &lt;for&gt; &quot;Bandits&quot;</h1><p>We show a bound &amp; n&lt;10 {x}.</p>';
    expect(checkAbstract('dist/papers/p/index.html', paper, html).map((p) => p.message)).toEqual([
      'page of "p" does not show its abstract exactly as listed',
    ]);
  });

  it('does not count text inside scripts as shown', () => {
    expect(visibleText('<script>We show</script><p>x</p>')).toBe('x');
  });
});

describe('visible text of a page', () => {
  it('joins inline markup without spaces and separates blocks', () => {
    expect(visibleText('<p>Code at <a href="x">https://g.com/a_b</a>.</p><p>Next</p>')).toBe('Code at https://g.com/a_b. Next');
  });
});
