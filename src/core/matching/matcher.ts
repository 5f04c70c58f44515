import type { KnowledgeBase, Section } from '../knowledge/section';
import { LruCache } from '../lru-cache';
import { COMMON_WORDS } from '../text/common-words';
import { normaliseText } from '../text/normalise';
import { Analyzer } from './analyzer';
import { ExampleIndex, NOT_COVERED, type LabelledTerms } from './example-index';
import { blendWithExamples } from './example-vote';
import { stem } from './stem';
import { SectionSearch } from './section-search';
import { QUESTION_WORDS } from './stopwords';
import { TermClassifier } from './term-classifier';
import { TUNING } from './tuning';

/** Parts of matching an ablation can take away. */
export type MatcherPart = 'fuse' | 'examples' | 'classifier';

export interface MatchResult {
  /** Sections ranked best first; empty when the question shares nothing with the knowledge base. */
  ranked: RankedSection[];
  /** Set when the question is about a topic the knowledge base says it does not cover. */
  uncoveredTopic?: string;
  /** How many terms the question had after analysis: a long story is judged more leniently. */
  terms: number;
  /** Share (0..1) of the most similar example questions that the knowledge base does not cover. */
  notCovered: number;
  /** No example question shares a word with it: the scores are the text's alone. */
  byTextAlone?: boolean;
}

export interface RankedSection {
  section: Section;
  /** 0..1, higher is better: the blend of term coverage, closest question and fuzzy rank. */
  score: number;
}

/**
 * Ranks knowledge sections for a question. fuse.js corrects its typos against the knowledge
 * base's words (typo-corrector.ts) and scores every section by how much of the question its
 * headings, questions, keywords and body have, fuzzily (section-search.ts); the most similar
 * example questions and the term classifier vote (see example-vote.ts).
 */
export class Matcher {
  readonly analyzer: Analyzer;
  /** Absent without fuse.js: the examples' vote alone ranks the sections. */
  private readonly text?: SectionSearch;
  private readonly examples: ExampleIndex;
  private readonly classifier?: TermClassifier;
  /** The example questions as written, by their id in the index. */
  private readonly exampleTexts: string[];
  /** Results of recent questions: the same words get the same answer, without the work. */
  private readonly cache: LruCache<string, MatchResult>;

  private readonly without: ReadonlySet<MatcherPart>;

  /**
   * `cacheSize` 0 turns the cache off (the benchmark measures the matching itself); `without`
   * takes parts away, for the evaluation's ablation rows only.
   */
  constructor(
    readonly knowledge: KnowledgeBase,
    { cacheSize = 2000, without = [] }: { cacheSize?: number; without?: readonly MatcherPart[] } = {},
  ) {
    this.without = new Set(without);
    this.cache = new LruCache(cacheSize);
    this.analyzer = new Analyzer(knowledge, { typos: !this.without.has('fuse') });
    // Headings and questions feed three structures; analyse each text once while building.
    const cache = new Map<string, string[]>();
    const termsOf = (text: string) => {
      let terms = cache.get(text);
      if (!terms) cache.set(text, (terms = this.analyzer.documentTerms(text)));
      return terms;
    };
    const examples = this.without.has('examples') ? [] : this.labelledExamples(termsOf);
    this.exampleTexts = examples.map((e) => e.text);
    if (!this.without.has('fuse')) this.text = new SectionSearch(knowledge.sections, termsOf, everydayAndTopicTerms(knowledge, termsOf));
    this.examples = new ExampleIndex(examples, (term) => QUESTION_WORDS.has(term), TUNING.examples.unknownWordShare);
    if (examples.length > 0 && TUNING.examples.classifierShare > 0 && !this.without.has('classifier')) {
      this.classifier = TermClassifier.train(examples, [...knowledge.sections.keys(), NOT_COVERED], TUNING.classifierTraining);
    }
  }

