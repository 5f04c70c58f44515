import type { Section } from '../../core/knowledge/section';
import { SAFETY_LEVELS, type SafetyLevel } from '../../core/safety/safety-level';
import type { TurnEvent } from '../../events/turn-event';

export const LEARNED_NET = 'the learned net';
const NOT_RECORDED = '(not recorded: older events)';

export interface UnansweredGroup {
  example: string;
  count: number;
  questions: string[];
}

export interface EventSummary {
  total: number;
  perDay: { day: string; count: number }[];
  outcomes: Record<'answered' | 'did-you-mean' | 'fallback' | 'safety' | 'small-talk', number>;
  safetyLevels: Record<string, number>;
  /** Safety replies by level and by what raised them: a named rule, the learned net, or (older events) not recorded. */
  safetyRaisedBy: { level: string; by: string; count: number }[];
  unanswered: UnansweredGroup[];
  /** One vote per answer: a changed vote counts as the new one only. */
  feedback: { heading: string; likes: number; dislikes: number }[];
  /** What people said was missing from answers they marked "Not helpful" (masked), newest first. */
  comments: { heading: string; text: string; at: string }[];
  asked: { heading: string; count: number }[];
  neverAsked: string[];
}

/** Reads events into what the report shows. Pure: the same events give the same summary. */
export function summariseEvents(events: TurnEvent[], sections: Section[]): EventSummary {
  const heading = new Map(sections.map((s) => [s.id, s.heading]));
  // A vote or a "Show the whole section" click is about an answer, not a new question.
  const questions = events.filter((e) => e.kind !== 'feedback' && e.kind !== 'feedback-comment' && e.kind !== 'whole-section');
  const perDay = new Map<string, number>();
  const outcomes = { answered: 0, 'did-you-mean': 0, fallback: 0, safety: 0, 'small-talk': 0 };
  const safetyLevels: Record<string, number> = {};
  const raisedBy = new Map<string, number>();
  const askedCount = new Map<string, number>();
  const feedback = new Map<string, { likes: number; dislikes: number }>();
  const unansweredTexts: string[] = [];

  const sectionName = (sectionId: string | undefined) => (sectionId && heading.get(sectionId)) ?? '(answer no longer known)';
  const comments: EventSummary['comments'] = [];
  // The last vote on each answer is the one that counts; votes without an answer id (older cards, Teams) each count.
  const lastVote = new Map<string, { sectionId?: string; reaction: 'like' | 'dislike' }>();
  for (const [i, event] of events.entries()) {
    if (event.kind === 'feedback') {
      lastVote.set(event.answerId ? `answer:${event.channel}:${event.answerId}` : `event:${i}`, event);
      continue;
    }
    if (event.kind === 'feedback-comment') {
      if (event.text) comments.push({ heading: sectionName(event.sectionId), text: event.text, at: event.at });
      continue;
    }
    if (event.kind === 'whole-section') continue;
    const day = event.at.slice(0, 10);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    if (event.kind === 'answer') {
      outcomes.answered += 1;
      const name = heading.get(event.sectionId) ?? event.sectionId;
      askedCount.set(name, (askedCount.get(name) ?? 0) + 1);
    } else if (event.kind === 'safety') {
      outcomes.safety += 1;
      safetyLevels[event.level] = (safetyLevels[event.level] ?? 0) + 1;
      const causes = event.raisedBy === 'net' ? [LEARNED_NET] : event.raisedBy === 'rule' ? (event.rules?.length ? event.rules.map((r) => `rule: ${r}`) : ['rule: (no condition named)']) : [NOT_RECORDED];
      for (const by of causes) raisedBy.set(`${event.level}\u0000${by}`, (raisedBy.get(`${event.level}\u0000${by}`) ?? 0) + 1);
    } else {
      outcomes[event.kind] += 1;
      if (event.kind === 'fallback' && event.text) unansweredTexts.push(event.text);
    }
  }
  for (const vote of lastVote.values()) {
    const name = sectionName(vote.sectionId);
    const votes = feedback.get(name) ?? { likes: 0, dislikes: 0 };
    if (vote.reaction === 'like') votes.likes += 1;
    else votes.dislikes += 1;
    feedback.set(name, votes);
  }
  return {
    total: questions.length,
    perDay: [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count })),
    outcomes,
    safetyLevels,
    safetyRaisedBy: [...raisedBy]
      .map(([key, count]) => {
        const [level, by] = key.split('\u0000') as [string, string];
        return { level, by, count };
      })
      .sort((a, b) => SAFETY_LEVELS.indexOf(a.level as SafetyLevel) - SAFETY_LEVELS.indexOf(b.level as SafetyLevel) || b.count - a.count),
    unanswered: groupSimilar(unansweredTexts),
    feedback: [...feedback].map(([h, v]) => ({ heading: h, ...v })).sort((a, b) => b.dislikes - a.dislikes || b.likes - a.likes),
    comments: comments.sort((a, b) => b.at.localeCompare(a.at)),
    asked: [...askedCount].map(([h, count]) => ({ heading: h, count })).sort((a, b) => b.count - a.count),
    neverAsked: sections.filter((s) => !askedCount.has(s.heading)).map((s) => s.heading),
  };
}

const STOP = new Set('a an the is are do does i my me to for of in on and or can how what why with it about you your'.split(' '));
const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g)?.filter((w) => !STOP.has(w)) ?? []);

/** Groups unanswered questions that share most of their words, biggest group first. */
export function groupSimilar(texts: string[]): UnansweredGroup[] {
  const groups: { words: Set<string>; questions: string[] }[] = [];
  for (const text of texts) {
    const own = words(text);
    const match = groups.find((g) => similarity(g.words, own) >= 0.5);
    if (match) match.questions.push(text);
    else groups.push({ words: own, questions: [text] });
  }
  return groups
    .map((g) => ({ example: g.questions[0]!, count: g.questions.length, questions: [...new Set(g.questions)].slice(0, 5) }))
    .sort((a, b) => b.count - a.count);
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / (a.size + b.size - shared);
}
