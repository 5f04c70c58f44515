import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { contactsOf } from '../../src/app';
import { replyActivity } from '../../src/bot/reply-activity';
import { buildBot } from '../../src/build-bot';
import { loadConfig } from '../../src/config';
import { checkFirstIntro, crisisReply, emergencyReply, redFlagAllClearReply, urgentReply } from '../../src/core/replies/safety-wording';
import { loadFallbackKinds } from '../../src/core/replies/fallback-kinds';
import { createLogger } from '../../src/logger';

const KNOWLEDGE = resolve(__dirname, '../../knowledge');
const CLINIC = { supportUrl: 'https://clinic.example/contact', supportPhone: '+44 20 7946 0000' };
const build = (contacts = {}) => buildBot({ knowledgeDir: KNOWLEDGE, logger: createLogger({ logLevel: 'silent' }), contacts });
const plain = build();
const withClinic = build(CLINIC);

/** The buttons a person sees under a reply in Web Chat: suggested actions and card buttons, with what each does. */
function buttonsOf(activity: ReturnType<typeof replyActivity>) {
  const cards = (activity.attachments ?? []).flatMap((a) => (a.content as { buttons?: { type: string; title: string; value: unknown }[] }).buttons ?? []);
  return [...cards, ...(activity.suggestedActions?.actions ?? [])].map((b) => ({ type: b.type, title: b.title, value: b.value }));
}

describe('fallback wording per kind of question', () => {
  it('something far from health gets a plain "I only know about massage for sciatica", no medical pointer', () => {
    const { reply } = plain.assistant.respond('whats the weather');
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toMatch(/^I only know about massage for sciatica/);
    expect(reply.text).not.toMatch(/doctor|medical/i);
  });

  it('a medical question gets the pointer to a doctor', () => {
    const { reply } = plain.assistant.respond('how much ibuprofen can I take for sciatica?');
    expect(reply.text).toContain("doesn't cover medicines");
    expect(reply.text).toContain('please ask a doctor or another healthcare provider');
  });

  it("a therapist's price is not worded like a shop", () => {
    const { reply } = plain.assistant.respond('how much does a massage therapist cost?');
    expect(reply.kind).toBe('fallback');
    expect(reply.text).not.toMatch(/orders|shipping/);
    expect(reply.text).toContain('A massage therapist or clinic can tell you about that directly.');
  });

  it('says a topic in its own words: "sleep, posture or furniture"', () => {
    expect(plain.assistant.respond('best mattress for sciatica').reply.text).toMatch(/^Sorry, the article I answer from doesn't cover sleep, posture or furniture, so I can't help with that\./);
  });

  it('every topic it offers is a button, none is plain text', () => {
    const { reply } = plain.assistant.respond('who painted the Mona Lisa?');
    const buttons = buttonsOf(replyActivity(reply)).map((b) => b.title);
    expect(buttons).toEqual(plain.assistant.topics.map((s) => s.questions[0] ?? s.heading));
    expect(buttons.length).toBeGreaterThan(3);
    for (const topic of plain.assistant.topics) expect(reply.text).not.toContain(topic.heading);
  });

  it('a kinds file naming a topic out-of-scope.yml does not have stops start-up with the name', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kinds-'));
    writeFileSync(join(folder, 'fallback-kinds.yml'), 'topics:\n  the wether: { kind: far }\n');
    expect(() => loadFallbackKinds(folder, ['everyday topics'])).toThrow(/"the wether" is not a topic of out-of-scope.yml/);
    writeFileSync(join(folder, 'fallback-kinds.yml'), 'topics:\n  everyday topics: { kind: faraway }\n');
    expect(() => loadFallbackKinds(folder, ['everyday topics'])).toThrow(/needs kind: one of far, medical, service, other/);
    writeFileSync(join(folder, 'fallback-kinds.yml'), 'topics:\n  everyday topics: { kind: far, say: time, or weather }\n');
    expect(() => loadFallbackKinds(folder, ['everyday topics'])).toThrow(/unknown fields "or weather"/);
  });
});

