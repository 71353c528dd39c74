import { describe, expect, it } from 'vitest';
import { linkMentions } from '../../../scripts/lib/links/mentions.ts';
import { idOf, seedRecords } from './seed-records.ts';

const papers = linkMentions(seedRecords());
const byTitle = (prefix: string) => papers.find((p) => p.title.startsWith(prefix))!;
const links = (prefix: string) => byTitle(prefix).body.filter((s) => s.kind === 'link');

describe('mentions in the seed catalogue', () => {
  it('a paper naming UltraFeedback and WildBench links both, as written, with relative hrefs', () => {
    const drift = byTitle('DRIFT');
    expect(links('DRIFT')).toEqual(
      expect.arrayContaining([
        { kind: 'link', text: 'UltraFeedback', href: `../${idOf(byTitle('UltraFeedback').title)}/` },
        { kind: 'link', text: 'WildBench', href: `../${idOf(byTitle('WildBench').title)}/` },
      ]),
    );
    expect(drift.mentions).toEqual([byTitle('UltraFeedback').id, byTitle('WildBench').id].sort());
    expect(byTitle('WildBench').mentionedBy).toContain(drift.id);
  });

  it('"the Vendi Score" in its follow-up links to the Vendi Score paper, once', () => {
    const cousins = byTitle('Cousins Of The Vendi Score');
    expect(links('Cousins Of The Vendi Score')).toEqual([
      { kind: 'link', text: 'Vendi Score', href: `../${byTitle('The Vendi Score').id}/` },
    ]);
    expect(byTitle('The Vendi Score').mentionedBy).toEqual([cousins.id]);
  });

  it('a dataset named inside its successor links back (HelpSteer2-Preference → HelpSteer2)', () => {
    expect(byTitle('HelpSteer2-Preference').mentions).toEqual([byTitle('HelpSteer2: Open-source').id]);
  });

  it('the body still reads as the abstract once links are joined back', () => {
    for (const p of papers) {
      const text = p.body.map((s) => (s.kind === 'math' ? '' : s.text)).join('');
      expect(text).toBe(p.abstract);
    }
  });

  it('no paper links to itself, and mentions/mentionedBy agree', () => {
    for (const p of papers) {
      expect(p.mentions).not.toContain(p.id);
      for (const m of p.mentions) expect(papers.find((q) => q.id === m)!.mentionedBy).toContain(p.id);
    }
  });
});
