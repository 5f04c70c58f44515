import { loadKnowledge } from '../core/knowledge/load-knowledge';
import type { Section } from '../core/knowledge/section';
import { decide } from '../core/matching/decide';
import { firstHeading } from '../core/matching/evaluate';
import { Matcher } from '../core/matching/matcher';

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
  collisions: Collision[];
}

/**
 * What `npm run kb:check` reports: files that load but are incomplete, and alternate
 * questions that the matcher would answer with another section (or not at all).
 */
export function checkKnowledge(folder: string): KnowledgeCheck {
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
  return { sections: knowledge.sections.length, questions, problems, collisions };
}

function problem(section: Section, text: string): KnowledgeProblem {
  return { file: section.file, section: section.heading, problem: text };
}

export function formatCheck(check: KnowledgeCheck): string {
  const lines = [`Checked ${check.sections} sections and ${check.questions} alternate questions.`];
  for (const p of check.problems) lines.push(`PROBLEM  ${p.file}: "${p.section}" ${p.problem}`);
  for (const c of check.collisions) {
    lines.push(
      `COLLISION  "${c.question}" (a question of "${c.section}", score ${c.ownScore.toFixed(2)}) lands on ${c.landedOn === '(fallback)' ? 'no section (fallback)' : `"${c.landedOn}"`} (score ${c.landedScore.toFixed(2)})`,
    );
  }
  if (check.problems.length === 0 && check.collisions.length === 0) lines.push('All good: every alternate question lands on its own section.');
  else lines.push('Fix: reword the question, add a keyword to its section, or move it to the section it lands on.');
  return lines.join('\n');
}
