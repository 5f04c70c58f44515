import type { SmallTalkIntent } from './replies/small-talk-wording';

/**
 * Recognises messages that are only small talk. A greeting in front of a real question
 * ("hi, what causes sciatica?") is not small talk: the whole message must match.
 */
const PATTERNS: [SmallTalkIntent, RegExp][] = [
  ['greeting', /^(hi+|hey+|hello+|hiya|howdy|yo|heya|hey there|hi there|hello there|good (morning|afternoon|evening|day)|greetings|sup|what'?s up|how are (you|u)( doing)?( today)?|how'?s it going)( (bot|there|friend|again|all|everyone))?$/],
  ['thanks', /^((thanks?|thank (you|u)|thx|ty|tysm|cheers|much appreciated|appreciate it|great|awesome|perfect|cool|nice|ok(ay)?|got it|helpful|that helps|that'?s helpful|that was helpful)( (so|very) much| a lot| a bunch| again)?( (thanks|thank you))?)$/],
  ['goodbye', /^(bye+|goodbye|good bye|see (you|ya|u)( later)?|later|cya|ttyl|that'?s all|that'?s it|i'?m done|done|good ?night|have a (good|nice) (day|one))( (thanks|thank you))?$/],
  ['help', /^(help|help me|\?+|menu|options|start|get started|what (can|should) i ask( you)?|how does this work|how do i use (this|you)( bot)?|i need help)$/],
  ['identity', /^(who are (you|u)|what are (you|u)|are (you|u) (a |an )?(bot|chat ?bot|human|real|robot|person|real person|ai|doctor|chat ?gpt|gpt|llm|sentient|alive)|what'?s your name|what is your name|who (made|built|created|wrote|designed|programmed|developed|owns|runs|trained) (you|u|this( bot| chat ?bot| thing| app)?)|who is this|what (model|ai|llm|language model|engine) (are (you|u)|is this)( running on| based on| using| built on)?|what (model|ai|llm|language model|engine) do (you|u) (use|run on)|do (you|u) have (feelings|emotions|a name|a brain)|are (you|u) (an? )?(chat ?gpt|gpt|copilot|gemini|claude))$/],
  ['capabilities', /^(what can (you|u) (do|help( me)? with|answer|tell me( about)?)|what do (you|u) (do|know)|what do (you|u) know about|what are (you|u) for|what topics( can (you|u) (cover|answer))?|what can i ask)$/],
];

export function recogniseSmallTalk(normalisedText: string): SmallTalkIntent | undefined {
  const text = normalisedText.replace(/[!.?,;:~]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return 'help';
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
}
