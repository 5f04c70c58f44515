import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
// Values from their own modules, never the package index (about 30 MB more): see src/dialogs/risk-dialog.ts.
import { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
import { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
import { TextAnswer } from './text-answer';
import { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
import type { Technique, TechniqueVariant } from '../core/knowledge/techniques';
import type { WalkthroughRequest, Walkthroughs } from '../core/knowledge/walkthroughs';
import { recogniseConditionAnswer, recogniseYesNo, urgentReplyFor } from '../core/replies/safety-wording';
import type { Reply } from '../core/replies/reply';
import { URGENT_LEVELS, type SafetyAssessment } from '../core/safety/safety-level';
import {
  beforeYouStart,
  closingReply,
  noTimerReply,
  ONE_APPLIES,
  resumeOffer,
  stepReply,
  stoppedReply,
  timerStartedReply,
  whichTechniquePrompt,
  whichVariantPrompt,
} from '../core/replies/walkthrough-wording';
import { messageText } from '../bot/message-text';
import { replyFor } from '../bot/reply-activity';
import type { WalkthroughTimers } from '../bot/walkthrough-timers';

export const WALKTHROUGH_DIALOG = 'walkthroughDialog';
const START = 'walkthroughStart';
const TECHNIQUE_PROMPT = 'walkthroughTechniquePrompt';
const VARIANT_PROMPT = 'walkthroughVariantPrompt';
const CHECK_PROMPT = 'walkthroughCheckPrompt';
const STEPS = 'walkthroughSteps';

export interface WalkthroughDependencies {
  walkthroughs: Walkthroughs;
  /** The safety assessment of this turn's message: the bot reads every message first. */
  safetyOf: (context: TurnContext, text: string) => SafetyAssessment;
  /** Answers a question asked mid-walkthrough, the way the bot answers any question. */
  answerQuestion: (context: TurnContext, text: string) => Promise<void>;
  /** Sends a reply the way the bot sends any (so Teams' vote on the closing can name its section). */
  send: (context: TurnContext, reply: Reply) => Promise<void>;
  /** Whether the person answered the check-first question in this conversation. */
  checkedFirst: StatePropertyAccessor<boolean>;
  /** Without timers (no way to send a message later), none is offered. */
  timers?: WalkthroughTimers;
}

/** How a walkthrough ended, when the bot has something to do next. */
export interface WalkthroughEnd {
  /** A risk message: the risk dialog goes first. A new request to be guided: start that one. */
  handOver?: 'risk' | 'restart';
}

interface StepsState {
  sectionId: string;
  variantId: string;
  index: number;
}

/**
 * A guided walkthrough of one of the article's techniques: which technique and who does it
 * (where the article gives both), its cautions and the check-first question, then one step per
 * message with Next, Back, Repeat and Stop, and a timer where the article gives a time.
 * Everything said mid-walkthrough is read in onContinueDialog first: a red flag or crisis ends it
 * with the safety reply, a risk message hands over to the risk dialog, "stop" ends it, and a
 * question is answered, then the walkthrough offers to resume.
 */
export class WalkthroughDialog extends ComponentDialog {
  constructor(private readonly deps: WalkthroughDependencies) {
    super(WALKTHROUGH_DIALOG);
    this.addDialog(new TextAnswer(TECHNIQUE_PROMPT));
    this.addDialog(new TextAnswer(VARIANT_PROMPT));
    this.addDialog(new TextAnswer(CHECK_PROMPT));
    this.addDialog(new WalkthroughSteps(deps));
    this.addDialog(new WaterfallDialog(START, [this.chooseTechnique.bind(this), this.chooseVariant.bind(this), this.cautionsFirst.bind(this), this.beginSteps.bind(this)]));
    this.initialDialogId = START;
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const context = inner.context;
    const text = messageText(context);
    const { walkthroughs } = this.deps;
    const safety = this.deps.safetyOf(context, text);
    if (URGENT_LEVELS.has(safety.level)) {
      await this.end(inner);
      await this.deps.send(context, urgentReplyFor(safety));
      return { status: DialogTurnStatus.complete, result: {} };
    }
    const command = walkthroughs.cues.commandOf(text);
    if (command === 'stop') {
      await this.end(inner);
      await this.deps.send(context, stoppedReply());
      return { status: DialogTurnStatus.complete, result: {} };
    }
    if (safety.level === 'check-first') return this.handOver(inner, 'risk');
    if (walkthroughs.request(text)?.sectionId) return this.handOver(inner, 'restart');

    const active = inner.activeDialog?.id;
    if (active === STEPS) {
      if (command) return super.onContinueDialog(inner);
      await this.deps.answerQuestion(context, text);
      const state = inner.activeDialog!.state as StepsState;
      const variant = this.variantOf(state);
      if (variant) await this.deps.send(context, resumeOffer(state.index, variant.steps.length));
      return Dialog.EndOfTurn;
    }
    if (this.answersPrompt(active, text, inner)) return super.onContinueDialog(inner);
    if (active === CHECK_PROMPT && (recogniseYesNo(text) === 'yes' || text.toLowerCase() === ONE_APPLIES.toLowerCase())) return this.handOver(inner, 'risk');
    // A question while a choice is open: answered, then the choice is asked again.
    if (!command) await this.deps.answerQuestion(context, text);
    await inner.repromptDialog();
    return Dialog.EndOfTurn;
  }

  private answersPrompt(active: string | undefined, text: string, inner: DialogContext): boolean {
    if (active === TECHNIQUE_PROMPT) return this.deps.walkthroughs.techniqueIn(text) !== undefined;
    if (active === VARIANT_PROMPT) {
      const technique = this.deps.walkthroughs.technique((inner.activeDialog?.state as { options?: { validations?: { sectionId?: string } } }).options?.validations?.sectionId);
      return technique !== undefined && this.deps.walkthroughs.cues.variantIn(text, technique.variants.map((v) => v.id)) !== undefined;
    }
    if (active === CHECK_PROMPT) return recogniseConditionAnswer(text)?.none === true;
    return false;
  }

  private async handOver(inner: DialogContext, handOver: WalkthroughEnd['handOver']): Promise<DialogTurnResult> {
    await this.end(inner);
    return { status: DialogTurnStatus.complete, result: { handOver } satisfies WalkthroughEnd };
  }

  /** Ends the walkthrough and its timer. */
  private async end(inner: DialogContext): Promise<void> {
    await this.deps.timers?.cancel(inner.context);
    await inner.cancelAllDialogs();
  }

  private variantOf(state: StepsState): TechniqueVariant | undefined {
    return this.deps.walkthroughs.technique(state.sectionId)?.variants.find((v) => v.id === state.variantId);
  }

  private async chooseTechnique(step: WaterfallStepContext) {
    const request = (step.options ?? {}) as WalkthroughRequest;
    const technique = this.deps.walkthroughs.technique(request.sectionId);
    if (technique) return step.next();
    return step.prompt(TECHNIQUE_PROMPT, { prompt: replyFor(step.context, whichTechniquePrompt(this.deps.walkthroughs.techniques)) });
  }

  private async chooseVariant(step: WaterfallStepContext) {
    const request = (step.options ?? {}) as WalkthroughRequest;
    const technique = this.deps.walkthroughs.technique(request.sectionId) ?? this.deps.walkthroughs.techniqueIn(String(step.result ?? ''))!;
    values(step).sectionId = technique.section.id;
    const ids = technique.variants.map((v) => v.id);
    if (ids.length === 1 || (request.variantId && ids.includes(request.variantId))) return step.next(request.variantId ?? ids[0]);
    const labels = ids.map((id) => this.deps.walkthroughs.cues.variant(id)?.label ?? id);
    return step.prompt(VARIANT_PROMPT, { prompt: replyFor(step.context, whichVariantPrompt(technique, labels)), validations: { sectionId: technique.section.id } });
  }

  private async cautionsFirst(step: WaterfallStepContext) {
    const technique = this.deps.walkthroughs.technique(values(step).sectionId)!;
    const ids = technique.variants.map((v) => v.id);
    const variantId = ids.includes(String(step.result)) ? String(step.result) : this.deps.walkthroughs.cues.variantIn(String(step.result ?? ''), ids) ?? ids[0]!;
    values(step).variantId = variantId;
    const total = technique.variants.find((v) => v.id === variantId)!.steps.length;
    if (await this.deps.checkedFirst.get(step.context, false)) {
      await this.deps.send(step.context, beforeYouStart(technique, total, false));
      return step.next();
    }
    return step.prompt(CHECK_PROMPT, { prompt: replyFor(step.context, beforeYouStart(technique, total, true)) });
  }

  private async beginSteps(step: WaterfallStepContext) {
    // Only "none of these" reaches here (onContinueDialog hands anything else on), or nothing when already asked.
    await this.deps.checkedFirst.set(step.context, true);
    return step.replaceDialog(STEPS, { ...values(step) });
  }
}

/** The steps themselves: one per message, moved by the commands onContinueDialog lets through. */
class WalkthroughSteps extends Dialog {
  constructor(private readonly deps: WalkthroughDependencies) {
    super(STEPS);
  }

  override async beginDialog(dc: DialogContext, options?: { sectionId: string; variantId: string }): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as StepsState;
    Object.assign(state, { sectionId: options?.sectionId, variantId: options?.variantId, index: 0 });
    return this.show(dc, state);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as StepsState;
    const technique = this.deps.walkthroughs.technique(state.sectionId);
    const variant = technique?.variants.find((v) => v.id === state.variantId);
    // The article changed under a running walkthrough (another instance, a new start): end it politely.
    if (!technique || !variant || state.index >= variant.steps.length) return this.finish(dc, technique);
    const step = variant.steps[state.index]!;
    switch (this.deps.walkthroughs.cues.commandOf(messageText(dc.context))) {
      case 'next':
        state.index += 1;
        if (state.index >= variant.steps.length) return this.finish(dc, technique);
        return this.show(dc, state);
      case 'back':
        state.index = Math.max(0, state.index - 1);
        return this.show(dc, state);
      case 'timer':
        if (step.minutes && this.deps.timers) {
          await this.deps.timers.start(dc.context, step.minutes);
          await this.deps.send(dc.context, timerStartedReply(step.minutes, state.index, step));
        } else {
          await this.deps.send(dc.context, noTimerReply(state.index, step));
        }
        return Dialog.EndOfTurn;
      default:
        return this.show(dc, state);
    }
  }

  private async show(dc: DialogContext, state: StepsState): Promise<DialogTurnResult> {
    const variant = this.deps.walkthroughs.technique(state.sectionId)?.variants.find((v) => v.id === state.variantId);
    const step = variant?.steps[state.index];
    if (!variant || !step) return this.finish(dc, this.deps.walkthroughs.technique(state.sectionId));
    await this.deps.send(dc.context, stepReply(step, state.index, variant.steps.length, this.deps.timers !== undefined));
    return Dialog.EndOfTurn;
  }

  /** The closing (how often, the healthcare-team reminder, the feedback prompt). A running timer goes on: "up to ten minutes" may still be running. */
  private async finish(dc: DialogContext, technique: Technique | undefined): Promise<DialogTurnResult> {
    if (technique) await this.deps.send(dc.context, closingReply(technique));
    return dc.endDialog();
  }
}

/** What the start steps have settled so far. */
function values(step: WaterfallStepContext): { sectionId?: string; variantId?: string } {
  return step.values as { sectionId?: string; variantId?: string };
}