describe('reaching a person: SUPPORT_URL, SUPPORT_PHONE, EMERGENCY_NUMBER', () => {
  it('the fallback offers the support page and a tap-to-call number when they are set, and nothing when not', () => {
    const { reply } = withClinic.assistant.respond('who painted the Mona Lisa?');
    expect(reply.text).toContain('To talk to a person, [contact us online](https://clinic.example/contact) or call [+44 20 7946 0000](tel:+442079460000).');
    expect(buttonsOf(replyActivity(reply))).toEqual(expect.arrayContaining([
      { type: 'openUrl', title: 'Contact us', value: 'https://clinic.example/contact' },
      { type: 'openUrl', title: 'Call +44 20 7946 0000', value: 'tel:+442079460000' },
    ]));
    expect(plain.assistant.respond('who painted the Mona Lisa?').reply.text).not.toContain('To talk to a person');
  });

  it('by default the emergency reply keeps the three numbers and offers each as tap-to-call', () => {
    const reply = emergencyReply(['bladder']);
    expect(reply.text).toContain('call your local emergency number (such as 999, 112 or 911)');
    expect(buttonsOf(replyActivity(reply))).toEqual(['999', '112', '911'].map((n) => ({ type: 'openUrl', title: `Call ${n}`, value: `tel:${n}` })));
  });

  it('with EMERGENCY_NUMBER set, emergency and urgent replies name that number and call it', () => {
    const contacts = contactsOf(loadConfig({ EMERGENCY_NUMBER: '112' }));
    const emergency = emergencyReply(['bladder'], contacts);
    expect(emergency.text).toMatch(/^Please get emergency medical help now: call 112 or go to the nearest emergency department\./);
    expect(buttonsOf(replyActivity(emergency))).toEqual([{ type: 'openUrl', title: 'Call 112', value: 'tel:112' }]);
    const urgent = urgentReply(['fever'], contacts);
    expect(urgent.text).toContain('call 112 straight away');
    expect(buttonsOf(replyActivity(urgent))).toContainEqual({ type: 'openUrl', title: 'Call 112', value: 'tel:112' });
    expect(crisisReply(contacts).text).toContain('please call 112 now');
  });

  it('the safety replies name the support contact after the advice; the emergency and crisis replies do not', () => {
    expect(urgentReply(['fever'], CLINIC).text).toMatch(/^Please contact a doctor today[\s\S]*To talk to a person, \[contact us online\]/);
    const intro = checkFirstIntro(['pregnancy'], CLINIC).text;
    expect(intro).toMatch(/^Please talk to your doctor[\s\S]*To talk to a person[\s\S]*From: Are There Any Risks/);
    expect(redFlagAllClearReply(CLINIC).text).toContain('To talk to a person');
    expect(emergencyReply(['bladder'], CLINIC).text).not.toContain('To talk to a person');
    expect(crisisReply(CLINIC).text).not.toContain('To talk to a person');
  });

  it('the running bot uses them: a red flag gets tap-to-call for the configured number, the risk dialog names the clinic', async () => {
    const { bot } = build({ ...CLINIC, emergencyNumber: '112' });
    const adapter = new TestAdapter(async (context) => bot.run(context));
    const replies = async (text: string) => {
      adapter.activeQueue.splice(0);
      await adapter.receiveActivity(text);
      return adapter.activeQueue.splice(0);
    };
    const [emergency] = await replies("I suddenly can't control my bladder and my groin is numb");
    expect(emergency!.text).toMatch(/^Please get emergency medical help now: call 112/);
    expect(buttonsOf(emergency!)).toEqual([{ type: 'openUrl', title: 'Call 112', value: 'tel:112' }]);
    const [intro] = await replies("I'm pregnant, can I have a massage for my sciatica?");
    expect(intro!.text).toContain('To talk to a person, [contact us online](https://clinic.example/contact)');
  });

  it('the settings are checked at start-up', () => {
    expect(() => loadConfig({ SUPPORT_URL: 'clinic.example' })).toThrow(/SUPPORT_URL must be a web address/);
    expect(() => loadConfig({ SUPPORT_PHONE: 'call us' })).toThrow(/SUPPORT_PHONE must be a phone number/);
    expect(() => loadConfig({ EMERGENCY_NUMBER: '999 or 112' })).toThrow(/EMERGENCY_NUMBER must be the short emergency number/);
    expect(contactsOf(loadConfig({}))).toEqual({});
  });
});
