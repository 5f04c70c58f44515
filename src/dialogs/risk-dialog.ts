import type { DialogState, WaterfallStepContext } from 'botbuilder-dialogs';
// The classes come from their own modules: the package's index also loads every prompt and
// its language recognisers (dates, numbers, choices in a dozen cultures), about 35 MB of
// memory this bot never uses. The version is pinned, so these paths do not move under us.
import { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
import { TextAnswer } from './text-answer';
import { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
import type { Reply } from '../core/replies/reply';
import type { Condition, SafetyAssessment } from '../core/safety/safety-level';
import {
  checkFirstIntro,
  conditionAdvice,
  emergencyReply,
  noConditionsAdvice,
  recogniseConditionAnswer,
  recogniseYesNo,
  redFlagAllClearReply,
  redFlagQuestion,
  suspectedAllClearReply,
  suspectedRedFlagQuestion,
  whichConditionsPrompt,
} from '../core/replies/safety-wording';
import { NO_CONTACTS, type Contacts } from '../core/replies/contacts';
import { replyFor } from '../bot/reply-activity';

export const RISK_DIALOG = 'riskDialog';
const STEPS = 'riskSteps';
const SUSPECTED_STEPS = 'suspectedRedFlagSteps';
export const CONDITIONS_PROMPT = 'riskConditionsPrompt';
export const RED_FLAG_PROMPT = 'riskRedFlagPrompt';

export interface RiskDialogDeps {
  /** The ordinary answer to a question, given once a suspected red flag is ruled out. */
  answer: (text: string) => Reply;
  /** Who a person can reach (the emergency number, a support contact); unset: the three usual numbers. */
  contacts?: Contacts;
}

/**
 * The risk dialog: advice to talk to a healthcare provider comes in the very first reply,
 * then it asks which conditions apply (when none was named) and the red-flag question
 * people rarely volunteer. A red flag only the learned net suspects is asked about first,
 * with what to do if the answer is yes; "no" gets the question answered. The bot only hands
 * it messages that answer its prompts, and begins it with the assessment of the message that
 * opened it (the bot reads every message once; the dialog does not read it again).
 */
export class RiskDialog extends ComponentDialog {
  private readonly contacts: Contacts;

  constructor(private readonly deps: RiskDialogDeps) {
    super(RISK_DIALOG);
    this.contacts = deps.contacts ?? NO_CONTACTS;
    // Free text and button labels are parsed by the core, not by a choice recogniser,
    // so "I've got kidney stones" works as well as the "Kidney or liver issues" button.
    this.addDialog(new TextAnswer(CONDITIONS_PROMPT));
    this.addDialog(new TextAnswer(RED_FLAG_PROMPT));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.adviseFirst.bind(this),
        this.tailorAdvice.bind(this),
        this.finish.bind(this),
      ]),
    );
    this.addDialog(new WaterfallDialog(SUSPECTED_STEPS, [this.askRedFlags.bind(this), this.afterRedFlags.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async adviseFirst(step: WaterfallStepContext) {
    const assessment = (step.options as SafetyAssessment | undefined) ?? UNNAMED_RISK;
    if (assessment.askRedFlags) return step.replaceDialog(SUSPECTED_STEPS, { question: step.context.activity.text ?? '', conditions: assessment.conditions });
    const conditions = assessment.conditions.filter((c) => c !== 'other');
    await step.context.sendActivity(replyFor(step.context, checkFirstIntro(conditions, this.contacts)));
    if (conditions.length > 0) return step.next({ alreadyAdvised: true });
    return step.prompt(CONDITIONS_PROMPT, { prompt: replyFor(step.context, whichConditionsPrompt()) });
  }

  private async tailorAdvice(step: WaterfallStepContext) {
    if (typeof step.result === 'string') {
      const answer = recogniseConditionAnswer(step.result);
      if (answer?.none || !answer) await step.context.sendActivity(replyFor(step.context, noConditionsAdvice()));
      else for (const condition of answer.conditions) await step.context.sendActivity(replyFor(step.context, conditionAdvice(condition)));
    }
    return step.prompt(RED_FLAG_PROMPT, { prompt: replyFor(step.context, redFlagQuestion()) });
  }

  private async finish(step: WaterfallStepContext) {
    const answer = recogniseYesNo(String(step.result ?? ''));
    const reply = answer === 'yes' ? emergencyReply(['asked-red-flag'], this.contacts) : redFlagAllClearReply(this.contacts);
    await step.context.sendActivity(replyFor(step.context, reply));
    return step.endDialog();
  }

  private async askRedFlags(step: WaterfallStepContext) {
    return step.prompt(RED_FLAG_PROMPT, { prompt: replyFor(step.context, suspectedRedFlagQuestion(this.contacts)) });
  }

  private async afterRedFlags(step: WaterfallStepContext) {
    if (recogniseYesNo(String(step.result ?? '')) === 'yes') {
      await step.context.sendActivity(replyFor(step.context, emergencyReply(['asked-red-flag'], this.contacts)));
    } else {
      await step.context.sendActivity(replyFor(step.context, suspectedAllClearReply(this.contacts)));
      // A condition the message named still needs its advice; otherwise the question is answered.
      const { question = '', conditions = [] } = suspicionOf(step);
      const next = conditions.length > 0 ? checkFirstIntro(conditions.filter((c) => c !== 'other'), this.contacts) : this.deps.answer(question);
      await step.context.sendActivity(replyFor(step.context, next));
    }
    return step.endDialog();
  }
}

/** Begun without an assessment: a risk none was named for, so the dialog asks which conditions apply. */
const UNNAMED_RISK: SafetyAssessment = { level: 'check-first', conditions: [], signals: [] };

/** What opened a suspected red flag, kept in the waterfall's options until it is answered. */
const suspicionOf = (step: WaterfallStepContext) => (step.options ?? {}) as { question?: string; conditions?: Condition[] };

/** Which prompt the risk dialog is waiting on, if it is running. */
export function activeRiskPrompt(state: DialogState | undefined): string | undefined {
  const outer = state?.dialogStack?.[0];
  if (outer?.id !== RISK_DIALOG) return undefined;
  const inner = (outer.state as { dialogs?: DialogState } | undefined)?.dialogs?.dialogStack ?? [];
  return inner[inner.length - 1]?.id;
}

/** Whether a message answers the prompt the dialog is waiting on (else it is a new question). */
export function answersRiskPrompt(prompt: string | undefined, text: string): boolean {
  if (prompt === CONDITIONS_PROMPT) return recogniseConditionAnswer(text) !== undefined;
  if (prompt === RED_FLAG_PROMPT) return recogniseYesNo(text) !== undefined;
  return false;
}

