/**
 * Every number that shapes matching, in one place, with why it is what it is.
 * `npm run eval` shows what a change does to answer quality.
 */
export const TUNING = {
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
  /** How many sections the term index hands to fuse.js: the best and a close second (a third gained nothing over every question set and cost 15% of the time). */
  candidates: 2,
  /** A question's first terms say what it is about; a pasted essay must not cost more. */
  maxTerms: 24,
  /** fuse.js compares a question's first terms only: its cost grows with every word, and a long message's later words are story. */
  fuzzyTerms: 8,
  /** The final score: share of the question covered, closest alternate question, fuse.js rank. */
  blend: { coverage: 0.45, question: 0.35, fuzzy: 0.2 },
  /** fuse.js re-ranks the candidates whose term score is within this of the best. */
  fuzzyWhenWithin: 0.2,
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
  /**
   * The dialog-act stage (src/core/understanding/dialog-acts.ts): how sure it must be that a
   * whole message is an act, how much each example question counts as content against one act
   * example, and its training.
   */
  dialogActs: { sure: 0.5, ordinaryVote: 0.2, training: { epochs: 12, rate: 0.4, l2: 1e-5 } },
};
