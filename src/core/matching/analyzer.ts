import { matchedText, type KnowledgeBase } from '../knowledge/section';
import { PREAMBLE, questionPart, withoutPreamble } from './framing';
import { cachedStem, stem } from './stem';
import { STOPWORDS } from './stopwords';
import { TypoCorrector } from './typo-corrector';

const WORD = /[a-z0-9%]+(?:'[a-z]+)?/g;

/**
 * Turns normalised text into the terms matching works on: words, typos corrected against the
 * knowledge base's vocabulary, synonyms mapped to the article's words, filler dropped, stems.
 * The same analysis runs on the knowledge base and on questions, so both meet in the middle.
 */
export class Analyzer {
  private readonly synonyms: PhraseTable;
  /** The same phrases by word stems, for forms and typos the list does not spell out ("rubing", "sliped disk"). */
  private readonly stemmedSynonyms: PhraseTable;
  /** Absent when typos are left as typed (the evaluation's "without fuse.js" row). */
  private readonly corrector?: TypoCorrector;
  /**
   * Out-of-scope phrases as stemmed word runs, stop words kept ("work out" must not match
   * "works"), by their first stem: a question only looks up the phrases its words start.
   */
  private readonly uncovered = new Map<string, UncoveredPhrase[]>();

  /** `typos: false` leaves words as typed: no fuse.js index is built. */
  constructor(knowledge: KnowledgeBase, { typos = true }: { typos?: boolean } = {}) {
    const canonicalTerms = [...knowledge.synonyms].map(([variant, canonical]) => [variant, words(canonical).filter((w) => !STOPWORDS.has(w)).map(stem)] as const);
    this.synonyms = new PhraseTable(canonicalTerms.map(([variant, terms]) => [words(variant), terms]));
    this.stemmedSynonyms = new PhraseTable(canonicalTerms.map(([variant, terms]) => [words(variant).map(stem), terms]));
    const vocabulary = new Map<string, number>([...STOPWORDS].map((w) => [w, 1]));
    const add = (text: string, weight = 1) => words(text).forEach((w) => vocabulary.set(w, (vocabulary.get(w) ?? 0) + weight));
    for (const section of knowledge.sections) {
      add(matchedText(section));
      // Words people ask with count more when a typo could be either of two words.
      [section.heading, ...section.questions, ...section.keywords].forEach((t) => add(t, 3));
    }
    for (const [variant, canonical] of knowledge.synonyms) {
      add(variant);
      add(canonical);
    }
    for (const phrases of knowledge.outOfScope.values()) phrases.forEach(add);
    // The words of the preambles too, so "does the artcle recomend" is still recognised as one.
    for (const pattern of PREAMBLE) add(pattern.source.replace(/\\[a-z]/gi, ' '));
    if (typos) this.corrector = new TypoCorrector(vocabulary);
    for (const [topic, phrases] of knowledge.outOfScope) {
      for (const phrase of phrases) {
        const run = words(phrase).map(stem);
        if (run.length === 0) continue;
        const list = this.uncovered.get(run[0]!) ?? [];
        list.push({ topic, run, words: words(phrase) });
        this.uncovered.set(run[0]!, list);
      }
    }
  }

  /**
   * Analyses a question once: its terms, and the out-of-scope topic it names, if any. A
   * message that tells something before asking also gets the terms of the question on their
   * own (`focus`), and only the question can name an out-of-scope topic: "since my shoulder op"
   * or "my physio is booked up" set the scene, they are not what is asked. However short the
   * story: "had a kidney infection last year, long gone. can massage help the tight muscles?"
   * (a gate of 15 words held out by voice: 92.7% / 96.7%; none: 92.9% / 96.7%, worst voice
   * 82.0% -> 82.5%; fresh voices, rules only: in-scope 155 -> 157 of 192).
   */
  analyseQuestion(normalisedText: string): { terms: string[]; focus?: string[]; uncoveredTopic?: string } {
    const corrector = this.corrector;
    const text = withoutPreamble(corrector ? normalisedText.replace(WORD, (w) => corrector.correct(w)) : normalisedText);
    const all = this.read(text);
    const asked = questionPart(text);
    const question = asked === undefined ? undefined : this.read(withoutPreamble(asked));
    const uncoveredTopic = (question ?? all).uncoveredTopic;
    return {
      terms: all.terms,
      ...(question && question.terms.length > 0 ? { focus: question.terms } : {}),
      ...(uncoveredTopic ? { uncoveredTopic } : {}),
    };
  }

  /** Terms and out-of-scope topic of question text whose typos are already corrected. */
  private read(text: string): { terms: string[]; uncoveredTopic?: string } {
    const corrected = words(text);
    const stems = corrected.map(cachedStem);
    // A word inside a known phrase means what the phrase means: "massage pillow" is a device,
    // not the "pillow" of sleep questions.
    // Sized up front: fill() on an empty array fills nothing.
    const inPhrase = new Array<boolean>(corrected.length).fill(false);
    const terms = this.analyse(corrected, stems, inPhrase);
    const uncoveredTopic = this.uncoveredTopicIn(corrected, stems, inPhrase);
    return { terms, ...(uncoveredTopic ? { uncoveredTopic } : {}) };
  }

  /** Terms of knowledge text, which is spelled as its owner meant it. */
  documentTerms(text: string): string[] {
    return this.analyse(words(text.toLowerCase()));
  }

  /** The first out-of-scope topic whose phrase the question holds, word for word by stems. */
  private uncoveredTopicIn(tokens: string[], stems: string[], inPhrase: boolean[]): string | undefined {
    for (let i = 0; i < stems.length; i++) {
      for (const phrase of this.uncovered.get(stems[i]!) ?? []) {
        if (phraseAt(tokens, stems, i, phrase, inPhrase)) return phrase.topic;
      }
    }
    return undefined;
  }

  private byStemAt(tokens: string[], stemmed: string[], i: number) {
    const match = this.stemmedSynonyms.longestAt(stemmed, i);
    return match && (match.length > 1 || !STOPWORDS.has(tokens[i]!)) ? match : undefined;
  }

  /** `inPhrase`, when given, is filled with which tokens a phrase of two or more words took. */
  private analyse(tokens: string[], stemmed = tokens.map(cachedStem), inPhrase?: boolean[]): string[] {
    const terms: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      // By stems only from a word that carries meaning ("mean" is filler, though "means" is
      // listed), or as a longer phrase ("gets rid of" is "get rid of").
      const match = this.synonyms.longestAt(tokens, i) ?? this.byStemAt(tokens, stemmed, i);
      if (match) {
        terms.push(...match.canonical);
        if (inPhrase && match.length > 1) inPhrase.fill(true, i, i + match.length);
        i += match.length;
        continue;
      }
      const token = tokens[i]!;
      const stem = stemmed[i++]!;
      // "wondered" is as empty as "wonder": a filler word in any form is dropped.
      if (!STOPWORDS.has(token) && !STOPWORDS.has(stem)) terms.push(stem);
    }
    return terms.filter((t) => t.length > 1 || /\d/.test(t));
  }
}

