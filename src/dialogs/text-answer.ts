import { ActivityTypes, InputHints, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogInstance, DialogReason, DialogTurnResult, PromptOptions } from 'botbuilder-dialogs';
// From its own module, not the package index: see src/dialogs/risk-dialog.ts.
import { Dialog } from 'botbuilder-dialogs/lib/dialog';

/** What a waiting prompt keeps on the dialog stack: the same shape the SDK's prompts keep. */
interface TextAnswerState {
  options: PromptOptions;
  state: Record<string, unknown>;
}

/**
 * Asks a question and ends with the next message's text: what botbuilder-dialogs' TextPrompt
 * does without a validator, which is how the dialogs here use it (the core reads the answer).
 * TextPrompt's module also loads the choice prompts' language recognisers (numbers in a dozen
 * cultures, about 4.5 MB of memory and 30 ms of start-up) that no prompt here uses. The state
 * on the stack has TextPrompt's shape ({ options, state }), so a conversation saved by one
 * goes on with the other.
 */
export class TextAnswer extends Dialog<PromptOptions> {
  override async beginDialog(dc: DialogContext, options?: PromptOptions): Promise<DialogTurnResult> {
    const opt: PromptOptions = { ...options };
    for (const prompt of [opt.prompt, opt.retryPrompt]) {
      if (prompt && typeof prompt === 'object' && typeof prompt.inputHint !== 'string') prompt.inputHint = InputHints.ExpectingInput;
    }
    const state = dc.activeDialog!.state as TextAnswerState;
    state.options = opt;
    state.state = {};
    await this.ask(dc.context, opt, false);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const text = dc.context.activity.text;
    if (typeof text === 'string' && text.length > 0) return dc.endDialog(text);
    const state = dc.activeDialog!.state as TextAnswerState;
    if (!dc.context.responded) await this.ask(dc.context, state.options, true);
    return Dialog.EndOfTurn;
  }

  /** Something pushed above it ended: ask again and wait, as the SDK's prompts do. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, _result?: unknown): Promise<DialogTurnResult> {
    await this.repromptDialog(dc.context, dc.activeDialog!);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.ask(context, (instance.state as TextAnswerState).options, false);
  }

  private async ask(context: TurnContext, options: PromptOptions, isRetry: boolean): Promise<void> {
    const prompt = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (prompt) await context.sendActivity(prompt, undefined, InputHints.ExpectingInput);
  }
}
