import type { Condition, SafetyAssessment } from '../safety/safety-level';
import { classifySafety } from '../safety/classify-safety';
import { normaliseText } from '../text/normalise';
import { emergencyCallLinks, emergencyNumberWords, NO_CONTACTS, supportLine, supportLinks, type Contacts } from './contacts';
import type { Reply, ReplySource } from './reply';

/** User-facing wording of every safety reply, and the risk dialog's prompts. */

export const SAFETY_NOTE = 'I give general information, not medical advice.';

/** The article's Risks section, cited by every check-first reply. */
export const RISKS_SOURCE: ReplySource = {
  heading: 'Are There Any Risks to Trying Massage for Sciatica Pain?',
  sectionId: 'massage-for-sciatica-pain#are-there-any-risks-to-trying-massage-for-sciatica-pain',
  document: 'Massage for Sciatica Pain: Benefits & How To Get Started',
};

const safety = (text: string, extra: Partial<Reply> = {}): Reply => ({ kind: 'safety', text: `${text}\n\n${SAFETY_NOTE}`, ...extra });

/** The support contact as a paragraph of its own, after the advice (never before it); nothing when none is set. */
const withSupport = (text: string, contacts: Contacts) => (supportLine(contacts) ? `${text}\n\n${supportLine(contacts)}` : text);

const SIGNAL_WORDS: Record<string, string> = {
  'both-legs': 'Symptoms in both legs',
  'cannot-walk': 'Being unable to walk or stand, or legs giving way,',
  'saddle-numbness': 'Numbness around the groin, genitals or bottom',
  'saddle-story': 'Numbness or tingling around the groin, genitals, bottom or inner thighs',
  bladder: 'New trouble peeing or controlling your bladder',
  bowel: 'Losing control of your bowels',
  'serious-accident': 'Back pain after a serious accident or fall',
  'sudden-severe-with-weakness': 'Sudden, severe pain with numbness or weakness',
  'chest-pain': 'Chest pain or trouble breathing',
  'cauda-equina': 'Cauda equina syndrome, or a worry that it might be,',
  'asked-red-flag': 'What you describe',
  'sudden-severe': 'Sudden, severe pain',
  fever: 'Back pain with a fever or chills',
  'weight-loss': 'Back pain with weight loss you cannot explain',
  'lump-on-back': 'A lump or swelling on the back, or a change in its shape,',
  'night-or-rest-pain': 'Pain that is worse at night or does not ease with rest',
  cancer: 'New back pain with cancer, now or in the past,',
  'weak-immune': 'New back pain with a weakened immune system',
  'injecting-drugs': 'New back pain after injecting drugs',
  'foot-drop': 'A foot that drags or will not lift',
  'leg-getting-weaker': 'A leg that is getting weaker',
  'barely-walk': 'Back pain that makes it hard to walk or stand',
};

const describe = (signals: string[]) => SIGNAL_WORDS[signals[0] ?? ''] ?? 'What you describe';

/**
 * The emergency reply carries tap-to-call buttons and nothing else to do: a clinic's contact
 * would be a second, slower place to turn, so it is left out here on purpose.
 */
export function emergencyReply(signals: string[], contacts: Contacts = NO_CONTACTS): Reply {
  return safety(
    `Please get emergency medical help now: call ${emergencyNumberWords(contacts)} or go to the nearest emergency department. ` +
      `${describe(signals)} can be a sign of a serious problem that needs checking straight away. ` +
      "Please don't wait to see if it gets better, and don't try massage for this.",
    { links: emergencyCallLinks(contacts) },
  );
}

export function urgentReply(signals: string[], contacts: Contacts = NO_CONTACTS): Reply {
  return safety(
    withSupport(
      'Please contact a doctor today: ask for an urgent appointment, or call your urgent-care line (in the UK, NHS 111). ' +
        `${describe(signals)} needs a doctor to look at it soon, before you try massage. ` +
        `If you get numbness around your groin or bottom, trouble peeing or controlling your bowels, or weakness in both legs, call ${emergencyNumberWords(contacts)} straight away.`,
      contacts,
    ),
    { links: [...emergencyCallLinks(contacts), ...supportLinks(contacts)] },
  );
}

/** The reply for a red flag, an urgent sign or crisis language: nothing else goes with it. */
export function urgentReplyFor(safety: SafetyAssessment, contacts: Contacts = NO_CONTACTS): Reply {
  if (safety.level === 'emergency') return emergencyReply(safety.signals, contacts);
  if (safety.level === 'urgent') return urgentReply(safety.signals, contacts);
  return crisisReply(contacts);
}

