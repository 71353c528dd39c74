import { describe, expect, it } from 'vitest';
import { loadCuration } from '../../../scripts/lib/tags/load-curation.ts';
import { formatProblem } from '../../../scripts/lib/report.ts';
import { fixture, fixtureNames } from './fixtures.ts';

const TAGS = new Set(['alignment', 'rlhf', 'diffusion']);
// Every fixture's name is a catalogued paper id except the one whose point is that it is not.
const PAPERS = new Set(fixtureNames('curation').map((n) => n.replace(/\.yml$/, '')).filter((id) => id !== 'paper-not-in-catalogue'));

const problemsOf = (name: string) => loadCuration([fixture(`curation/${name}`)], TAGS, PAPERS).problems.map(formatProblem);

describe('curation file validation', () => {
  it('accepts a good file and returns its additions and removals', () => {
    const { curation, problems } = loadCuration([fixture('curation/good-paper.yml')], TAGS, PAPERS);
    expect(problems).toEqual([]);
    expect(curation.get('good-paper')).toEqual({ add: ['rlhf'], remove: ['diffusion'] });
  });

  it.each([
    ['paper-not-in-catalogue.yml', '1:1', /unknown paper id "paper-not-in-catalogue"/],
    ['unknown-tag.yml', '4:7', /unknown tag "reward-modelling"/],
    ['duplicate-tag.yml', '5:7', /duplicate tag "rlhf" in "add"/],
    ['added-and-removed.yml', '5:7', /tag "rlhf" is both added and removed/],
    ['yaml-syntax-error.yml', '3:3', /YAML syntax error/],
    ['non-string-id.yml', '4:7', /tag ids are strings, found number 42/],
    ['add-not-a-list.yml', '2:8', /"add" must be a list of tag ids/],
    ['unknown-key.yml', '2:3', /unknown key "ad"/],
  ])('%s is reported at line:col %s', (name, at, message) => {
    const problems = problemsOf(name);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^tests/fixtures/tags/curation/${name.replace('.', '\\.')}:${at} `));
    expect(problems[0]).toMatch(message);
  });

  it('reports two files curating the same paper', () => {
    const good = fixture('curation/good-paper.yml');
    const { problems } = loadCuration([good, { ...good, path: 'content/curation/good-paper.yaml' }], TAGS, PAPERS);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^tests\/fixtures\/tags\/curation\/good-paper\.yml:1:1 duplicate curation for paper "good-paper"/)]);
  });
});
