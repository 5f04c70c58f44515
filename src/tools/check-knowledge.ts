import { loadKnowledge } from '../core/knowledge/load-knowledge';
import type { KnowledgeBase, Section } from '../core/knowledge/section';
import { normaliseText } from '../core/text/normalise';
import { decide } from '../core/matching/decide';
import { firstHeading } from '../core/matching/evaluate';
import { Matcher } from '../core/matching/matcher';
import { CHECK_FIRST, CRISIS, EMERGENCY, HARMLESS, URGENT } from '../core/safety/labelled-messages';
import { RULE_FILES } from '../core/safety/safety-rules';

export interface KnowledgeProblem {
  file: string;
  section: string;
  problem: string;
}

export interface Collision {
  question: string;
  section: string;
  landedOn: string;
  ownScore: number;
  landedScore: number;
}

export interface KnowledgeCheck {
  sections: number;
  questions: number;
  problems: KnowledgeProblem[];
  /** Worth a look but not wrong: a link with no target in text people are shown. Does not fail the check. */
  warnings: KnowledgeProblem[];
  collisions: Collision[];
  /** Evaluation questions that are also training data: a figure measured on them measures memory. */
  overlaps: Overlap[];
}

/** A text an evaluation or test scores, with the set it belongs to. */
export interface EvaluationText {
  set: string;
  text: string;
}

export interface Overlap extends EvaluationText {
  /** Where the same words are training data. */
  trainedIn: string;
}

/**
 * What `npm run kb:check` reports: files that load but are incomplete, and alternate
 * questions that the matcher would answer with another section (or not at all).
 */
export function checkKnowledge(folder: string, evaluation: readonly EvaluationText[] = []): KnowledgeCheck {
  const knowledge = loadKnowledge(folder);
  const matcher = new Matcher(knowledge);
  const problems: KnowledgeProblem[] = [];
  const collisions: Collision[] = [];
  let questions = 0;
  for (const section of knowledge.sections) {
    if (section.questions.length === 0) problems.push(problem(section, 'has no alternate questions: add a few under "questions:" in its .qna.yml file'));
    if (!section.body.trim()) problems.push(problem(section, 'has no text'));
    const seen = new Set<string>();
    for (const question of section.questions) {
      questions += 1;
      if (seen.has(question.toLowerCase())) problems.push(problem(section, `lists "${question}" twice`));
      seen.add(question.toLowerCase());
      const ranked = matcher.match(question).ranked;
      const landedOn = firstHeading(decide(matcher.match(question)));
      if (landedOn !== section.heading) {
        collisions.push({
          question,
          section: section.heading,
          landedOn,
          ownScore: ranked.find((r) => r.section === section)?.score ?? 0,
          landedScore: ranked[0]?.score ?? 0,
        });
      }
    }
  }
  problems.push(...conflictingExamples(knowledge));
  return { sections: knowledge.sections.length, questions, problems, warnings: knowledge.sections.flatMap(linkWarnings), collisions, overlaps: overlapsWithTraining(knowledge, evaluation) };
}