/** Crisis lines and the emergency number only: a massage clinic is not where to turn with these thoughts. */
export function crisisReply(contacts: Contacts = NO_CONTACTS): Reply {
  return safety(
    "I'm really sorry you're going through this. You don't have to face it alone. " +
      `If you might act on these thoughts, please call ${emergencyNumberWords(contacts)} now. ` +
      'You can also talk to someone at a crisis line at any time: call or text 988 in the US, call Samaritans on 116 123 in the UK and Ireland, or find a local helpline at findahelpline.com.',
    { links: emergencyCallLinks(contacts) },
  );
}

const ARTICLE_SAYS: Partial<Record<Condition, string>> = {
  pregnancy: "In many cases you can still enjoy a massage while pregnant, but the article says you'll need to see a certified prenatal massage therapist and check with your physician first.",
  'high-blood-pressure': 'The article lists uncontrolled high blood pressure as a reason to hold off on massage until you have checked with your doctor.',
  infection: 'The article lists infections among the conditions where it is best to wait on massage until you have checked with your doctor.',
  'kidney-liver': 'The article lists kidney or liver issues among the conditions where it is best to hold off on massage until you have checked with your doctor.',
  'acute-injury': 'The article says to hold off on massage while an injury is in its acute stage, until you have checked with your doctor.',
  other: 'The article says that if you have any health condition you are not sure about, speak to your healthcare provider before trying massage.',
};

// Widely listed cautions the article itself does not mention: said so, plainly.
const GENERAL_CAUTION: Partial<Record<Condition, string>> = {
  'blood-clot': 'A blood clot, or a calf that is swollen, painful, red or warm, needs a doctor to check it before any massage, and the area should not be massaged. If your calf is swollen and painful now, please contact a doctor today.',
  'blood-thinners': 'Blood thinners and bleeding disorders make bruising more likely. Ask your doctor before massage, and please do not change your medicine on your own.',
  'recent-surgery': 'After recent surgery, ask your surgeon or doctor before massage, and keep away from the scar or wound.',
  'fragile-bones': 'With osteoporosis, weak bones or a recent fracture, firm pressure can be unsafe: ask your doctor first.',
  'skin-wound': 'Keep massage away from open or healing wounds, burns, rashes or skin infections, and ask a healthcare provider first.',
  cancer: 'With cancer or a tumour, ask your care team before any massage.',
  numbness: "Don't massage or use heat on skin where feeling is reduced, because you can't tell if the pressure is too much. Mention the numbness to your doctor before trying massage.",
  'heart-or-implant': 'With a heart condition, a pacemaker or another implanted device, ask your doctor first, and never use a vibrating massager over or near the device.',
  diabetes: 'With diabetes, especially with reduced feeling or fragile skin, ask your doctor first and check your skin after any massage.',
  'varicose-veins': "Don't massage directly over varicose veins, and ask your doctor before trying massage.",
};

function conditionLine(condition: Condition): string {
  const article = ARTICLE_SAYS[condition];
  if (article) return article;
  return `This isn't covered by the article, but it is a widely listed caution: ${GENERAL_CAUTION[condition] ?? ARTICLE_SAYS.other}`;
}

/** The risk dialog's first reply: the advice comes first, never behind a question. */
export function checkFirstIntro(conditions: Condition[], contacts: Contacts = NO_CONTACTS): Reply {
  const lines = conditions.length > 0 ? conditions.map(conditionLine) : [ARTICLE_SAYS.other!];
  return safety(
    `${withSupport(`Please talk to your doctor or another healthcare provider before trying massage.\n\n${lines.map((l) => `- ${l}`).join('\n')}`, contacts)}\n\n` +
      'From: Are There Any Risks to Trying Massage for Sciatica Pain?',
    { source: RISKS_SOURCE, ...(supportLinks(contacts).length ? { links: supportLinks(contacts) } : {}) },
  );
}

export function conditionAdvice(condition: Condition): Reply {
  return safety(`${conditionLine(condition)} Please check with your doctor or another healthcare provider before trying massage.`, { source: RISKS_SOURCE });
}

export function noConditionsAdvice(): Reply {
  return safety(
    "Good to hear. The article suggests two easy ways to try massage at home: a hands-on low back massage (by yourself or with a partner) and a body massager on its lightest setting. Avoid massaging directly over your spine or other bony parts. And before you start a new massage routine, check with your healthcare team: they can advise you based on your body and overall health.",
  );
}

