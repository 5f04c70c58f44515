import type { Section } from '../knowledge/section';
import type { Technique, TechniqueStep } from '../knowledge/techniques';
import { sourceLine, sourceOf } from './answer-wording';
import type { Reply, ReplyAction } from './reply';

/** User-facing wording of the guided walkthrough: one step per message, its buttons, its closing. */

export const GUIDE_ME = 'Guide me';
export const NEXT = 'Next';
export const BACK = 'Back';
export const REPEAT = 'Repeat';
export const STOP = 'Stop';
export const RESUME = 'Resume';
export const START_TIMER = 'Start timer';
export const NONE_APPLY = 'None of these';
export const ONE_APPLIES = 'One of them applies';

/** What the "Guide me" button under a technique's answer sends: the label and the technique, so the click needs no memory. */
export function guideMessage(section: Section): string {
  return `${GUIDE_ME}: ${section.heading}`;
}

/**
 * A technique's answer with a "Guide me" button. Teams shows three buttons, so a follow-up
 * question makes room for it.
 */
export function withGuideButton(reply: Reply, section: Section): Reply {
  const room = 3 - (reply.action ? 1 : 0) - 1;
  return { ...reply, guide: { title: GUIDE_ME, message: guideMessage(section) }, suggestions: (reply.suggestions ?? []).slice(0, Math.max(0, room)) };
}

const plainReply = (text: string, extra: Partial<Reply> = {}): Reply => ({ kind: 'walkthrough', text, ...extra });
const button = (title: string, message = title): ReplyAction => ({ title, message });

export function whichTechniquePrompt(techniques: Technique[]): Reply {
  return plainReply('I can walk you through these, one step at a time. Which one would you like?', { suggestions: techniques.map((t) => t.section.heading) });
}

export function whichVariantPrompt(technique: Technique, labels: string[]): Reply {
  return plainReply(`The article gives steps for “${technique.section.heading}” in ${labels.length === 2 ? 'two' : 'several'} ways. Which is it for you?`, { suggestions: labels });
}

/** The article's own caution, without its "(Note: ...)" wrapper. */
function cautionText(caution: string): string {
  return caution.replace(/^\(\s*note:\s*/i, '').replace(/\)\s*$/, '').trim();
}

/** Before step 1: the technique's cautions, and (unless already answered) the check-first question. */
export function beforeYouStart(technique: Technique, total: number, askCheckFirst: boolean): Reply {
  const cautions = technique.cautions.map(cautionText);
  const lines = [
    `**${technique.section.heading}**, step by step: ${total} step${total === 1 ? '' : 's'}, one message each.`,
    ...(cautions.length > 0 ? [`Before you start: ${cautions.join(' ')}`] : []),
  ];
  if (!askCheckFirst) return plainReply(lines.join('\n\n'));
  lines.push(
    'And one check first, from the article: do any of these apply to you? Uncontrolled high blood pressure, an infection, kidney or liver issues, an injury that is still in its acute stage, or pregnancy.',
  );
  return plainReply(lines.join('\n\n'), { suggestions: [NONE_APPLY, ONE_APPLIES] });
}

/** The buttons under a step, most needed first (Teams personal chat shows the first three that fit: see reply-activity). */
export function stepControls(index: number, step: TechniqueStep, timerOffered: boolean): ReplyAction[] {
  return [
    ...(timerOffered && step.minutes ? [button(`Time ${minutesText(step.minutes)}`, START_TIMER)] : []),
    button(NEXT),
    ...(index > 0 ? [button(BACK)] : []),
    button(REPEAT),
    button(STOP),
  ];
}

/** "Step 2 of 7: Lightest setting", then the article's sentence. */
export function stepReply(step: TechniqueStep, index: number, total: number, timerOffered: boolean): Reply {
  const heading = `**Step ${index + 1} of ${total}${step.title ? `: ${step.title}` : ''}**`;
  const timer = timerOffered && step.minutes ? `\n\nThe article gives a time here. I can time ${minutesText(step.minutes)} for you and send a message when it's up.` : '';
  return plainReply(`${heading}\n\n${step.text}${timer}`, { controls: stepControls(index, step, timerOffered) });
}

export function minutesText(minutes: number): string {
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export function timerStartedReply(minutes: number, index: number, step: TechniqueStep): Reply {
  return plainReply(`Timer set for ${minutesText(minutes)}. I'll send you a message when it's up; you can carry on in the meantime.`, {
    controls: stepControls(index, step, false),
  });
}

export function noTimerReply(index: number, step: TechniqueStep): Reply {
  const why = step.minutes ? "Sorry, I can't set timers in this chat." : "The article gives no time for this step, so there's no timer for it.";
  return plainReply(why, { controls: stepControls(index, step, false) });
}

/** The proactive message when a timer ends. */
export function timerDoneReply(minutes: number): Reply {
  return plainReply(`Time's up: that's ${minutesText(minutes)}. Go on to the next step whenever you're ready, and stop if anything hurts.`);
}

export function resumeOffer(index: number, total: number): Reply {
  return plainReply(`Shall we carry on with the walkthrough? You were on step ${index + 1} of ${total}.`, { controls: [button(RESUME), button(STOP)] });
}

/** "Next" or "Back" with no walkthrough running (a button scrolled past, a walkthrough already ended). */
export function noWalkthroughReply(techniques: Technique[]): Reply {
  return plainReply("There's no walkthrough running just now. Pick a technique and I'll guide you through it, one step at a time.", {
    suggestions: techniques.slice(0, 3).map((t) => guideMessage(t.section)),
  });
}

export function stoppedReply(): Reply {
  return plainReply("Okay, I've stopped the walkthrough, and its timer if one was running. Ask me anything else, or say \"walk me through\" to start again.");
}

/** After the last step: how often (where the article says), the reminder to check with the healthcare team, and the feedback prompt. */
export function closingReply(technique: Technique): Reply {
  const source = sourceOf(technique.section);
  const often = technique.frequency ? ` How often: ${technique.frequency}` : '';
  return {
    kind: 'answer',
    text:
      `That's all the steps of “${technique.section.heading}”. Well done.${often}\n\n` +
      'Before diving into a new massage routine, be sure to check with your healthcare team: they can advise you based on your body and overall health.\n\n' +
      sourceLine(source, { short: true }),
    source,
  };
}