/** Synonym phrases as a word trie, for finding the longest one that starts at a given word. */
class PhraseTable {
  private readonly root = new Map<string, PhraseNode>();

  constructor(entries: (readonly [words: string[], canonical: string[]])[]) {
    for (const [run, canonical] of entries) {
      if (run.length === 0) continue;
      let level = this.root;
      let node: PhraseNode | undefined;
      for (const word of run) {
        node = level.get(word);
        if (!node) level.set(word, (node = { next: new Map() }));
        level = node.next;
      }
      node!.canonical = canonical;
    }
  }

  /** The longest phrase starting at `i`, its canonical terms already stemmed. Walking the trie allocates nothing. */
  longestAt(tokens: string[], i: number): { canonical: string[]; length: number } | undefined {
    let found: { canonical: string[]; length: number } | undefined;
    let level = this.root;
    for (let n = 0; i + n < tokens.length; n++) {
      const node = level.get(tokens[i + n]!);
      if (!node) break;
      if (node.canonical) found = { canonical: node.canonical, length: n + 1 };
      level = node.next;
    }
    return found;
  }
}

interface PhraseNode {
  canonical?: string[];
  next: Map<string, PhraseNode>;
}

export function words(text: string): string[] {
  let lower = text.toLowerCase().replace(/[’‘]/g, "'");
  // "40%" and "40 percent" are one thing.
  if (lower.includes('%')) lower = lower.replace(/%/g, ' percent');
  return lower.match(WORD) ?? [];
}

interface UncoveredPhrase {
  topic: string;
  run: string[];
  words: string[];
}

/**
 * Whether the phrase starts at word `i`, by stems. A stem under four letters must be the very
 * word ("dos", Spanish "two", is not "dose"), and a phrase wholly inside a known synonym
 * phrase does not count ("massage pillow" is not a sleep question).
 */
function phraseAt(tokens: string[], stems: string[], i: number, phrase: UncoveredPhrase, inPhrase: boolean[]): boolean {
  const { run, words: exact } = phrase;
  if (i + run.length > stems.length) return false;
  for (let j = 0; j < run.length; j++) {
    if (stems[i + j] !== run[j] || (run[j]!.length < 4 && tokens[i + j] !== exact[j])) return false;
  }
  return !run.every((_, j) => inPhrase[i + j]);
}
