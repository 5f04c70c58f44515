import type { Condition } from './safety-level';

/**
 * What the classifier looks for, as data. Sources: ../shared/docs/safety.md (NHS, NICE CKS,
 * Mayo Clinic) and the article's Risks section. `personal` rules only fire when the person
 * speaks about themselves: "can injuries cause sciatica?" is a question about the article,
 * "I injured my back this morning" is a reason to check first.
 */
export interface SafetyRule {
  id: string;
  pattern: RegExp;
  personal?: boolean;
}

const NUMB = "(numb|numbness|no feeling|lost (all )?feeling|can't feel|cannot feel|loss of sensation|lost sensation|pins and needles|tingl\\w*|dead)";
const SADDLE = '(groin|genital\\w*|private(s| parts)|crotch|inner thighs?|bottom|butt(ocks?)?|bum|anus|back passage|rectum|perineum|saddle|between (my|the) legs|vagina\\w*|penis|scrotum|down there)';
const LEG_SYMPTOM = "(numb\\w*|weak\\w*|tingl\\w*|pins and needles|sciatica|pain|giving way|gave way|buckl\\w*|dead|paralys\\w*|paralyz\\w*|can't feel|cannot feel|no feeling)";

export const EMERGENCY_RULES: SafetyRule[] = [
  { id: 'both-legs', personal: true, pattern: new RegExp(`\\b(both|two|2) (of )?(my )?(leg[sz]|feet|foot)\\b.{0,40}\\b${LEG_SYMPTOM}|\\b${LEG_SYMPTOM}\\b.{0,40}\\b(both|two|2) (of )?(my )?leg[sz]\\b|\\bleg[sz] (are|r|have|feel|keep|both)\\b.{0,25}\\b${LEG_SYMPTOM}|\\b(numb|weak)\\w* leg[sz]\\b|\\bbilateral\\b`) },
  { id: 'cannot-walk', personal: true, pattern: /\b(can't|cannot|unable to) (walk|stand|move my legs|feel my legs)|legs? (keep )?(giving way|gave way|collaps\w*)|paraly[sz]\w*/ },
  { id: 'saddle-numbness', pattern: new RegExp(`\\b${NUMB}\\b.{0,30}\\b${SADDLE}\\b|\\b${SADDLE}\\b.{0,20}\\b(is |are |feels |went |gone |going )?${NUMB}|saddle (an(a)?esthesia|numbness)`) },
  { id: 'bladder', pattern: /\b(can't|cannot|cant|unable to|trouble|difficulty|hard to|struggl\w* to|problems?|issues?) (start(ing)? to |to )?(pee|peeing|urinat\w*|wee|weeing|pass(ing)? urine|empty my bladder)|\b(lost|losing|loss of|can't|cannot) (control (of|over) )?(my )?bladder|\bno (control (of|over)) (my )?bladder|\bno bladder control|\b(can't|cannot|unable to|struggl\w* to) (control|hold) (my )?(bladder|pee|wee|urine)|\b(wet|wetting|peed|pissed) (myself|the bed)|\bincontinen\w*|leaking (urine|pee)|bladder (problems?|issues?|trouble|control|changes?)|can't (tell|feel) when i need to (pee|go|wee)|(new|sudden) (trouble|problems?) (peeing|with my bladder)|(peeing|urinating|weeing) (is |has been )?(hard|difficult|a struggle)|retention/ },
  { id: 'bowel', pattern: /\b(lost|losing|loss of|can't|cannot) (control (of|over) )?(my )?bowels?|\bno (control (of|over)) (my )?bowels?|\bno bowel control|\b(can't|cannot|unable to) (control|hold) (my )?(bowels?|poo|poop)|\b(pooped|pooed|soiled|shit|messed) (myself|my pants)|bowel (problems?|issues?|control|changes?|accidents?)|(fecal|faecal) incontinence|not (noticing|feeling) (the |when i )?need to (go|poo|poop)|can't feel when i need to (poo|poop)/ },
  { id: 'serious-accident', pattern: /\b(car|motorbike|motorcycle|bike|road|traffic|work) (crash|accident|collision)|\bcrash(ed)?\b|hit by a (car|truck|bus)|(bad|hard|serious|big|nasty|huge|heavy) (fall|tumble)|fell (down|off|from) (the |a )?(stairs|staircase|ladder|roof|horse|height|building|scaffold\w*)|fell \d+ ?(feet|ft|meters|m)\b/ },
  { id: 'sudden-severe-with-weakness', pattern: new RegExp(`\\bsudden\\w*\\b.{0,40}\\b(severe|excruciating|unbearable|worst|agoni\\w*|intense)\\b.{0,60}\\b(numb\\w*|weak\\w*|can't move|cannot move)|\\b(severe|excruciating|unbearable)\\b.{0,40}\\bsudden\\w*\\b.{0,40}\\b(numb\\w*|weak\\w*)`) },
  { id: 'chest-pain', pattern: /\bchest (pain|pains|is tight|tightness|pressure|hurts)|pain in (my |the )?chest|heart attack|can't breathe|short of breath|shortness of breath/ },
];

export const URGENT_RULES: SafetyRule[] = [
  { id: 'fever', pattern: /\b(fever|fevr|feaver|feverish|high temperature|temperature of|running a temp\w*|chills|shivering|night sweats|febrile)\b/ },
  { id: 'weight-loss', pattern: /\b(unexplained|unintentional|unintended|sudden|mysterious) weight loss|\b(lost|losing|dropped|dropping) (a lot of |lots of |so much |some )?weight (without|for no|and i'm not|and i am not|even though|without trying)|\bweight loss (i can't explain|for no reason|without trying)|\b(lost|losing|dropped) \d+ ?(pounds|lbs|kg|kilos|stone)\b.{0,30}(without|no reason|not trying|don't know why)/ },
  { id: 'lump-on-back', pattern: /\b(lump|swelling|bump|mass|growth) (on|in|near) (my |the )?(back|spine|lower back)|\b(back|spine) (has )?changed shape|\bdeformity|back (looks|is) (bent|crooked|misshapen) (now|suddenly)/ },
  { id: 'night-or-rest-pain', pattern: /\b(worse|worst|bad|terrible) at night|(wakes|waking|keeps) me up (at night|every night)|night pain|(doesn't|does not|won't|never) (ease|ease off|get better|go away|improve) (with|when i|even when i|even with) (rest|lie down|lying down)|not (easing|better) (with|even with) rest|even (at|when i) rest|constant pain day and night|pain (is )?(there )?(all night|day and night)/ },
  { id: 'cancer', pattern: /\b(cancer|tumou?r|chemo\w*|radiotherapy|metasta\w*|lymphoma|leuka?emia|myeloma|oncolog\w*)/ },
  { id: 'weak-immune', pattern: /\b(weak(ened)? immune|immuno(compromised|suppress\w*)|hiv|aids\b|transplant|on steroids long term)/ },
  { id: 'injecting-drugs', pattern: /\b(inject(ing|ed)? drugs|iv drugs?|intravenous drugs?|shoot(ing)? up|heroin)/ },
  { id: 'foot-drop', pattern: /\b(foot drop|drop foot|dropfoot|foot (is |keeps )?(drag\w*|flop\w*|slap\w*)|drag\w* my (foot|leg)|can't lift (my|the) (foot|toes)|(foot|toes) won't lift|trip\w* over my (own )?foot)/ },
  { id: 'barely-walk', personal: true, pattern: /\b(can )?(barely|hardly|only just) (walk|stand)|struggl\w* to (walk|stand)/ },
  { id: 'leg-getting-weaker', personal: true, pattern: /\b(leg|foot) (is |keeps )?(getting|growing|becoming|going) (weaker|weak)|\bweakness (in my leg )?(is )?(getting|gets) worse|losing (the )?strength in my (leg|foot)|my leg (is )?(getting|going) weak/ },
];

export const CRISIS_RULES: SafetyRule[] = [
  { id: 'suicide', pattern: /\b(suicid\w*|(want|going|wanna) (to )?end it\b(?! (with|by|on|after|before|for))|kill(ing)? myself|end(ing)? my (own )?life|take my (own )?life|end(ing)? it all|(want|wanting|going) to die|wanna die|wish i (was|were) dead|wish i could die|better off dead|no (reason|point) (to live|in living|going on)|don't want to (live|be alive|be here anymore|wake up)|can't go on( anymore| like this)?|not worth living|overdose)/ },
  { id: 'self-harm', pattern: /\b(self[- ]?harm\w*|(want|going|thinking (about|of)) (to )?(hurt|harm|cut)(ing)? myself|cutting myself|hurt myself on purpose)/ },
];

/** Check-first conditions: the article's Risks section first, then widely listed cautions. */
export const CONDITION_RULES: (SafetyRule & { condition: Condition })[] = [
  { id: 'pregnancy', condition: 'pregnancy', pattern: /\b(pregnan\w*|preggo|preggers|(i'm|i am|we're|we are|wife is|partner is|girlfriend is) expecting(?! (my|the|it|to|that|this|some|your|an?|delivery|package|parcel|results?|call|news)\b)|expecting (a baby|a child|twins|my first|our first)|with child|trimester|baby bump|bun in the oven|prenatal|antenatal|mum[- ]to[- ]be|mom[- ]to[- ]be|mother[- ]to[- ]be|(\d+|few|some) (weeks|months) along|due date|trying to (conceive|get pregnant)|just had a baby|(hurt|harm|affect|damage) (the|my|our) baby|unborn|postpartum|post[- ]partum|gave birth)/ },
  { id: 'high-blood-pressure', condition: 'high-blood-pressure', pattern: /\b(high blood pressure|hypertensi\w*|high bp|hbp|(blood pressure|bp)( is| was| has been| runs| gets| readings? (are|is))? (high|up|elevated|through the roof|sky high|off the charts|uncontrolled|not controlled|out of control|not under control|1[4-9]\d|2\d\d)|(blood pressure|bp) (meds|medication|medicine|tablets|pills)|uncontrolled (blood pressure|bp))/ },
  { id: 'infection', condition: 'infection', pattern: /\b(a cold(?! (pack|compress|press|shower|bath|water|room|spot))|chest infection|sore throat|infection|infections|infected|cellulitis|abscess|sepsis|uti|flu|covid|contagious|virus|viral|bacterial|antibiotics)\b/ },
  { id: 'kidney-liver', condition: 'kidney-liver', pattern: /\b(kidne?y\w*|renal|dialysis|liver|hepati\w*|cirrhosis|jaundice|nephr\w*)\b/ },
  { id: 'acute-injury', condition: 'acute-injury', personal: true, pattern: /\b(injur(y|ies|ed)|pulled (a |my )?(muscle|back)|strained|sprained|tweaked|threw (out )?my back|put my back out|hurt my back|(had|took) a (fall|tumble|spill)|fell (over|down|yesterday|today|this morning|last night|at work)|slipped (and fell|on)|just fell|whiplash|acute|sports injury|new injury|tripped|stumbled)/ },
  { id: 'blood-clot', condition: 'blood-clot', pattern: /\b(blood clots?|clots?|dvt|deep vein thrombosis|thrombosis|embolism|swollen (and )?(painful |red |hot |tender )?calf|calf (is |feels )?(swollen|red|hot|tender and swollen))/ },
  { id: 'blood-thinners', condition: 'blood-thinners', pattern: /\b(blood thinners?|blood-thinners?|anticoagulants?|anti-coagulants?|warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|heparin|clopidogrel|plavix|pradaxa|dabigatran|bleeding disorder|ha?emophilia|low platelets|bruise (very )?easily)/ },
  { id: 'recent-surgery', condition: 'recent-surgery', personal: true, pattern: /\b(had (my|an?|the) \w+( \w+)? (out|removed)|surgery|operation|operated on|post[- ]op|stitches|incision|spinal fusion|laminectomy|discectomy|microdiscectomy|hip replacement|knee replacement)\b/ },
  { id: 'fragile-bones', condition: 'fragile-bones', pattern: /\b(osteoporosis|osteopenia|brittle bones|weak bones|thin bones|fracture\w*|broken (bone|hip|leg|back|vertebra|rib|pelvis|tailbone|coccyx|ankle|foot|arm|wrist)|broke (my|a) (hip|leg|back|pelvis|tailbone|coccyx|ankle|foot|arm|wrist|rib|bone))/ },
  { id: 'skin-wound', condition: 'skin-wound', pattern: /\b(open (wound|sore)|wounds?|a (cut|graze) on|a burn|burns on|burned my|sunburn\w*|rash|eczema|psoriasis|shingles|blisters?|bed ?sores?|skin (condition|infection|ulcer)|bruis\w*)\b/ },
  { id: 'numbness', condition: 'numbness', personal: true, pattern: /\b(numb|numbness|can't feel|cannot feel|no feeling|lost feeling|reduced feeling|loss of sensation)\b/ },
  { id: 'heart-or-implant', condition: 'heart-or-implant', pattern: /\b(pacemaker|defibrillator|icd|implant\w*|stent|heart (condition|disease|problems?|failure|issues?|surgery)|angina|arrhythmia|afib|atrial fibrillation|spinal cord stimulator|insulin pump|metal (plate|rod|pins))\b/ },
  { id: 'diabetes', condition: 'diabetes', pattern: /\b(diabet\w*|type (1|2|one|two) diabetes|blood sugar|neuropathy|insulin)\b/ },
  { id: 'other-named', condition: 'other', pattern: /\b(multiple sclerosis|epilepsy|seizures?|parkinson'?s?|lupus|rheumatoid|fibromyalgia|copd|stroke|crohn'?s|spina bifida|ankylosing spondylitis|sickle cell|lymphedema|lymphoedema)\b/ },
  { id: 'varicose-veins', condition: 'varicose-veins', pattern: /\b(varicose\w*|spider veins|vein problems?|bulging veins)\b/ },
];

/** "Is massage safe for me?" names no condition: the risk dialog asks which apply. */
export const UNNAMED_CONDITION_RULES: SafetyRule[] = [
  { id: 'safe-for-me', pattern: /\b(safe|suitable|dangerous|risky|unsafe) for (me|someone like me|my (body|condition|situation|health))|(ok|okay|alright|a good idea) for (me|someone like me) to (get|have|try) (a )?massag\w*|(am i|i'm) (ok|okay|allowed|able|safe) to (get|have|try|use|do) (a )?massag\w*|should i (avoid|not get|not have|skip) (a )?massag\w*|(i have|with) (a |my )?(health|medical|heart|chronic|pre-existing|existing) (condition|problem|issue|illness)|(i'm|i am) on (a lot of )?(medication|meds|medicine|tablets|pills)|(i have|with|i've got) (a |an )?(\w+ ){0,2}(condition|disease|disorder)\b/ },
];
