import { expect, it } from 'vitest';
import { linkUrls } from '../../../scripts/lib/records/link-urls.ts';

it('cuts the URL out so x_y inside it stays in the link, not in a text segment', () => {
  expect(linkUrls('Code and data are available at https://github.com/Hritikbansal/sparse_feedback. We use $x_i$.')).toEqual([
    { kind: 'text', text: 'Code and data are available at ' },
    { kind: 'link', text: 'https://github.com/Hritikbansal/sparse_feedback', href: 'https://github.com/Hritikbansal/sparse_feedback' },
    { kind: 'text', text: '. We use $x_i$.' },
  ]);
});

it('shows a bare URL as written but links it with https', () => {
  expect(linkUrls('at: github.com/anyasims/edge-of-reach.')).toEqual([
    { kind: 'text', text: 'at: ' },
    { kind: 'link', text: 'github.com/anyasims/edge-of-reach', href: 'https://github.com/anyasims/edge-of-reach' },
    { kind: 'text', text: '.' },
  ]);
});

it('gives back the space a glued URL lost and drops LaTeX wrappers', () => {
  expect(linkUrls('further research advancements\\url{https://github.com/ernie-research/Tool-Augmented-Reward-Model}.')).toEqual([
    { kind: 'text', text: 'further research advancements ' },
    { kind: 'link', text: 'https://github.com/ernie-research/Tool-Augmented-Reward-Model', href: 'https://github.com/ernie-research/Tool-Augmented-Reward-Model' },
    { kind: 'text', text: '.' },
  ]);
});

it('returns the abstract as one text segment when it has no URL', () => {
  expect(linkUrls('No links here.')).toEqual([{ kind: 'text', text: 'No links here.' }]);
});
