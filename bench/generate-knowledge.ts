import type { KnowledgeBase, Section } from '../src/core/knowledge/section';

/**
 * A knowledge base of `count` sections made from the real article's vocabulary: headings,
 * alternate questions and bodies of realistic length, with words mixed so sections differ.
 */
export function generateKnowledge(real: KnowledgeBase, count: number, seed = 42): KnowledgeBase {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const vocabulary = [...new Set(real.sections.flatMap((s) => `${s.heading} ${s.body} ${s.questions.join(' ')}`.toLowerCase().match(/[a-z]{3,}/g) ?? []))];
  const words = (n: number) => Array.from({ length: n }, () => pick(vocabulary)).join(' ');
  const sections: Section[] = Array.from({ length: count }, (_, i) => {
    const heading = `${words(5)} ${i}`;
    return {
      id: `generated#${i}`,
      heading,
      level: 2,
      body: words(120),
      document: 'Generated',
      file: 'generated.md',
      questions: Array.from({ length: 8 }, () => `${pick(['how', 'what', 'can', 'why', 'does'])} ${words(6)}?`),
      keywords: Array.from({ length: 5 }, () => words(2)),
      related: [],
    };
  });
  // The real examples name the real headings; generated sections have none of their own.
  return { sections, synonyms: real.synonyms, outOfScope: real.outOfScope, examples: [] };
}
