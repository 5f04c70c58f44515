import { randomUUID } from 'node:crypto';
import { TurnContext, type ConversationReference, type ConversationState, type StatePropertyAccessor } from 'botbuilder';
import { timerDoneReply } from '../core/replies/walkthrough-wording';
import type { Logger } from '../logger';
import { replyFor } from './reply-activity';

/** Time, and waiting for it: the real clock in production, a fake one in tests. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  // unref: a pending timer must not keep a stopping server alive.
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** The adapter's continueConversationAsync, bound to the bot's app id. */
export type ContinueConversation = (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => Promise<void>;

interface TimerRecord {
  id: string;
  dueAt: number;
  minutes: number;
  /** Where the message goes: saved from the turn that started the timer. */
  reference: Partial<ConversationReference>;
}

/**
 * A walkthrough step's timer. The record (due time, conversation reference) is in conversation
 * state; the waiting is a setTimeout in the process that started it. When it fires, the message
 * goes out through continueConversationAsync only if the conversation still holds that very
 * timer, so a Stop on any instance cancels it. After a restart the waiting is gone: the next
 * message in the conversation sets it again in whichever process answers, if it is not yet due;
 * a timer that came due while no process was waiting is dropped, never sent late.
 */
export class WalkthroughTimers {
  private readonly property: StatePropertyAccessor<TimerRecord | undefined>;
  /** Timers this process is waiting on, by id. */
  private readonly waiting = new Map<string, unknown>();

  constructor(
    private readonly conversationState: ConversationState,
    private readonly continueConversation: ContinueConversation,
    private readonly logger: Logger,
    private readonly clock: Clock = SYSTEM_CLOCK,
  ) {
    this.property = conversationState.createProperty<TimerRecord | undefined>('walkthroughTimer');
  }

  /** Starts a timer for this conversation, replacing one already running. */
  async start(context: TurnContext, minutes: number): Promise<void> {
    await this.cancel(context);
    const record: TimerRecord = { id: randomUUID(), dueAt: this.clock.now() + minutes * 60_000, minutes, reference: TurnContext.getConversationReference(context.activity) };
    await this.property.set(context, record);
    this.wait(record);
  }

  async cancel(context: TurnContext): Promise<void> {
    const record = await this.property.get(context);
    if (!record) return;
    this.stopWaiting(record.id);
    await this.property.delete(context);
  }

  /** Every turn: a live timer no process here is waiting on (after a restart, or set on another instance) is waited on again; a stale one is dropped. */
  async resume(context: TurnContext): Promise<void> {
    const record = await this.property.get(context);
    if (!record || this.waiting.has(record.id)) return;
    if (record.dueAt <= this.clock.now()) await this.property.delete(context);
    else this.wait(record);
  }

  /** How many timers this process is waiting on (for tests and shutdown). */
  get pending(): number {
    return this.waiting.size;
  }

  private wait(record: TimerRecord): void {
    const handle = this.clock.setTimeout(() => void this.fire(record), Math.max(0, record.dueAt - this.clock.now()));
    this.waiting.set(record.id, handle);
  }

  private stopWaiting(id: string): void {
    if (!this.waiting.has(id)) return;
    this.clock.clearTimeout(this.waiting.get(id));
    this.waiting.delete(id);
  }

  private async fire(record: TimerRecord): Promise<void> {
    this.waiting.delete(record.id);
    try {
      await this.continueConversation(record.reference, async (context) => {
        const current = await this.property.get(context);
        // Stopped, replaced, or already sent by another instance: nothing to say.
        if (current?.id !== record.id) return;
        await this.property.delete(context);
        await this.conversationState.saveChanges(context, false);
        await context.sendActivity(replyFor(context, timerDoneReply(record.minutes)));
      });
    } catch (error) {
      this.logger.warn({ err: { message: (error as Error).message }, channel: record.reference.channelId }, 'walkthrough timer message could not be sent');
    }
  }
}