  match(question: string): MatchResult {
    const normalised = normaliseText(question);
    const cached = this.cache.get(normalised);
    if (cached) return cached;
    const { terms, focus, uncoveredTopic } = this.analyzer.analyseQuestion(normalised);
    // Ranked in full even when it names an out-of-scope topic: a close match can overrule
    // the topic's word (decide.ts).
    const ranked = this.rank(terms.slice(0, TUNING.maxTerms));
    if (focus && ranked.length > 0) this.liftByFocus(ranked, focus);
    let nearest = this.examples.nearest(terms, TUNING.examples.neighbours);
    let voting = terms;
    // A story's own words dilute its likeness to any example; its question alone may be
    // much closer to one ("what's the step by step for using one on the low back?").
    if (focus) {
      const asked = this.examples.nearest(focus, TUNING.examples.neighbours);
      if ((asked[0]?.similarity ?? 0) > (nearest[0]?.similarity ?? 0)) [nearest, voting] = [asked, focus];
    }
    const learned = this.classifier?.predict(voting);
    const result: MatchResult =
      nearest.length === 0
        ? { ranked, terms: terms.length, notCovered: 0, byTextAlone: true }
        : { ...blendWithExamples(this.knowledge.sections, ranked, nearest, learned), terms: terms.length };
    if (uncoveredTopic) result.uncoveredTopic = uncoveredTopic;
    this.cache.set(normalised, result);
    return result;
  }

  /**
   * A story dilutes its question: "I'm 68, my daughter bought me... where do I sit?" covers
   * little of its many words. Where the question on its own agrees with the whole message on
   * the best section, that section gets the better of the two scores. With the example
   * questions it moves no held-out figure; without them it is what answers a story (the
   * worst voice scores 26.5% without it, 49.5% with it; in-scope mean 71.0% and 72.5%).
   */
  private liftByFocus(ranked: RankedSection[], focus: string[]): void {
    const [asked] = this.rank(focus.slice(0, TUNING.maxTerms));
    if (asked && asked.section === ranked[0]!.section) ranked[0]!.score = Math.max(ranked[0]!.score, asked.score);
  }

  /** The example questions most like this one, for `npm run chat -- --explain`. */
  nearestExamples(question: string, k = 3): { question: string; heading?: string; similarity: number }[] {
    const { terms } = this.analyzer.analyseQuestion(normaliseText(question));
    return this.examples.nearest(terms, k).map(({ id, label, similarity }) => ({
      question: this.exampleTexts[id]!,
      ...(label === NOT_COVERED ? {} : { heading: this.knowledge.sections[label]!.heading }),
      similarity,
    }));
  }

  /**
   * Headings, alternate questions and the example questions, each labelled with its section
   * (or as not covered). Examples are what people typed, so they are read as questions are.
   */
  private labelledExamples(termsOf: (text: string) => string[]): LabelledTerms[] {
    const { sections, examples } = this.knowledge;
    // Without examples the vote would only repeat the alternate questions, which the text
    // score already compares with: a knowledge base without them is matched on its text alone.
    if (examples.length === 0) return [];
    const labelled = new Map<string, LabelledTerms>();
    // The same question twice (in two files, or as an alternate question too) is one vote, the
    // first one's: what the content owner wrote comes first and counts more than any example.
    // Different wordings that analyse alike are votes of their own.
    const add = (text: string, label: number, vote: number, termsOfText: (normalised: string) => string[]) => {
      const normalised = normaliseText(text);
      const key = `${label} ${normalised}`;
      if (!labelled.has(key)) labelled.set(key, { terms: termsOfText(normalised), label, text, vote });
    };
    sections.forEach((section, label) => [section.heading, ...section.questions].forEach((q) => add(q, label, TUNING.examples.ownerVote, () => termsOf(q))));
    const byHeading = new Map(sections.map((section, label) => [section.heading, label]));
    for (const example of examples) {
      const label = example.heading === undefined ? NOT_COVERED : byHeading.get(example.heading);
      if (label !== undefined) add(example.question, label, 1, (normalised) => this.analyzer.analyseQuestion(normalised).terms);
    }
    return [...labelled.values()];
  }

  private rank(terms: string[]): RankedSection[] {
    if (!this.text) return [];
    const { coverage, question } = TUNING.blend;
    const ranked = this.text.search(terms).map((hit) => ({
      section: this.knowledge.sections[hit.index]!,
      score: (coverage * hit.coverage + question * hit.questionSimilarity) / (coverage + question),
    }));
    return ranked.sort((a, b) => b.score - a.score);
  }
}

/** Stems of common English words, and the terms the knowledge base names its topics with. */
function everydayAndTopicTerms(knowledge: KnowledgeBase, termsOf: (text: string) => string[]) {
  const topicTerms = new Set<string>();
  for (const section of knowledge.sections) [section.heading, ...section.keywords].forEach((t) => termsOf(t).forEach((x) => topicTerms.add(x)));
  for (const canonical of new Set(knowledge.synonyms.values())) termsOf(canonical).forEach((x) => topicTerms.add(x));
  return { everydayTerms: new Set([...COMMON_WORDS].map(stem)), topicTerms };
}
