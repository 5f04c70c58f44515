/**
 * Words that carry no topic: function words and the chatty filler people
 * put around a question ("hi, quick question, I was wondering..."). Dropping them keeps a
 * long friendly message from diluting the words that say what it is about.
 */
export const STOPWORDS = new Set(
  `a about above actually after again all also am an and any anyone anything anyway are aren't as at be been being
  but by can can't cannot could couldn't did didn't do does doesn't doing don't done dont each either else even ever
  every for from get gets getting got had has have having he her here hers him his   i i'd i'll i'm i've id if im
  in into is isn't it it's its ive just kind let let's like likely lot lots may maybe me mine more most much must my
  myself need needs no nor not now of off ok okay on once one only or other our out over   per perhaps please pls
  plz probably quick quite rather really said say says seem should shouldn't so some someone something sort still
  such sure tell than thank thanks that that's the their them then there there's these they thing things think this
  those though thx to too u ur us very via want wanted wants was wasn't way we were   what's whats    
    while   whom whose   will with won't would wouldn't ya yeah yes yet you you're your yours
  hi hello hey hiya yo heya greetings question questions wondering wonder curious know knows knew ask asking asked
  guys folks bot sir madam dear anybody somebody lol haha hmm umm um uh well right also btw basically literally
  honestly just really gonna wanna gotta kinda sorta abt bc cuz coz cause' plss idk tbh imo pls wat wht hw r ok
  info information explain explanation learn read mean means stuff exactly tho ngl rn fr smth sth might lowkey
  she along during list name outline describe sorry bother bothering cheers ty tyvm appreciate appreciated grateful advance
  dont doesnt didnt isnt arent wasnt wont cant couldnt wouldnt shouldnt havent hasnt`
    .split(/\s+/)
    .filter(Boolean),
);
// Question words stay: "why" leans to causes, "who" to risks, "how" to techniques; their
// weight is capped (tuning.ts) so they never outweigh the words that name the topic.
export const QUESTION_WORDS = new Set(['how', 'what', 'when', 'where', 'which', 'who', 'why']);
