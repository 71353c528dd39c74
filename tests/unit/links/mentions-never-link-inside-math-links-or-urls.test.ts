import { describe, expect, it } from 'vitest';
import { linkMentions } from '../../../scripts/lib/links/mentions.ts';
import { record } from './seed-records.ts';

describe('mention links stay in prose', () => {
  it('math and existing link segments are untouched; a name inside a raw URL is not linked', () => {
    const user = record('A User Study', 'unused', {
      body: [
        { kind: 'math', tex: '\\text{UltraFeedback}_i' },
        { kind: 'text', text: 'Code at https://github.com/x/UltraFeedback-tools and ' },
        { kind: 'link', text: 'UltraFeedback mirror', href: 'https://example.org/UltraFeedback' },
        { kind: 'text', text: ' data.' },
      ],
    });
    const [, out] = linkMentions([record('UltraFeedback: Boosting Models', 'Feedback.'), user]);
    expect(out.body).toEqual(user.body);
    expect(out.mentions).toEqual([]);
  });

  it('the first prose mention after math is linked and the math segment is kept whole', () => {
    const user = record('A User Study', 'unused', {
      body: [
        { kind: 'math', tex: 'x^2' },
        { kind: 'text', text: ' trained on UltraFeedback.' },
      ],
    });
    const [, out] = linkMentions([record('UltraFeedback: Boosting Models', 'Feedback.'), user]);
    expect(out.body).toEqual([
      { kind: 'math', tex: 'x^2' },
      { kind: 'text', text: ' trained on ' },
      { kind: 'link', text: 'UltraFeedback', href: '../ultrafeedback-boosting-models/' },
      { kind: 'text', text: '.' },
    ]);
  });
});
