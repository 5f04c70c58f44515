import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { DialogSet, TextPrompt, WaterfallDialog, type DialogState, type Dialog } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { TextAnswer } from '../../src/dialogs/text-answer';

/** A two-question waterfall on the given prompt, echoing each answer; the replies and the state after each turn. */
async function run(makePrompt: (id: string) => Dialog, inputs: Partial<Activity>[]) {
  const storage = new MemoryStorage();
  const state = new ConversationState(storage);
  const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState'));
  dialogs.add(makePrompt('ask'));
  dialogs.add(
    new WaterfallDialog('steps', [
      (step) => step.prompt('ask', { prompt: { type: 'message', text: 'First?' }, retryPrompt: { type: 'message', text: 'Please type it.' } }),
      async (step) => {
        await step.context.sendActivity(`got ${String(step.result)}`);
        return step.prompt('ask', { prompt: { type: 'message', text: 'Second?' } });
      },
      async (step) => {
        await step.context.sendActivity(`then ${String(step.result)}`);
        return step.endDialog();
      },
    ]),
  );
  const adapter = new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === 'empty' && context.activity.type === 'message') await dc.beginDialog('steps');
    await state.saveChanges(context);
  });
  const turns: unknown[] = [];
  for (const input of inputs) {
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity(input);
    const saved = await storage.read(['test/conversations/Convo1/']);
    const replies = adapter.activeQueue.splice(0).map((a) => ({ text: a.text, inputHint: a.inputHint }));
    // The waterfall's instanceId is random: the rest of the stack must match.
    const stack = JSON.stringify(Object.values(saved)[0]?.dialogState ?? null).replace(/"instanceId":"[^"]*"/g, '"instanceId":"…"');
    turns.push({ replies, stack: JSON.parse(stack) });
  }
  return turns;
}

describe('TextAnswer', () => {
  it('asks, reasks, answers and keeps its state exactly as the SDK TextPrompt does (without a validator)', async () => {
    const inputs: Partial<Activity>[] = [
      { type: 'message', text: 'hi' },
      { type: 'event', name: 'something' },
      { type: 'message', text: '', value: { x: 1 } },
      { type: 'message', text: 'one' },
      { type: 'message', text: 'two' },
    ];
    const sdk = await run((id) => new TextPrompt(id), inputs);
    const ours = await run((id) => new TextAnswer(id), inputs);
    expect(ours).toEqual(sdk);
    expect(JSON.stringify(ours)).toContain('Please type it.');
    expect(JSON.stringify(ours)).toContain('then two');
  });
});
