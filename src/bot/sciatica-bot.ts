import {
  ActivityTypes,
  TeamsActivityHandler,
  TurnContext,
  type ConversationState,
  type InvokeResponse,
  type StatePropertyAccessor,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
// From its own module, not the package index: see src/dialogs/risk-dialog.ts.
import { runDialog } from 'botbuilder-dialogs/lib/dialogHelper';
import type { Assistant } from '../core/assistant';
import {
  channelIntroReply,
  errorReply,
  feedbackAlreadyReply,
  feedbackCommentThanksReply,
  feedbackThanksReply,
  welcomeReply,
} from '../core/replies/small-talk-wording';
import { crisisReply, emergencyReply, urgentReply } from '../core/replies/safety-wording';
import { NO_CONTACTS, type Contacts } from '../core/replies/contacts';
import type { Reply } from '../core/replies/reply';
import type { WholeSections } from '../core/replies/whole-section';
import { classifySafety } from '../core/safety/classify-safety';
import { LEARNED_SIGNAL, type SafetyCheck } from '../core/safety/safety-check';
import type { SafetyAssessment } from '../core/safety/safety-level';
import { activeRiskPrompt, answersRiskPrompt, type RiskDialog } from '../dialogs/risk-dialog';
import { maskPersonalData } from '../events/mask-personal-data';
import { NO_EVENTS, type EventSink, type TurnEventBody } from '../events/turn-event';
import type { Logger } from '../logger';
import { AnsweredSections } from './answered-sections';
import { FeedbackVotes, type Reaction } from './feedback-votes';
import { replyActivity, replyFor } from './reply-activity';

export interface BotDependencies {
  assistant: Assistant;
  /** Reads every message first: the rules, then the learned net. */
  safety: SafetyCheck;
  conversationState: ConversationState;
  riskDialog: RiskDialog;
  logger: Logger;
  /** Log (and record) what people type: off unless the operator turns it on. */
  logUserText: boolean;
  /** Where turn events and feedback go, for the content owners. */
  events?: EventSink;
  /** Who a person can reach: the safety replies name them. */
  contacts?: Contacts;
  /** Recognises "Show the whole section" clicks; without it such a message is an ordinary question. */
  wholeSections?: WholeSections;
}

const URGENT_LEVELS = new Set(['emergency', 'urgent', 'crisis']);
/** Channels of the web chat widget (Azure's Direct Line and its test chat; our local one is directline too). */
const WEB_CHAT_CHANNELS = new Set(['directline', 'webchat']);

/**
 * The Bot Framework edge: every message is read by the safety classifier first, then
 * goes to the risk dialog or the knowledge base. Knows channels, not content.
 */
export class SciaticaBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly events: EventSink;
  /** Which section each recent answer came from, so a thumbs up or down can name it. */
  private readonly answered: AnsweredSections;
  /** One vote per answer: a repeat is not counted again, a change replaces the first. */
  private readonly votes: FeedbackVotes;

  constructor(private readonly deps: BotDependencies) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.events = deps.events ?? NO_EVENTS;
    this.answered = new AnsweredSections(deps.conversationState);
    this.votes = new FeedbackVotes(deps.conversationState);

    this.onMessage(async (context, next) => {
      const feedback = feedbackOf(context);
      if (feedback?.kind === 'vote') await this.handleVote(context, feedback);
      else if (feedback?.kind === 'comment') await this.handleComment(context, feedback);
      else await this.handleMessage(context, messageText(context));
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      await this.greet(context);
      await next();
    });

    // Web Chat's welcome pattern: the page sends this event once the connection is up.
    this.onEvent(async (context, next) => {
      if (context.activity.name === 'webchat/join') await this.send(context, welcomeReply());
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    // The dialog library sends a trace of its memory (the person's message included) every
    // turn. Channels drop traces, but a caller asking for expectReplies would get it in the
    // response body; only the Bot Framework Emulator, a developer's tool, should see it.
    if (context.activity.channelId !== 'emulator') {
      context.onSendActivities(async (_context, activities, next) => {
        if (activities.every((a) => a.type === 'trace')) return [];
        for (let i = activities.length - 1; i >= 0; i--) if (activities[i]!.type === 'trace') activities.splice(i, 1);
        return next();
      });
    }
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
  }

  /**
   * In a team or group chat, one short introduction when the bot itself is added (not for
   * every new member); in a personal chat, a welcome when the person arrives.
   */
  private async greet(context: TurnContext): Promise<void> {
    // Web Chat greets through its webchat/join event instead: Direct Line's own
    // conversationUpdate can arrive before the page listens, and both would greet twice.
    if (WEB_CHAT_CHANNELS.has(context.activity.channelId)) return;
    const added = context.activity.membersAdded ?? [];
    const botAdded = added.some((m) => m.id === context.activity.recipient?.id);
    const type = context.activity.conversation?.conversationType;
    if (type === 'channel' || type === 'groupChat') {
      if (botAdded) await this.send(context, channelIntroReply());
    } else if (added.length > 0) {
      await this.send(context, welcomeReply());
    }
  }

  private async handleMessage(context: TurnContext, text: string): Promise<void> {
    if (this.deps.logUserText) this.deps.logger.info({ userText: text }, 'message received');
    const safety = this.deps.safety.assess(text);
    // No default here: a conversation that never opened the dialog then has no state to write.
    const state = await this.dialogState.get(context);
    const prompt = activeRiskPrompt(state);
    const leaveDialog = () => {
      if (state?.dialogStack?.length) state.dialogStack = [];
    };

    // A "Show the whole section" click sends a fixed message naming a heading, none of the
    // person's own words: its safety level is not acted on (the risks heading it may name is
    // the article's words, not the person's). The safety check above still reads every message,
    // and anything but the exact button message goes on below as usual.
    const whole = this.deps.wholeSections?.replyFor(text);
    if (whole) {
      leaveDialog();
      this.record(context, { kind: 'whole-section', sectionId: whole.section.id });
      await this.send(context, whole.reply);
      return;
    }

    // A red flag wins everywhere, including in the middle of the risk dialog.
    if (URGENT_LEVELS.has(safety.level)) {
      leaveDialog();
      this.record(context, safetyEvent(safety, text), text);
      await this.send(context, urgentReplyFor(safety, this.deps.contacts ?? NO_CONTACTS));
      return;
    }
    if (prompt && answersRiskPrompt(prompt, text)) {
      await runDialog(this.deps.riskDialog, context, this.dialogState);
      return;
    }
    // Anything else is a new question: leave the dialog rather than swallow it.
    leaveDialog();
    if (safety.level === 'check-first') {
      this.record(context, safetyEvent(safety, text), text);
      await runDialog(this.deps.riskDialog, context, this.dialogState);
      return;
    }
    const turn = this.deps.assistant.respond(text);
    this.record(context, turn.outcome, text);
    await this.send(context, turn.reply);
  }

  /** A Web Chat feedback card click: one vote per answer, whatever is clicked after. */
  private async handleVote(context: TurnContext, vote: CardVote): Promise<void> {
    const { reaction, sectionId, answerId } = vote;
    const outcome = answerId ? await this.votes.vote(context, answerId, reaction) : { kind: 'first' as const };
    if (outcome.kind === 'same') {
      await this.send(context, feedbackAlreadyReply());
      return;
    }
    this.record(context, {
      kind: 'feedback',
      reaction,
      ...(sectionId ? { sectionId } : {}),
      ...(answerId ? { answerId } : {}),
      ...(outcome.kind === 'changed' ? { replaces: outcome.from } : {}),
    });
    await this.send(context, feedbackThanksReply());
  }

  /**
   * "What was missing?" under a "Not helpful" answer, taken once per answer and kept (masked)
   * for the content owners. It is the person's own words, so it is read for safety like any
   * message: a red flag typed into the feedback box gets its safety reply.
   */
  private async handleComment(context: TurnContext, comment: CardComment): Promise<void> {
    const text = comment.text.trim().slice(0, 500);
    if (!text) return;
    const kept = await this.keepComment(context, comment);
    const level = this.deps.safety.assess(text).level;
    if (level !== 'none') await this.handleMessage(context, text);
    else await this.send(context, kept ? feedbackCommentThanksReply() : feedbackAlreadyReply());
  }

  /** Records what was missing, once per "Not helpful" answer (masked); false when it was not taken. */
  private async keepComment(context: TurnContext, comment: CardComment): Promise<boolean> {
    const text = comment.text.trim().slice(0, 500);
    if (!text || !(await this.votes.takeComment(context, comment.answerId))) return false;
    this.events.record({
      kind: 'feedback-comment',
      ...(comment.sectionId ? { sectionId: comment.sectionId } : {}),
      answerId: comment.answerId,
      at: new Date().toISOString(),
      channel: context.activity.channelId ?? 'unknown',
      text: maskPersonalData(text),
    });
    return true;
  }

  /** Teams' native thumbs up/down arrives as an invoke; answer 200 and keep the vote. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'message/submitAction') {
      // Invokes this bot does not offer are a client mistake (400), not a server fault (501).
      const response = await super.onInvokeActivity(context);
      return response.status === 501 ? { status: 400, body: { error: 'This bot does not handle that invoke.' } } : response;
    }
    const value = (context.activity.value ?? {}) as { actionName?: string; actionValue?: { reaction?: string; feedback?: unknown } };
    const reaction = value.actionValue?.reaction;
    if (value.actionName !== 'feedback' || (reaction !== 'like' && reaction !== 'dislike')) return { status: 400 };
    const answerId = context.activity.replyToId;
    const sectionId = await this.answered.sectionOf(context, answerId);
    const outcome = answerId ? await this.votes.vote(context, answerId, reaction) : { kind: 'first' as const };
    if (outcome.kind !== 'same') {
      this.record(context, {
        kind: 'feedback',
        reaction,
        ...(sectionId ? { sectionId } : {}),
        ...(answerId ? { answerId } : {}),
        ...(outcome.kind === 'changed' ? { replaces: outcome.from } : {}),
      });
    }
    // Teams' own form asks what was wrong; for a thumbs down that text is kept like the widget's.
    const comment = reaction === 'dislike' ? teamsFeedbackText(value.actionValue?.feedback) : '';
    if (comment && answerId && (await this.keepComment(context, { kind: 'comment', text: comment, answerId, ...(sectionId ? { sectionId } : {}) }))) {
      // The person's own words: a red flag in them gets its reply here too.
      const safety = this.deps.safety.assess(comment);
      if (URGENT_LEVELS.has(safety.level)) await this.send(context, urgentReplyFor(safety, this.deps.contacts ?? NO_CONTACTS));
    }
    return { status: 200 };
  }

  private record(context: TurnContext, body: TurnEventBody, text?: string): void {
    // Unanswered questions are what content owners need to see, so their text is kept, masked.
    const keepText = text && (this.deps.logUserText || body.kind === 'fallback');
    this.events.record({
      ...body,
      at: new Date().toISOString(),
      channel: context.activity.channelId ?? 'unknown',
      ...(keepText ? { text: maskPersonalData(text.slice(0, 500)) } : {}),
    });
    this.deps.logger.debug({ kind: body.kind, channel: context.activity.channelId }, 'turn');
  }

  private async send(context: TurnContext, reply: Reply): Promise<void> {
    const response = await context.sendActivity(replyFor(context, reply));
    // Only Teams' native vote names just the message; Web Chat's card carries the section itself,
    // so other channels need not write state on every answer.
    if (reply.source && response?.id && context.activity.channelId === 'msteams') {
      await this.answered.remember(context, response.id, reply.source.sectionId);
    }
  }

  /** Sends the apology after a failed turn; used by the adapter's onTurnError. */
  static async apologise(context: TurnContext): Promise<void> {
    if (context.activity.type !== ActivityTypes.Invoke) await context.sendActivity(replyActivity(errorReply()));
  }
}

/** The text of Teams' feedback form: its actionValue.feedback is a JSON string with feedbackText. */
function teamsFeedbackText(feedback: unknown): string {
  if (typeof feedback !== 'string') return '';
  try {
    const text = (JSON.parse(feedback) as { feedbackText?: unknown }).feedbackText;
    return typeof text === 'string' ? text.trim() : '';
  } catch {
    return '';
  }
}

interface CardVote {
  kind: 'vote';
  reaction: Reaction;
  sectionId?: string;
  /** Which answer (the id of the question it answered); older cards carry none. */
  answerId?: string;
}

interface CardComment {
  kind: 'comment';
  text: string;
  answerId: string;
  sectionId?: string;
}

/** A Web Chat feedback card's message: a vote ({ feedback, sectionId, answerId }) or what was missing ({ feedbackComment, answerId }). */
function feedbackOf(context: TurnContext): CardVote | CardComment | undefined {
  const value = context.activity.value as { feedback?: unknown; feedbackComment?: unknown; sectionId?: unknown; answerId?: unknown } | undefined;
  if (!value || typeof value !== 'object') return undefined;
  const id = (field: unknown) => (typeof field === 'string' && field ? field.slice(0, 200) : undefined);
  const sectionId = id(value.sectionId);
  const answerId = id(value.answerId);
  if (value.feedback === 'like' || value.feedback === 'dislike') {
    return { kind: 'vote', reaction: value.feedback, ...(sectionId ? { sectionId } : {}), ...(answerId ? { answerId } : {}) };
  }
  if (typeof value.feedbackComment === 'string' && answerId) {
    return { kind: 'comment', text: value.feedbackComment, answerId, ...(sectionId ? { sectionId } : {}) };
  }
  return undefined;
}

/**
 * The safety turn for the report: its level and what raised it, so an operator can tell a
 * rule's false alarms from the net's. The net alone gives a red flag no signal of its own
 * (LEARNED_SIGNAL), and a check-first with no condition named; the rules are asked again
 * (cached) only in that second case.
 */
function safetyEvent(safety: SafetyAssessment, text: string): Extract<TurnEventBody, { kind: 'safety' }> {
  const byNet =
    safety.signals.includes(LEARNED_SIGNAL) || (safety.level === 'check-first' && safety.conditions.length === 0 && classifySafety(text).level !== 'check-first');
  const rules = safety.level === 'check-first' ? safety.conditions : safety.signals;
  return { kind: 'safety', level: safety.level, conditions: safety.conditions, raisedBy: byNet ? 'net' : 'rule', rules: byNet ? [] : rules };
}

function urgentReplyFor(safety: SafetyAssessment, contacts: Contacts): Reply {
  if (safety.level === 'emergency') return emergencyReply(safety.signals, contacts);
  if (safety.level === 'urgent') return urgentReply(safety.signals, contacts);
  return crisisReply(contacts);
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
