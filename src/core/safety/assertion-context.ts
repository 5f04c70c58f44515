import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../project-root';

/**
 * ConText for the check-first conditions (Harkema et al., 2009): does a condition the rules
 * found apply now to the person who would be massaged? Not when it is negated in words the
 * rules' own negation does not read, resolved ("all cleared up"), long past ("in 1998"),
 * named to say it is normal ("118/76, all good"), or someone else's while the massage is for
 * the asker ("my dad has a pacemaker"). When the massage is for someone else ("can I massage my
 * dad, he has a pacemaker") their conditions apply. Triggers are data: knowledge/safety/context.yml.
 */
export class AssertionContext {
  static fromFile(file = join(projectRoot(), 'knowledge', 'safety', 'context.yml')): AssertionContext {
    return new AssertionContext(parse(readFileSync(file, 'utf8')) as ContextFile, file);
  }

  /** What it was built from, for the fingerprint of what the learned net is trained on. */
  readonly data: string;

  private readonly terminator: RegExp;
  private readonly uncertain: RegExp;
  private readonly cancels: {
    direction: 'forward' | 'backward';
    scope: number;
    pattern: RegExp;
    conditions?: ReadonlySet<string>;
    rules: ReadonlySet<string>;
    continues: boolean;
    /** Cancels only when a denial follows the mention: a supposition ("if I had...") then "but I don't". */
    deniedAfter: boolean;
  }[] = [];
  private readonly denials: RegExp;
  private readonly askerNotMassaged: RegExp;
  /** A clause that continues the mention after a "but" or a full stop: "..., but it's long gone". */
  private readonly continuation: RegExp;
  private readonly notBeingMassaged: RegExp;
  private readonly negatedTrigger: RegExp;
  private readonly massagingTheAsker: RegExp;
  private readonly ownerBefore: { scope: number; pattern: RegExp };
  private readonly sharedWithAsker: RegExp;
  private readonly massagingSomeoneElse: RegExp;

  constructor(data: ContextFile, source = 'context data') {
    this.data = JSON.stringify(data);
    // Read as regex fragments ("grandkids?"): whole words, never parts of words ("stepladder" is no stepdad).
    const others = (data['other-people'] ?? []).join('|');
    const compile = (fragments: string[] | undefined, what: string) => {
      if (!fragments?.length) throw new Error(`${source}: "${what}" needs at least one pattern.`);
      try {
        return new RegExp(fragments.map((f) => `(?:${f.replaceAll('{others}', others)})`).join('|'));
      } catch (error) {
        throw new Error(`${source}: "${what}" has an invalid pattern: ${(error as Error).message}`);
      }
    };
    this.terminator = compile(data.terminators, 'terminators');
    this.uncertain = compile(data.uncertain, 'uncertain');
    for (const [name, category] of Object.entries(data.categories ?? {})) {
      for (const direction of ['forward', 'backward'] as const) {
        const part = category[direction];
        if (part) {
          const conditions = category.conditions ? new Set(category.conditions) : undefined;
          const rules = new Set(category.rules ?? []);
          const continues = direction === 'backward' && category['continues-after-terminator'] === true;
          const deniedAfter = category['denied-after'] === true;
          this.cancels.push({ direction, scope: part.scope, pattern: compile(part.triggers, `${name}.${direction}`), continues, rules, deniedAfter, ...(conditions ? { conditions } : {}) });
        }
      }
    }
    this.continuation = new RegExp(data.continuation);
    this.notBeingMassaged = compile(data['not-being-massaged'], 'not-being-massaged');
    this.ownerBefore = { scope: data['owner-before'].scope, pattern: compile(data['owner-before'].patterns, 'owner-before') };
    this.sharedWithAsker = compile(data['shared-with-asker'], 'shared-with-asker');
    this.massagingSomeoneElse = compile(data['massaging-someone-else'], 'massaging-someone-else');
    this.massagingTheAsker = compile(data['massaging-the-asker'], 'massaging-the-asker');
    this.askerNotMassaged = compile(data['asker-not-massaged'], 'asker-not-massaged');
    this.denials = compile(data.denials, 'denials');
    this.negatedTrigger = compile([data['negated-trigger']], 'negated-trigger');
  }

  /**
   * True when the condition matched at `[start, end)` of `text` (by the rule `ruleId`) applies
   * now to the person to be massaged. `negated`: the rules' own negation reads it as negated, which uncertainty
   * overrules ("not sure if I'm pregnant" is a reason to check first).
   */
  applies(text: string, start: number, end: number, condition: string, negated = false, ruleId?: string): boolean {
    const { before, after, rest } = this.sentenceAround(text, start, end);
    if (this.uncertain.test(before)) return true;
    if (negated) return false;
    // People resolve a condition in the clause after it: "had a kidney stone but that's long
    // gone", "sprained it last season. totally healed". That clause counts when it opens with
    // a word pointing back (it, that, she) or with the trigger itself, not with a new subject.
    const next = this.continuation.exec(rest);
    for (const { direction, scope, pattern, conditions, rules, continues, deniedAfter } of this.cancels) {
      if (conditions && !conditions.has(condition) && !(ruleId && rules.has(ruleId))) continue;
      if (deniedAfter && !this.denials.test(sentencesAfter(text, end, 2))) continue;
      const windows = direction === 'forward' ? [{ words: lastWords(before, scope), opensWith: false }] : [{ words: firstWords(after, scope), opensWith: false }];
      // Without a word pointing back, the next clause must open with the trigger (two words in at
      // most): "but my dad's infection cleared up" is about someone else.
      // The clause's own end ("?" when it asks) stays with it.
      if (continues && next) windows.push({ words: firstWords(`${next[2] ?? ''}${rest.charAt(next[0].length)}`, scope), opensWith: next[1] === undefined });
      for (const { words, opensWith } of windows) {
        const trigger = pattern.exec(words);
        if (!trigger) continue;
        const lead = words.slice(0, trigger.index);
        // A clause that opens with a new subject continues the mention when it points back
        // later on ("pills have it under control now"), or when the trigger opens it.
        if (opensWith && lead.split(/\s+/).filter(Boolean).length > 2 && !POINTS_BACK.test(lead)) continue;
        // Said, not asked: "is it all healed now?" asks whether it applies.
        if (asks(words.slice(trigger.index).replace(/^\W+/, ''))) continue;
        if (!this.negatedTrigger.test(`${lead.trimEnd()} `)) return false;
      }
    }
    return this.belongsToMassaged(text, before, text.slice(start, end));
  }