/** A markdown link whose target is empty or a bare "#". */
const EMPTY_LINK = /\[([^\]]+)\]\(\s*(#?\s*|javascript:[^)]*)\)/g;
/** "Learn more about it here." with no link: the words of a link whose target the copy lost. */
const DANGLING_HERE = /\b(click|tap|learn more|read more|find out more|see more|more about [^.!?]*?|check out [^.!?]*?)\s+here\b\s*[.!?]/gi;

/** Links with no target in what a section shows people (lines marked "omit" are not shown, so not checked). */
function linkWarnings(section: Section): KnowledgeProblem[] {
  const found: KnowledgeProblem[] = [];
  for (const match of section.body.matchAll(EMPTY_LINK)) {
    found.push(problem(section, `links "${match[1]}" to nothing: give the link its address, or mark the line with <!-- omit: why --> on the line before it`));
  }
  for (const match of section.body.matchAll(DANGLING_HERE)) {
    found.push(problem(section, `says "${match[0].trim()}" but links nowhere: give the link its address, or mark the line with <!-- omit: why --> on the line before it`));
  }
  if (section.anchor && !section.article?.url) {
    found.push(problem(section, `has the anchor "${section.anchor}" in its .qna.yml, but the article's front matter gives no "url" to put it on`));
  }
  return found;
}

/** Everything matching and the safety net learn from, by normalised text, with where it is. */
function trainingTexts(knowledge: KnowledgeBase): Map<string, string> {
  const trained = new Map<string, string>();
  const add = (text: string, where: string) => trained.set(normaliseText(text), where);
  for (const section of knowledge.sections) [section.heading, ...section.questions].forEach((q) => add(q, section.file.replace(/\.md$/, '.qna.yml')));
  for (const example of knowledge.examples) add(example.question, example.file ?? 'examples');
  const labelled = { emergency: EMERGENCY, urgent: URGENT, crisis: CRISIS, 'check-first': CHECK_FIRST.map(([text]) => text), none: HARMLESS };
  for (const [level, texts] of Object.entries(labelled)) texts.forEach((text) => add(text, `the labelled safety messages (${level})`));
  // A rule is written to its examples, so they are what the rules learned from.
  for (const rule of RULE_FILES) [...rule.mustFire, ...rule.mustNotFire].forEach((text) => add(text, `knowledge/safety/${rule.file}`));
  return trained;
}

function overlapsWithTraining(knowledge: KnowledgeBase, evaluation: readonly EvaluationText[]): Overlap[] {
  if (evaluation.length === 0) return [];
  const trained = trainingTexts(knowledge);
  return evaluation.flatMap((e) => {
    const trainedIn = trained.get(normaliseText(e.text));
    return trainedIn ? [{ ...e, trainedIn }] : [];
  });
}

/** The same question filed under two answers (two headings, or a heading and not-covered): one of them is wrong. */
function conflictingExamples(knowledge: KnowledgeBase): KnowledgeProblem[] {
  const where = (heading?: string) => (heading === undefined ? 'not-covered' : `"${heading}"`);
  const filed = new Map<string, { heading?: string; file?: string }>();
  for (const section of knowledge.sections) for (const q of section.questions) filed.set(normaliseText(q), { heading: section.heading, file: section.file.replace(/\.md$/, '.qna.yml') });
  const problems: KnowledgeProblem[] = [];
  for (const example of knowledge.examples) {
    const key = normaliseText(example.question);
    const earlier = filed.get(key);
    if (!earlier) filed.set(key, example);
    else if (earlier.heading !== example.heading) {
      problems.push({
        file: example.file ?? 'examples',
        section: example.heading ?? 'not-covered',
        problem: `files "${example.question}" under ${where(example.heading)}, but ${earlier.file} files it under ${where(earlier.heading)}: keep the right one`,
      });
    }
  }
  return problems;
}

function problem(section: Section, text: string): KnowledgeProblem {
  return { file: section.file, section: section.heading, problem: text };
}

export function formatCheck(check: KnowledgeCheck): string {
  const lines = [`Checked ${check.sections} sections and ${check.questions} alternate questions.`];
  for (const p of check.problems) lines.push(`PROBLEM  ${p.file}: "${p.section}" ${p.problem}`);
  for (const w of check.warnings) lines.push(`WARNING  ${w.file}: "${w.section}" ${w.problem}`);
  for (const c of check.collisions) {
    lines.push(
      `COLLISION  "${c.question}" (a question of "${c.section}", score ${c.ownScore.toFixed(2)}) lands on ${c.landedOn === '(fallback)' ? 'no section (fallback)' : `"${c.landedOn}"`} (score ${c.landedScore.toFixed(2)})`,
    );
  }
  for (const o of check.overlaps) lines.push(`OVERLAP  "${o.text}" is scored in ${o.set} and learned from in ${o.trainedIn}: remove it from one of them`);
  if (check.problems.length === 0 && check.collisions.length === 0 && check.overlaps.length === 0) lines.push('All good: every alternate question lands on its own section, and no evaluation question is training data.');
  else lines.push('Fix: reword the question, add a keyword to its section, or move it to the section it lands on.');
  return lines.join('\n');
}