export const CONDITION_CHOICES = ['Pregnant', 'High blood pressure', 'An infection', 'Kidney or liver issues', 'A recent injury', 'Something else', 'None of these'];

export function whichConditionsPrompt(): Reply {
  return { kind: 'safety', text: 'Do any of these apply to you? Tap one, or tell me in your own words.', suggestions: CONDITION_CHOICES };
}

const NONE_ANSWER = /^(none( of (these|them|those|the above))?|no|nope|nah|neither|nothing|not really|none apply|i'?m (fine|healthy|ok|okay)|all good|n\/a|no conditions?)\b/;
const OTHER_ANSWER = /^(something else|other|another (one|condition|thing)|a different (one|condition)|different)\b/;

/** Reads an answer to "which apply?": a button label or free text. Undefined when it is not an answer. */
export function recogniseConditionAnswer(raw: string): { conditions: Condition[]; none: boolean } | undefined {
  const text = normaliseText(raw).replace(/[.!]+$/, '');
  if (NONE_ANSWER.test(text) && classifySafety(text).conditions.length === 0) return { conditions: [], none: true };
  if (OTHER_ANSWER.test(text)) return { conditions: ['other'], none: false };
  const { level, conditions } = classifySafety(text);
  if (level === 'check-first' && conditions.length > 0) return { conditions, none: false };
  return undefined;
}

export function redFlagQuestion(): Reply {
  return {
    kind: 'safety',
    text: 'One more question, because these are easy to miss: do you have any numbness around your groin or bottom, new trouble peeing or controlling your bladder or bowels, or weakness or numbness in both legs?',
    suggestions: ['Yes', 'No'],
  };
}

// Unsure counts as yes: with these symptoms, a check that turns out unneeded is the safe mistake.
const YES = /^(yes|yeah|yep|yup|ya|y|i do|i have|i think so|maybe|possibly|not sure|unsure|i'?m not sure|kind of|sort of|a (little|bit)|some|sadly|unfortunately|correct|true)\b/;
const NO = /^(no|nope|nah|n|none|not at all|i don'?t|i do not|nothing like that|negative|never)\b/;

export function recogniseYesNo(raw: string): 'yes' | 'no' | undefined {
  const text = normaliseText(raw);
  if (YES.test(text)) return 'yes';
  if (NO.test(text)) return 'no';
  return undefined;
}

/**
 * The first reply when only the learned net suspects a red flag: it asks, and says plainly
 * what to do if any answer is yes, instead of declaring an emergency over what may be
 * ordinary sciatica. The signs are the emergency and same-day ones the rules know by name.
 */
export function suspectedRedFlagQuestion(contacts: Contacts = NO_CONTACTS): Reply {
  return {
    kind: 'safety',
    text:
      'Before I answer, a few quick questions, because some of what you describe can be a sign of something that needs a doctor straight away. Do you have any of these?\n\n' +
      '- numbness around your groin, bottom or inner thighs\n' +
      '- new trouble peeing, or controlling your bladder or bowels\n' +
      '- weakness or numbness in both legs, or a leg that is getting weaker\n' +
      '- pain that started with a fall, a crash or another serious injury\n' +
      '- chest pain, or trouble breathing\n' +
      "- a fever, or weight loss you can't explain, along with the back pain\n\n" +
      `If any of these is yes, please get emergency medical help now: call ${emergencyNumberWords(contacts)} or go to the nearest emergency department.\n\n` +
      // The net that raised this also learned crisis messages, and may mistake one for a red flag.
      `And if you are having thoughts of harming yourself, please call ${emergencyNumberWords(contacts)}, or call or text 988 in the US, or call Samaritans on 116 123 in the UK and Ireland.`,
    suggestions: ['Yes', 'No'],
    links: emergencyCallLinks(contacts),
  };
}

/** After "no" to the suspected red flag: the reminder, then the bot answers what was asked. */
export function suspectedAllClearReply(contacts: Contacts = NO_CONTACTS): Reply {
  return { kind: 'safety', text: `Thank you. If any of those start, get emergency help straight away by calling ${emergencyNumberWords(contacts)}.` };
}

export function redFlagAllClearReply(contacts: Contacts = NO_CONTACTS): Reply {
  return safety(
    withSupport(
      `Thank you. If any of those ever start, get emergency help straight away by calling ${emergencyNumberWords(contacts)}. ` +
        'Otherwise, please check with your doctor or healthcare provider before you try massage. You can ask me anything else about massage for sciatica.',
      contacts,
    ),
  );
}