  /**
   * True when the mention at `[start, end)` of `text` is the person's who would be massaged,
   * whatever its time or negation: for red flags that are a history ("had cancer").
   */
  isOfMassaged(text: string, start: number, end: number): boolean {
    return this.belongsToMassaged(text, this.sentenceAround(text, start, end).before, text.slice(start, end));
  }

  /** Whose the mention is, from the words before it in its clause, and who the message says is massaged. */
  private belongsToMassaged(text: string, before: string, mention: string): boolean {
    const near = lastWords(before, this.ownerBefore.scope);
    const owner = this.ownerBefore.pattern.test(near) && !this.sharedWithAsker.test(before);
    // The asker's own condition ("I'm 20 weeks pregnant"), when they say plainly someone else is
    // the one massaged. A mention with no owner word is not the asker's for this: "I'm the one
    // giving the massage, patient has a DVT" is the patient's.
    if (!owner) return !(FIRST_PERSON_SUBJECT.test(`${before.split(/[,:(\u2013\u2014]| - /).pop() ?? ''}${mention}`.trim()) && this.askerNotMassaged.test(text));
    // Massaging the other person ("now I want to massage his back") keeps their condition, whatever else is said.
    if (this.massagingSomeoneElse.test(text)) return true;
    // "my wife is pregnant but the massage is for me, not her": the other person is said not to be massaged.
    if (this.notBeingMassaged.test(text)) return false;
    return !this.massagingTheAsker.test(text);
  }

  /**
   * The words before and after the mention, within its sentence and up to a terminator ("but"),
   * and the rest of the text after that clause.
   */
  private sentenceAround(text: string, start: number, end: number): { before: string; after: string; rest: string } {
    const sentenceStart = Math.max(...['.', '!', '?', ';', '\n'].map((c) => text.lastIndexOf(c, start - 1))) + 1;
    const ends = ['.', '!', '?', ';', '\n'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
    let before = text.slice(sentenceStart, start);
    // The sentence's own end stays: "is it normal?" asks, it does not say.
    let after = text.slice(end, ends.length ? Math.min(...ends) + 1 : text.length);
    const lastTerminator = [...before.matchAll(new RegExp(this.terminator.source, 'g'))].pop();
    if (lastTerminator) before = before.slice((lastTerminator.index ?? 0) + lastTerminator[0].length);
    const firstTerminator = this.terminator.exec(after);
    if (firstTerminator) after = after.slice(0, firstTerminator.index);
    return { before, after, rest: text.slice(end + after.length) };
  }
}

interface ContextFile {
  terminators: string[];
  uncertain: string[];
  'negated-trigger': string;
  'massaging-the-asker': string[];
  categories: Record<
    string,
    {
      conditions?: string[];
      rules?: string[];
      forward?: { scope: number; triggers: string[] };
      backward?: { scope: number; triggers: string[] };
      'continues-after-terminator'?: boolean;
      'denied-after'?: boolean;
    }
  >;
  continuation: string;
  'not-being-massaged': string[];
  'shared-with-asker': string[];
  'asker-not-massaged': string[];
  denials: string[];
  'other-people': string[];
  'owner-before': { scope: number; patterns: string[] };
  'massaging-someone-else': string[];
  examples?: { applies?: string[]; 'does-not-apply'?: string[] };
}

/** The text from `end` to the close of the `count`-th sentence end after it. */
function sentencesAfter(text: string, end: number, count: number): string {
  let at = end;
  for (let i = 0; i < count; i++) {
    const next = text.slice(at).search(/[.!?;\n]/);
    if (next < 0) return text.slice(end);
    at += next + 1;
  }
  return text.slice(end, at);
}

/**
 * The asker as the subject of the part of the clause a mention is in (from its last comma or dash):
 * "I'm 20 weeks pregnant", "I've had a kidney infection", not "the lady I care for had a hip op",
 * "I'm the one giving the massage, patient has a DVT" or "..., my elderly dad broke his hip" (a
 * "my" may open anyone's clause: only "I" says it is the asker's).
 */
const FIRST_PERSON_SUBJECT = /^(i|i'm|im|i've|ive|i am)\b/;

/** A word pointing back at the mention from inside a clause: "the doctor cleared it". */
const POINTS_BACK = /\b(it|that|them)\b/;
/** Whether the clause from a trigger on ends in a question mark (before any comma or full stop). */
const asks = (fromTrigger: string) => /^[^,.;!?]*\?/.test(fromTrigger);
const lastWords = (text: string, n: number) => text.split(/\s+/).filter(Boolean).slice(-n).join(' ');
const firstWords = (text: string, n: number) => text.split(/\s+/).filter(Boolean).slice(0, n).join(' ');
