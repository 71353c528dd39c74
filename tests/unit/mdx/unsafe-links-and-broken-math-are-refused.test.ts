import { expect, it } from 'vitest';
import { paperToMdx } from '../../../scripts/lib/mdx/write-paper.ts';
import { link, makeRecord, math, text } from '../../fixtures/mdx/records.ts';

it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x'])(
  'refuses to write a link to %j',
  (href) => {
    expect(() => paperToMdx(makeRecord({ body: [text('see '), link('here', href)] }))).toThrow(/unsafe scheme/);
  },
);

it.each(['a$b', '', '   '])('refuses a math segment %j that cannot sit between single dollars', (tex) => {
  expect(() => paperToMdx(makeRecord({ body: [math(tex)] }))).toThrow(/math/);
});
