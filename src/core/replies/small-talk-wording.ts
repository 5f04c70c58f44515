import type { Reply } from './reply';
import type { DialogAct } from '../knowledge/dialog-act-examples';
import { NOT_MEDICAL_ADVICE } from './answer-wording';

/** Short friendly replies to greetings and questions about the bot itself. */

export const BOT_NAME = 'Sciatica Massage Guide';

const COVERS =
  'I answer questions about massage for sciatica pain: what causes sciatica, how massage can help, the risks, and two ways to try it at home (by hand or with a body massager).';

export const SAMPLE_QUESTIONS = [
  'What causes sciatica?',
  'How do I use a body massager?',
  'Are there any risks to massage for sciatica?',
];

const reply = (text: string, suggestions: string[] = SAMPLE_QUESTIONS): Reply => ({ kind: 'small-talk', text, suggestions });

/** The acts with a reply of their own ("none of these" lists the topics: answer-wording.ts). */
export type SmallTalkAct = Exclude<DialogAct, 'none-of-these'>;

export function smallTalkReply(act: SmallTalkAct): Reply {
  switch (act) {
    case 'greeting':
      return reply(`Hi! ${COVERS} What would you like to know?\n\n${NOT_MEDICAL_ADVICE}`);
    case 'thanks':
      return reply("You're welcome! Anything else you'd like to know about massage for sciatica?");
    case 'goodbye':
      return reply('Take care, and I hope your back feels better soon. Come back any time.', []);
    case 'help':
      return reply(`${COVERS} Just type a question in your own words, or pick one below.\n\n${NOT_MEDICAL_ADVICE}`);
    case 'identity':
      return reply(`I'm the ${BOT_NAME}, a chatbot. ${COVERS}\n\n${NOT_MEDICAL_ADVICE}`);
    case 'capability':
      return reply(`${COVERS} If something you mention could make massage unsafe, I'll tell you to check with a healthcare provider first.\n\n${NOT_MEDICAL_ADVICE}`);
    case 'compliment':
      return reply("Thank you, that's kind. I'm glad it's useful. Anything else you'd like to know?");
    // A yes or no with no question open: the person may be answering a button they scrolled past.
    case 'yes':
      return reply('Sure. What would you like to know about massage for sciatica? You can type a question or pick one below.');
    case 'no':
      return reply("Okay. If there's anything else about massage for sciatica, just ask.");
  }
}

export function welcomeReply(): Reply {
  return {
    kind: 'welcome',
    text: `Welcome! I'm the ${BOT_NAME}. ${COVERS}\n\n${NOT_MEDICAL_ADVICE} If you have a health condition, are pregnant, or were recently injured, please talk to a healthcare provider before trying massage.`,
    suggestions: SAMPLE_QUESTIONS,
  };
}

/** A one-line introduction for Teams channels and group chats, where a long welcome is noise. */
export function channelIntroReply(): Reply {
  return {
    kind: 'welcome',
    text: `Hi all, I'm the ${BOT_NAME}. @mention me with a question about massage for sciatica. ${NOT_MEDICAL_ADVICE}`,
  };
}

/** After a thumbs up or down: thanks, and the sample questions, so the conversation goes on. */
export function feedbackThanksReply(): Reply {
  return reply('Thanks for letting me know. It helps the people who look after these answers. Anything else?');
}

/** A vote already given on that answer: nothing is counted twice. */
export function feedbackAlreadyReply(): Reply {
  return reply('You already told me about that answer, thank you. Anything else?');
}

/** After "what was missing?" is answered. */
export function feedbackCommentThanksReply(): Reply {
  return reply('Thank you, that tells the people who look after these answers what to add.');
}

export function errorReply(): Reply {
  return { kind: 'error', text: 'Sorry, something went wrong on my side. Please try again in a moment.' };
}
