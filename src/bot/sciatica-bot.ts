import {
  TeamsActivityHandler,
  TurnContext,
  type ConversationState,
  type StatePropertyAccessor,
} from 'botbuilder';
import { runDialog, type DialogState } from 'botbuilder-dialogs';
import type { Assistant, Outcome } from '../core/assistant';
import { channelIntroReply, errorReply, welcomeReply } from '../core/replies/small-talk-wording';
import { crisisReply, emergencyReply, urgentReply } from '../core/replies/safety-wording';
import type { Reply } from '../core/replies/reply';
import { classifySafety } from '../core/safety/classify-safety';
import type { SafetyAssessment } from '../core/safety/safety-level';
import { activeRiskPrompt, answersRiskPrompt, type RiskDialog } from '../dialogs/risk-dialog';
import type { Logger } from '../logger';
import { replyActivity } from './reply-activity';

export interface BotDependencies {
  assistant: Assistant;
  conversationState: ConversationState;
  riskDialog: RiskDialog;
  logger: Logger;
  /** Log what people type: off unless the operator turns it on. */
  logUserText: boolean;
}

/** What each turn did, for the content owners' events (no user text). */
export type TurnOutcome = Outcome | { kind: 'safety'; level: SafetyAssessment['level']; conditions: string[] };

const URGENT_LEVELS = new Set(['emergency', 'urgent', 'crisis']);

/**
 * The Bot Framework edge: every message is read by the safety classifier first, then
 * goes to the risk dialog or the knowledge base. Knows channels, not content.
 */
export class SciaticaBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(private readonly deps: BotDependencies) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');

    this.onMessage(async (context, next) => {
      await this.handleMessage(context, messageText(context));
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient?.id);
      if (joined.length > 0) await this.greet(context);
      await next();
    });

    // Web Chat's welcome pattern: the page sends this event once the connection is up.
    this.onEvent(async (context, next) => {
      if (context.activity.name === 'webchat/join') await this.send(context, welcomeReply());
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
  }

  private async greet(context: TurnContext): Promise<void> {
    const type = context.activity.conversation?.conversationType;
    await this.send(context, type === 'channel' || type === 'groupChat' ? channelIntroReply() : welcomeReply());
  }

  private async handleMessage(context: TurnContext, text: string): Promise<void> {
    if (this.deps.logUserText) this.deps.logger.info({ userText: text }, 'message received');
    const safety = classifySafety(text);
    const state = await this.dialogState.get(context, { dialogStack: [] });
    const prompt = activeRiskPrompt(state);

    // A red flag wins everywhere, including in the middle of the risk dialog.
    if (URGENT_LEVELS.has(safety.level)) {
      state.dialogStack = [];
      return this.finishTurn(context, urgentReplyFor(safety), { kind: 'safety', level: safety.level, conditions: [] });
    }
    if (prompt && answersRiskPrompt(prompt, text)) {
      await runDialog(this.deps.riskDialog, context, this.dialogState);
      return;
    }
    // Anything else is a new question: leave the dialog rather than swallow it.
    state.dialogStack = [];
    if (safety.level === 'check-first') {
      this.record(context, { kind: 'safety', level: safety.level, conditions: safety.conditions });
      await runDialog(this.deps.riskDialog, context, this.dialogState);
      return;
    }
    const turn = this.deps.assistant.respond(text);
    await this.finishTurn(context, turn.reply, turn.outcome);
  }

  private async finishTurn(context: TurnContext, reply: Reply, outcome: TurnOutcome): Promise<void> {
    this.record(context, outcome);
    await this.send(context, reply);
  }

  private record(context: TurnContext, outcome: TurnOutcome): void {
    this.deps.logger.debug({ outcome, channel: context.activity.channelId }, 'turn');
  }

  private async send(context: TurnContext, reply: Reply): Promise<void> {
    await context.sendActivity(replyActivity(reply));
  }

  /** Sends the apology after a failed turn; used by the adapter's onTurnError. */
  static async apologise(context: TurnContext): Promise<void> {
    await context.sendActivity(replyActivity(errorReply()));
  }
}

function urgentReplyFor(safety: SafetyAssessment): Reply {
  if (safety.level === 'emergency') return emergencyReply(safety.signals);
  if (safety.level === 'urgent') return urgentReply(safety.signals);
  return crisisReply();
}

/**
 * The words of a message without @mentions of the bot; a card button's value (Teams
 * messageBack, Adaptive Card submit) stands in when there is no text.
 */
export function messageText(context: TurnContext): string {
  const activity = context.activity;
  let text = typeof activity.text === 'string' ? activity.text : '';
  if (activity.entities?.length) text = TurnContext.removeRecipientMention(activity) ?? text;
  const value = activity.value as { text?: unknown; question?: unknown } | undefined;
  if (!text.trim() && value && typeof value === 'object') {
    const fromValue = value.question ?? value.text;
    if (typeof fromValue === 'string') text = fromValue;
  }
  return text.trim();
}
