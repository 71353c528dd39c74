/**
 * Which shared terms are worth showing a reader as the reason two papers are related.
 *
 * Scoring uses every term (a generic word still carries a little signal in bulk), but "related through: five, high,
 * seen" tells a reader nothing. A shown term has to read like a researcher's keyword: not a number or number word, not
 * a model size ("7B"), not a LaTeX command left in the abstract, and not a word that fills abstracts of every topic.
 * A hyphenated word is shown when one of its parts is informative ("fine-grained", not "open-source"); a two-word
 * phrase when one word is informative and the other at most a generic noun ("reward model", not "high transformer").
 */

const NUMBER_WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty thirty forty fifty ' +
  'hundred hundreds thousand thousands million millions billion billions trillion dozen dozens half quarter ' +
  'first second third fourth fifth sixth seventh eighth ninth tenth once twice single double triple multiple ' +
  'several numerous';

// Nouns that name no topic on their own; inside a phrase with a topic word they are fine ("reward model").
const GENERIC_NOUNS = [
  'time times level levels value values step steps set sets output outputs input inputs system systems process ' +
    'information structure problem problems issue issues task tasks framework frameworks technique techniques strategy ' +
    'strategies setting settings scenario scenarios component components example examples case cases hand form field ' +
    'number numbers research performance gain gains rate rates cost costs type types kind kinds part parts point points ' +
    'order amount size term terms end side fact idea effect effects analysis area topic aspect detail factor range ' +
    'variety ability capability property condition challenge advancement advance progress development application ' +
    'community practitioner perspective paradigm overview introduction model models learning training data dataset ' +
    'datasets benchmark benchmarks baseline baselines solution solutions quality source world scale variant ' +
    'variants version mechanism procedure design impact success tool tools stage stages way manner domain',
].join(' ');

// Modifiers, verbs and adverbs, grouped so a reviewer sees why a word is here. They make a phrase read like a
// sentence fragment ("high transformer", "network trained"), so a phrase with one of them is not shown either.
const GENERIC_MODIFIERS = [
  // adjectives of size, degree and quality
  'high higher highest low lower lowest large larger largest small smaller smallest big long longer short shorter ' +
    'good better best bad worse worst great greater strong stronger weak weaker fast faster slow slower full partial ' +
    'free open fine real true false wide broad rich simple easy hard difficult complex general common standard ' +
    'specific particular various diverse main major minor critical crucial essential important remarkable superior ' +
    'effective efficient accurate robust reliable scalable practical principled unified flexible powerful popular ' +
    'modern current future past early late next final overall possible potential available additional extra certain ' +
    'similar equivalent related typical natural whole entire total little few able key unique strong competitive ' +
    'promising challenging expensive cheap costly significant substantial considerable extensive limited',
  // verbs and participles of scholarly prose
  'seen see observe observed make making perform performing performed provide providing help helps serve leverage ' +
    'leveraging enhance enhanced enhancing apply applied applying employ employed develop developed developing include ' +
    'incorporate incorporating identify investigate discuss evaluate evaluated evaluating generate generating ' +
    'generated predict predicting understand understanding understood assess combine combining call called collect ' +
    'collecting follow following require requiring rely resulting increase increasing focus capture highlight ' +
    'highlighting attempt offer select selected design build building tackle align aligning optimize optimizing solve ' +
    'solving compute train trained know written inspired driven aware dependent learn learned learns obtain obtained ' +
    'exhibit exhibits reveal reveals suggest suggests explore explores exploring yield yields achieve reach reaching ' +
    'compare compared comparing outperformed surpass surpassing exceed exceeding benefit benefits',
  // adverbs and connectives
  'empirically theoretically automatically additionally finally fully potentially surprisingly naturally ' +
    'computationally publicly iteratively adaptively provably hence instead along beyond despite mainly highly ' +
    'better increasingly relatively respectively',
  // evaluative and procedural words that came up in seed explanations
  'state-of-the-art effectiveness efficacy efficiency practice lack designed become average validate reduce ' +
    'struggle original involve produce release fail showing addition vary creating initial behind access underlying ' +
    'family conventional traditional systematically theoretical empirical alternative test comparison individual ' +
    'interest associated consistent optimal response responses',
  // word parts of hyphenated terms ("self-", "multi-", "non-")
  'self multi non cross pre post sub inter intra based',
  // LaTeX left in abstracts
  'mathcal mathbf mathrm mathbb mathit frac cdot ldots dots left right sqrt sum text textbf emph',
].join(' ');

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const MODIFIERS = new Set(words(`${NUMBER_WORDS} ${GENERIC_MODIFIERS}`));
const UNINFORMATIVE = new Set([...MODIFIERS, ...words(GENERIC_NOUNS)]);

/** "7B", "175B", "1.5M": parameter counts and sizes, not topics. */
const SIZE = /^\d+(?:\.\d+)?[KMBT]$/;

function informativeWord(word: string): boolean {
  if (!/\p{L}/u.test(word)) return false; // numbers, "2-3"
  if (SIZE.test(word)) return false;
  const lower = word.toLowerCase();
  // Acronyms keep their case in keys; a capitalised generic word ("LEVEL") is still generic.
  return !UNINFORMATIVE.has(lower);
}

/** Is this term key (a word, a hyphenated word or a two-word phrase) worth showing as a shared keyword? */
export function isInformativeTerm(key: string): boolean {
  if (SIZE.test(key) || UNINFORMATIVE.has(key.toLowerCase())) return false;
  if (!key.includes(' ')) return key.split('-').some(informativeWord); // "fine-grained", "chain-of-thought"
  const parts = key.split(/[ -]/);
  return parts.some(informativeWord) && !parts.some((w) => MODIFIERS.has(w.toLowerCase()) || !/\p{L}/u.test(w));
}
