import { TestAdapter, type Activity } from 'botbuilder';
import { createInterface } from 'node:readline';
import { buildBot } from '../build-bot';
import { normaliseText } from '../core/text/normalise';
import { createLogger } from '../logger';

/**
 * A terminal chat with the real bot in process (the same SciaticaBot, risk dialog included),
 * so a content owner can try a question seconds after editing knowledge/.
 */
export async function runTerminalChat(options: { knowledgeDir: string; explain: boolean; input: NodeJS.ReadableStream; output: NodeJS.WritableStream }) {
  const { bot, assistant, matcher, safety: safetyCheck } = buildBot({ knowledgeDir: options.knowledgeDir, logger: createLogger({ logLevel: 'silent' }) });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  const write = (line = '') => options.output.write(`${line}\n`);
  const interactive = Boolean((options.input as NodeJS.ReadStream).isTTY);
  const lines = createInterface({ input: options.input, terminal: false });

  write('Sciatica Massage Guide: terminal chat. Type a question; Ctrl+D or "/quit" to leave.');
  if (interactive) options.output.write('you> ');
  for await (const raw of lines) {
    const text = raw.trim();
    if (text === '/quit') break;
    if (text) {
      if (options.explain) write(explain(text));
      adapter.activeQueue.splice(0);
      await adapter.receiveActivity(text);
      for (const reply of adapter.activeQueue.splice(0) as Partial<Activity>[]) write(render(reply));
    }
    if (interactive) options.output.write('you> ');
  }

  function explain(text: string): string {
    const safety = safetyCheck.assess(text);
    const { ranked, uncoveredTopic } = matcher.match(normaliseText(text));
    const top = ranked.slice(0, 3).map((r) => `    ${r.score.toFixed(3)}  ${r.section.heading}`);
    const examples = matcher.nearestExamples(text).map((e) => `    ${e.similarity.toFixed(3)}  ${e.heading ?? '(not covered)'}  <- "${e.question}"`);
    return [
      `  [safety: ${safety.level}${safety.conditions.length ? ` (${safety.conditions.join(', ')})` : ''}${safety.signals.length ? ` (${safety.signals.join(', ')})` : ''}]`,
      ...(uncoveredTopic ? [`  [not covered: ${uncoveredTopic}]`] : []),
      '  [best sections]',
      ...(top.length ? top : ['    (none)']),
      '  [most similar example questions]',
      ...(examples.length ? examples : ['    (none)']),
      ...shortAnswerLines(text),
    ].join('\n');
  }

  /** Which sentences of the section the short answer kept, with their scores (as the bot would answer, safety aside). */
  function shortAnswerLines(text: string): string[] {
    const excerpt = assistant.respond(text).reply.excerpt;
    if (!excerpt) return [];
    return [
      `  [short answer: ${excerpt.whole ? `the whole section (${excerpt.of} sentences and list items)` : `${excerpt.chosen.length} of ${excerpt.of} sentences and list items`}]`,
      ...excerpt.chosen.map((c) => `    ${c.score.toFixed(2)}${c.cue ? ` (${c.cue})` : ''}  ${c.text.length > 90 ? `${c.text.slice(0, 87)}...` : c.text}`),
    ];
  }
}

function render(reply: Partial<Activity>): string {
  const buttons = [
    ...(reply.suggestedActions?.actions ?? []).map((a) => a.title),
    ...((reply.attachments ?? []).flatMap((a) => (a.content as { buttons?: { title: string }[] })?.buttons ?? []).map((b) => b.title)),
  ];
  const text = reply.text ?? '';
  return `bot> ${text.replace(/\n/g, '\n     ')}${buttons.length ? `\n     options: ${buttons.join(' | ')}` : ''}\n`;
}
