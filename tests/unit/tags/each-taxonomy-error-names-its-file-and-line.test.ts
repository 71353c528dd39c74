import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../scripts/lib/tags/load-taxonomy.ts';
import { formatProblem } from '../../../scripts/lib/report.ts';
import { fixture } from './fixtures.ts';

const problemsOf = (name: string) => {
  const f = fixture(`taxonomy/${name}`);
  return loadTaxonomy(f.text, f.path).problems.map(formatProblem);
};

describe('tags.yml validation', () => {
  it('accepts a valid taxonomy and keeps ids as strings', () => {
    const f = fixture('taxonomy/valid.yml');
    const { tags, problems } = loadTaxonomy(f.text, f.path);
    expect(problems).toEqual([]);
    expect(tags.map((t) => t.id)).toEqual(['alignment', 'rlhf', 'diffusion']);
    expect(tags[1]!.parent).toBe('alignment');
  });

  it.each([
    ['yaml-syntax-error.yml', '3:16', /YAML syntax error/],
    ['missing-description.yml', '4:3', /tag "rlhf": every tag needs a description/],
    ['empty-description.yml', '3:16', /every tag needs a description/],
    ['duplicate-id.yml', '4:7', /duplicate tag id "alignment"/],
    ['unknown-parent.yml', '4:11', /unknown parent "alignmnet"/],
    ['numeric-id.yml', '4:7', /id must be a string, found number 2024/],
    ['unknown-key.yml', '4:3', /unknown key "descripton"/],
    ['not-a-list.yml', '1:1', /must be a YAML list/],
  ])('%s is reported at line:col %s', (name, at, message) => {
    const problems = problemsOf(name);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^tests/fixtures/tags/taxonomy/${name.replace('.', '\\.')}:${at} `));
    expect(problems[0]).toMatch(message);
  });

  it('reports a parent cycle on the parent line of every tag in it', () => {
    expect(problemsOf('parent-cycle.yml')).toEqual([
      'tests/fixtures/tags/taxonomy/parent-cycle.yml:4:11 tag "alpha": parent cycle alpha › beta › alpha',
      'tests/fixtures/tags/taxonomy/parent-cycle.yml:8:11 tag "beta": parent cycle alpha › beta › alpha',
    ]);
  });
});
