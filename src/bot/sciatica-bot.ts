import {
  ActivityTypes,
  TeamsActivityHandler,
  type TurnContext,
  type ConversationState,
  type InvokeResponse,
  type StatePropertyAccessor,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
// Values from their own modules, never the package index (about 30 MB more): see src/dialogs/risk-dialog.ts.
import { DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
import type { Assistant } from '../core/assistant';
import type { Walkthroughs } from '../core/knowledge/walkthroughs';
import {
  channelIntroReply,
  errorReply,
  feedbackAlreadyReply,
  feedbackCommentThanksReply,
  feedbackThanksReply,
  welcomeReply,
} from '../core/replies/small-talk-wording';
import { urgentReplyFor } from '../core/replies/safety-wording';
import { NO_CONTACTS, type Contacts } from '../core/replies/contacts';
import type { Reply } from '../core/replies/reply';
import { noWalkthroughReply, withGuideButton } from '../core/replies/walkthrough-wording';
import type { WholeSections } from '../core/replies/whole-section';
import { classifySafety } from '../core/safety/classify-safety';
import { LEARNED_SIGNAL, type SafetyCheck } from '../core/safety/safety-check';
import { URGENT_LEVELS, type SafetyAssessment } from '../core/safety/safety-level';
import { activeRiskPrompt, answersRiskPrompt, RISK_DIALOG, type RiskDialog } from '../dialogs/risk-dialog';
import { WALKTHROUGH_DIALOG, WalkthroughDialog, type WalkthroughEnd } from '../dialogs/walkthrough-dialog';
import { maskPersonalData } from '../events/mask-personal-data';
import { NO_EVENTS, type EventSink, type TurnEventBody } from '../events/turn-event';
import type { Logger } from '../logger';
import { AnsweredSections } from './answered-sections';
import { FeedbackVotes, type Reaction } from './feedback-votes';
import { messageText } from './message-text';
import { readMessage, type Message } from '../core/understanding/message';
import { replyActivity, replyFor } from './reply-activity';
import type { WalkthroughTimers } from './walkthrough-timers';

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
  /** The article's techniques and their cue phrases; without them no walkthrough is offered. */
  walkthroughs?: Walkthroughs;
  /** A walkthrough step's timer; without it (no way to message later) none is offered. */
  timers?: WalkthroughTimers;
  /**
   * Whether the conversation may have state stored (false only when the storage knows it has
   * none: see KnowsItsKeys). Without it every message reads the conversation's state.
   */
  mayHoldState?: (context: TurnContext) => boolean;
}

/** Where the turn's safety assessment waits for the walkthrough, so a message is assessed once. */
const TURN_SAFETY = Symbol('turnSafety');
/** What a fixed button message (the article's words, not the person's) counts as. */
const NOT_A_RISK: SafetyAssessment = { level: 'none', conditions: [], signals: [] };
/** A walkthrough's own commands: with none running they are a button scrolled past, not a question ("yes" and "stop" are not among them). */
const STEP_COMMANDS = new Set(['next', 'back', 'repeat', 'timer']);
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
  /** The risk dialog and the walkthrough, sharing the conversation's dialog stack. */
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: BotDependencies) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.events = deps.events ?? NO_EVENTS;
    this.answered = new AnsweredSections(deps.conversationState);
    this.votes = new FeedbackVotes(deps.conversationState);
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(deps.riskDialog);
    if (deps.walkthroughs) {
      this.dialogs.add(
        new WalkthroughDialog({
          walkthroughs: deps.walkthroughs,
          safetyOf: (context, text) => context.turnState.get(TURN_SAFETY) ?? deps.safety.assess(text),
          answerQuestion: (context, text) => this.answer(context, text),
          send: (context, reply) => this.send(context, reply),
          checkedFirst: deps.conversationState.createProperty<boolean>('checkedFirst'),
          ...(deps.timers ? { timers: deps.timers } : {}),
        }),
      );
    }

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
    // Only a turn that read the state can have changed it; a dialog stack left empty is not
    // kept, so a conversation whose dialog ended has nothing stored again.
    if (this.deps.conversationState.get(context)) {
      const dialogs = await this.dialogState.get(context);
      if (dialogs && !dialogs.dialogStack?.length) await this.dialogState.delete(context);
      await this.deps.conversationState.saveChanges(context, false);
    }
  }

  /**
   * A message goes straight to the bot's handling: the documented override of the message
   * step, rather than an onMessage handler, so a message turn does not run the 'Turn',
   * 'Message' and 'Dialog' handler chains (no handler is registered on them; each is a few
   * promises per turn).
   */
  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    if (context.activity.type === ActivityTypes.Message) await this.onMessageActivity(context);
    else await super.onTurnActivity(context);
  }

  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    const feedback = feedbackOf(context);
    if (feedback?.kind === 'vote') await this.handleVote(context, feedback);
    else if (feedback?.kind === 'comment') await this.handleComment(context, feedback);
    else {
      const text = messageText(context);
      // An Adaptive Card click carries its words in its value only; the dialogs' prompts read the text.
      if (!context.activity.text && text) context.activity.text = text;
      await this.handleMessage(context, text);
    }
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
    // Read once: every stage below (safety, dialog acts, retrieval) reads this one value.
    const message = readMessage(text);
    const safety = this.deps.safety.assess(message);
    // A "Show the whole section" click sends a fixed message naming a heading, none of the
    // person's own words: its safety level is not acted on (the risks heading it may name is
    // the article's words, not the person's). The safety check above still reads every message,
    // and anything but the exact button message goes on below as usual.
    const whole = this.deps.wholeSections?.sectionFor(text);
    context.turnState.set(TURN_SAFETY, whole ? NOT_A_RISK : safety);
    // A conversation with nothing stored runs no dialog and waits on no timer: its state is not
    // read at all (an answer writes none outside Teams), so the turn neither loads nor saves it.
    const stored = this.deps.mayHoldState?.(context) ?? true;
    if (stored) await this.deps.timers?.resume(context);
    // No default here: a conversation that never opened the dialog then has no state to write.
    const state = stored ? await this.dialogState.get(context) : undefined;
    if (state?.dialogStack?.[0]?.id === WALKTHROUGH_DIALOG) {
      await this.continueWalkthrough(context, text, whole ? NOT_A_RISK : safety);
      return;
    }
    const prompt = activeRiskPrompt(state);
    const leaveDialog = () => {
      if (state?.dialogStack?.length) state.dialogStack = [];
    };

    if (whole) {
      leaveDialog();
      await this.answer(context, text);
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
      await this.runRiskDialog(context, safety);
      return;
    }
    // Anything else is a new question: leave the dialog rather than swallow it.
    leaveDialog();
    if (safety.level === 'check-first') {
      this.record(context, safetyEvent(safety, text), text);
      await this.runRiskDialog(context, safety);
      return;
    }
    const walkthroughs = this.deps.walkthroughs;
    const request = walkthroughs?.request(text);
    if (request) {
      const dc = await this.dialogs.createContext(context);
      await dc.beginDialog(WALKTHROUGH_DIALOG, request);
      return;
    }
    const command = walkthroughs?.cues.commandOf(text);
    if (walkthroughs && command && STEP_COMMANDS.has(command)) {
      await this.send(context, noWalkthroughReply(walkthroughs.techniques));
      return;
    }
    await this.answer(context, message);
  }

  /** An answer from the knowledge base (or the whole section a button asks for), with "Guide me" under a technique. */
  private async answer(context: TurnContext, input: string | Message): Promise<void> {
    const text = typeof input === 'string' ? input : input.raw;
    const whole = this.deps.wholeSections?.replyFor(text);
    if (whole) {
      this.record(context, { kind: 'whole-section', sectionId: whole.section.id });
      await this.send(context, this.withGuide(whole.reply));
      return;
    }
    const turn = this.deps.assistant.respond(input);
    this.record(context, turn.outcome, text);
    await this.send(context, this.withGuide(turn.reply));
  }

  private withGuide(reply: Reply): Reply {
    const technique = reply.kind === 'answer' ? this.deps.walkthroughs?.technique(reply.source?.sectionId) : undefined;
    return technique ? withGuideButton(reply, technique.section) : reply;
  }

  /** The walkthrough reads the message first (onContinueDialog); a risk message then goes to the risk dialog, a new request starts anew. */
  private async continueWalkthrough(context: TurnContext, text: string, safety: SafetyAssessment): Promise<void> {
    if (safety.level !== 'none') this.record(context, safetyEvent(safety, text), text);
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    const end = result.status === DialogTurnStatus.complete ? (result.result as WalkthroughEnd | undefined) : undefined;
    if (end?.handOver === 'risk') await dc.beginDialog(RISK_DIALOG, safety);
    else if (end?.handOver === 'restart') await dc.beginDialog(WALKTHROUGH_DIALOG, this.deps.walkthroughs?.request(text));
  }

  /** Goes on with the risk dialog, or begins it with this message's assessment. */
  private async runRiskDialog(context: TurnContext, safety: SafetyAssessment): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(RISK_DIALOG, safety);
  }

  /** A Web Chat feedback card click: one vote per answer, whatever is clicked after. */
  private async handleVote(context: TurnContext, vote: CardVote): Promise<void> {
    const { reaction, sectionId, answerId } = vote;
    const counted = await this.countVote(context, reaction, sectionId, answerId);
    await this.send(context, counted ? feedbackThanksReply() : feedbackAlreadyReply());
  }

  /** Records a vote unless it repeats this answer's last one; a changed vote names the one it replaces. */
  private async countVote(context: TurnContext, reaction: Reaction, sectionId?: string, answerId?: string): Promise<boolean> {
    const outcome = answerId ? await this.votes.vote(context, answerId, reaction) : { kind: 'first' as const };
    if (outcome.kind === 'same') return false;
    this.record(context, {
      kind: 'feedback',
      reaction,
      ...(sectionId ? { sectionId } : {}),
      ...(answerId ? { answerId } : {}),
      ...(outcome.kind === 'changed' ? { replaces: outcome.from } : {}),
    });
    return true;
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
    await this.countVote(context, reaction, sectionId, answerId);
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
