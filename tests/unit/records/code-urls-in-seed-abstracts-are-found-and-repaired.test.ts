import { describe, expect, it } from 'vitest';
import { extractCodeUrls, findUrls } from '../../../scripts/lib/records/code-urls.ts';

// Each case is a fragment of a seed abstract (content/sources).
describe('extractCodeUrls on seed cases', () => {
  it.each([
    ['keeps underscores', 'all components of AlpacaFarm at https://github.com/tatsu-lab/alpaca_farm.', 'https://github.com/tatsu-lab/alpaca_farm'],
    ['repairs a space in the scheme', 'code repository is available at https: //github.com/reds-lab/preference-learning-with-rationales', 'https://github.com/reds-lab/preference-learning-with-rationales'],
    ['drops a duplicated url{url}', 'The code is available at https://github.com/masa-ue/SVDD{https://github.com/masa-ue/SVDD}.', 'https://github.com/masa-ue/SVDD'],
    ['drops a flattened \\href name', 'Codes and models are available at https://github.com/Tencent-Hunyuan/MixGRPO{MixGRPO}.', 'https://github.com/Tencent-Hunyuan/MixGRPO'],
    ['unwraps {\\small \\url{ … }}', 'available at {\\small \\url{ https://github.com/yanyanSann/PromptTPP}}, by integrating', 'https://github.com/yanyanSann/PromptTPP'],
    ['splits a URL glued to a word', 'to benefit future researchhttps://github.com/InternLM/OREAL.', 'https://github.com/InternLM/OREAL'],
    ['adds https to a bare github.com', 'Code open-sourced at: github.com/anyasims/edge-of-reach.', 'https://github.com/anyasims/edge-of-reach'],
    ['strips an unbalanced closing parenthesis', 'the code used for training (https://github.com/hamishivi/EasyLM) and', 'https://github.com/hamishivi/EasyLM'],
    ['keeps a project page with dots in its path', 'publicly available at https://wzy6642.github.io/I3C.github.io/.', 'https://wzy6642.github.io/I3C.github.io/'],
    ['maps the scraping mirror back to huggingface.co', 'our dataset and prompts at https://hf-mirror.492719920.workers.dev/datasets/Anthropic/discrim-eval', 'https://huggingface.co/datasets/Anthropic/discrim-eval'],
  ])('%s', (_what, text, url) => {
    expect(extractCodeUrls(text)).toEqual([url]);
  });

  it('keeps every URL once, in order of appearance', () => {
    const text = 'See https://github.com/RLHFlow/RLHF-Reward-Modeling and https://github.com/RLHFlow/Online-RLHF for more; again https://github.com/RLHFlow/RLHF-Reward-Modeling.';
    expect(extractCodeUrls(text)).toEqual(['https://github.com/RLHFlow/RLHF-Reward-Modeling', 'https://github.com/RLHFlow/Online-RLHF']);
  });

  it('splits two different URLs glued together', () => {
    expect(extractCodeUrls('at https://a.example.org/xhttps://b.example.org/y.')).toEqual(['https://a.example.org/x', 'https://b.example.org/y']);
    expect(extractCodeUrls('at https://x.comhttps://x.com now')).toEqual(['https://x.com']);
  });

  it('finds nothing in prose without links, even with dotted words', () => {
    expect(extractCodeUrls('We use e.g. GPT-4.0 and vs. baselines; see Sec. 3.1 and the file foo.py.')).toEqual([]);
  });

  it('reports the span the link replaces, including the artefact', () => {
    const text = 'at {\\small \\url{ https://github.com/yanyanSann/PromptTPP}}, by';
    const [f] = findUrls(text);
    expect(text.slice(f.start, f.end)).toBe('{\\small \\url{ https://github.com/yanyanSann/PromptTPP}}');
    expect(f.display).toBe('https://github.com/yanyanSann/PromptTPP');
  });
});
