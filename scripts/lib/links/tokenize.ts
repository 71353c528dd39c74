/**
 * Tokenisation for related-paper scoring. Keys are kept readable (only plural folding, no aggressive stemming)
 * because the shared keys are shown to readers as the reason two papers are linked ("reward model", "RLHF").
 *
 * - Acronyms and mixed-case names keep their case ("RLHF", "DPO", "UltraFeedback"); a trailing plural "s" is
 *   folded ("LLMs" → "LLM") so the singular and plural meet.
 * - Ordinary words are lower-cased and plural-folded; stop words and bare numbers are dropped.
 * - A hyphenated term counts whole ("quality-diversity") and as its parts, so "quality-diversity" still meets
 *   "quality diversity".
 * - Bigrams join neighbouring content words that no stop word or punctuation separates; they carry most of the
 *   topical signal at this corpus size ("reward model" says far more than "reward" and "model").
 */

// Function words plus boilerplate that every abstract uses ("propose", "show", "results") and so never tells
// two papers apart; keeping them out also keeps them out of the explanations.
const STOP_WORDS = new Set(
  (
    'a about above across after again against all almost also although always am among an and another any are as at ' +
    'be because been before being below between both but by can cannot could did do does doing done down due during ' +
    'each either else enough especially etc even ever every few for from further furthermore had has have having he ' +
    'her here hers him his how however i if in into is it its itself just last less least let like many may me might ' +
    'more moreover most much must my neither no nor not now of off often on once one only onto or other others ' +
    'otherwise our ours out over own per perhaps rather same several shall she should since so some such than that ' +
    'the their theirs them themselves then there thereby therefore these they this those though through throughout thus to too toward ' +
    'towards under until up upon us very via was we were what whatever when where whereas whether which while who ' +
    'whom whose why will with within without would yet you your ' +
    // scholarly boilerplate
    'paper work propose proposed proposes present presents introduce introduced introduces show shows shown ' +
    'demonstrate demonstrates demonstrated result results experiment experiments experimental find finding findings ' +
    'approach approaches method methods novel new existing prior previous recent recently various different based ' +
    'using use used uses able well often significantly significant state art including ' +
    'achieve achieves achieved achieving provide provides provided further study studies first second two three ' +
    'also specifically particular particularly furthermore e.g i.e et al via code available github https http www ' +
    'com org html io ' +
    // generic verbs, adverbs and nouns that fill abstracts of every topic
    'still year years found known defined enable enabled enables carefully important role complete conduct ' +
    'conducted limitation limitations limited create created establish established hinder area areas specify ' +
    'importance final key main largely widely commonly typically generally often usually simply directly ' +
    'effectively efficiently successfully consistently substantially notably remains remain given make makes ' +
    'made take takes allow allows allowing enabling leads lead leading require requires required need needs ' +
    'way ways aim aims goal address addresses addressing consider considered extensive comprehensive ' +
    'outperform outperforms outperforming improve improves improved improving improvement improvements ' +
    'analyze analyse insights insight promising'
  ).split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:-[\p{L}\p{N}]+)*/gu;

/** Is this surface token an acronym or mixed-case name whose capitals carry meaning? */
export function isAcronymLike(token: string): boolean {
  const caps = token.replace(/[^\p{Lu}]/gu, '').length;
  if (caps >= 2) return true; // RLHF, DPO, LLMs, UltraFeedback, CoLiDE
  // one capital not at the start (iPhone-like) or a capital mixed with digits (R1, G2) is still a name
  return caps === 1 && (!/^\p{Lu}/u.test(token) || /\p{N}/u.test(token));
}

/** Words whose singular ends in "s" like their plural; folding them would show readers "sery" or "specy". */
const INVARIANT_PLURALS = new Set(['series', 'species']);

/** Light plural folding, conservative so keys stay real words ("policies" → "policy", "bias" stays). */
export function foldPlural(word: string): string {
  if (word.length <= 3) return word;
  if (/(?:ss|us|is|ics|ous|ias|yes)$/.test(word) || INVARIANT_PLURALS.has(word)) return word; // bias, bayes
  if (/(?:eses|yses)$/.test(word)) return `${word.slice(0, -2)}is`; // hypotheses → hypothesis, analyses → analysis
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:sses|shes|ches|xes|zes|iases)$/.test(word)) return word.slice(0, -2); // biases → bias, cases → case
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function normaliseWord(raw: string): string | undefined {
  if (/n['’]t$/iu.test(raw)) return undefined; // "don't", "doesn't": function words
  const word = raw.replace(/['’]s$/u, '').replace(/['’]/gu, '');
  if (/^\p{N}+$/u.test(word)) return undefined;
  if (isAcronymLike(word)) {
    // "LLMs" → "LLM": only a lower-case s right after a capital is a plural of an acronym
    return /\p{Lu}s$/u.test(word) ? word.slice(0, -1) : word;
  }
  const lower = word.toLowerCase();
  if (lower.length < 2 || STOP_WORDS.has(lower)) return undefined;
  const folded = foldPlural(lower);
  return STOP_WORDS.has(folded) ? undefined : folded; // "papers" is as empty as "paper"

}

/** What one surface token contributes: its own key (if any) and, for a hyphenated token, its parts' keys. */
interface Analysis {
  key: string | undefined;
  parts: string[];
}

function analyse(surface: string): Analysis {
  if (!surface.includes('-')) return { key: normaliseWord(surface), parts: [] };
  const parts = surface.split('-');
  return {
    // Title Case ("Quality-Diversity") is not a name; a part with capitals of its own ("MM-RLHF") is
    key: parts.some(isAcronymLike) ? surface : foldPlural(surface.toLowerCase()),
    parts: parts.map(normaliseWord).filter((k): k is string => k !== undefined),
  };
}

// Word forms repeat heavily across abstracts, so each distinct form is analysed once. Bounded so a huge
// catalogue cannot grow it without limit.
const cache = new Map<string, Analysis>();
const CACHE_LIMIT = 500_000;

function analysed(surface: string): Analysis {
  let a = cache.get(surface);
  if (a === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    a = analyse(surface);
    cache.set(surface, a);
  }
  return a;
}

/** Only spaces between two words keep them one phrase; any punctuation ("models. Reward", "(a, b)") breaks it. */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 160) return false;
  }
  return true;
}

/**
 * Walks the terms of a text in reading order without building bigram strings (the hot path of related-paper
 * scoring): `word` gets each content word and whether it continues a phrase with the previous one; `part` gets the
 * pieces of a hyphenated word, which stand alone and never form phrases.
 */
export function scanTerms(text: string, word: (key: string, joinsPrevious: boolean) => void, part: (key: string) => void): void {
  let joinable = false; // was the last token a content word, with only spaces since?
  let lastEnd = 0;
  const re = new RegExp(WORD);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    if (joinable && !onlySpaces(text, lastEnd, start)) joinable = false;
    lastEnd = start + m[0].length;
    const { key, parts } = analysed(m[0]);
    for (const p of parts) part(p);
    if (key === undefined) {
      joinable = false;
      continue;
    }
    word(key, joinable);
    joinable = true;
  }
}

/** Term keys of a text in reading order: each unigram (a hyphenated one whole, after its parts) and the bigram it ends. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let prev = '';
  scanTerms(
    text,
    (key, joins) => {
      out.push(key);
      if (joins) out.push(`${prev} ${key}`);
      prev = key;
    },
    (key) => out.push(key),
  );
  return out;
}
