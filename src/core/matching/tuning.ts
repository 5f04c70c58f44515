/**
 * Every number that shapes matching, in one place, with why it is what it is.
 * `npm run eval` shows what a change does to answer quality.
 */
export const TUNING = {
  /**
   * The typo corrector (typo-corrector.ts, fuse.js over the knowledge base's words): words of
   * `minLength` letters or more are corrected, by at most `editsPerLetter` edits a letter
   * (one edit in 5 to 7 letters, two from 8).
   */
  typos: { minLength: 5, editsPerLetter: 0.25 },
  /** How much a term counts by where a section has it: what people ask beats what the body mentions. */
  fieldWeights: { questions: 1, keywords: 1, heading: 0.9, body: 0.45 },
  /**
   * A word no section has weighs a fixed amount: enough that a question about something else
   * ("weather", "pancakes") scores low, not so much that slang ("ppl", "gonna") sinks a real one.
   */
  unknownTermWeight: 1,
  /**
   * The least a known word weighs. In a small knowledge base "sciatica" is in every section and
   * its rarity weight is near zero; the floor keeps it evidence that a question is on topic.
   */
  idfFloor: 0.5,
  /**
   * An everyday English word the knowledge base has only in passing ("people", "affect",
   * "point") weighs this share of its rarity: it says less about a question's topic than
   * "spasm" does. Unknown words keep their full weight: they are what off-topic questions are made of.
   */
  everydayWordWeight: 0.7,
  /** The most a question word ("who", "why") weighs: a hint about intent, not about topic. */
  questionWordWeight: 1,
  /** A question's first terms say what it is about; a pasted essay must not cost more. */
  maxTerms: 24,
  /**
   * The text search (section-search.ts, fuse.js over every heading, question, keyword and
   * body): how fuzzy a term's match may be (fuse.js's threshold: errors per letter, the
   * term padded with a space each side).
   */
  text: { threshold: 0.2 },
  /** The text score: share of the question covered, closest alternate question. */
  blend: { coverage: 0.45, question: 0.35 },
  /** Below this a match is a guess: the bot says it does not know rather than answer wrongly. */
  answerThreshold: 0.3,
  /**
   * A message of `longTerms` terms or more is a story around a question: its question covers
   * less of its words, so a lower score is enough. Off-topic questions that name no uncovered
   * topic have been short (under ten terms) in every question set so far.
   */
  longTerms: 10,
  longAnswerThreshold: 0.25,
  /** When no example shares a word with the question, the text alone decides, on its own scale. */
  textOnly: { answerThreshold: 0.46, longAnswerThreshold: 0.4 },
  /**
   * Example questions (knowledge/examples): how many of the most similar ones vote, how much
   * a closer one counts (similarity to this power), the share of the final score their vote
   * has, the share of not-covered neighbours at which the bot falls back, how much a word no
   * example has weighs (a share of the rarest word's weight), and how many votes a heading or
   * alternate question from the content owner has against one example's. `classifierShare`
   * of the examples' say goes to the term classifier (term-classifier.ts) instead of the
   * nearest examples' vote: 0.3 was best on fresh batches AP-AW (786 of 800 against 780
   * without it) and raised or kept every other set; 0.5 was better on the older sets and worse on the fresh ones.
   */
  examples: { neighbours: 5, sharpness: 4, weight: 0.7, notCoveredShare: 0.6, unknownWordShare: 0.5, ownerVote: 4, classifierShare: 0.3 },
  /** Training of the term classifier: passes over the examples, Adagrad step, L2 penalty (results barely moved from 6 to 20 passes). */
  classifierTraining: { epochs: 12, rate: 0.4, l2: 1e-5 },
  /**
   * A question that names an out-of-scope topic falls back, unless it scores at least `score`
   * and under `notCoveredBelow` of its vote is for not-covered examples: then the topic's
   * word is incidental ("in my hand", "joint inflammation"). 0.5 let off-topic questions
   * through on the held-out set; 0.6 none, on any set.
   */
  strongMatchOverrulesTopic: { score: 0.6, notCoveredBelow: 0.2 },
  /** Below the bar, sections at or above this whose scores together pass it are offered as "did you mean". */
  splitVoteFloor: 0.15,
  /** When the runner-up is this close to the best, the bot asks which one was meant. */
  ambiguityMargin: 0.04,
};
