/**
 * Finds warning signs in any message: the signs' patterns from triage.json and blood results outside
 * the usual range. Safety first: a sign counts unless it is plainly denied just before it ("no chest
 * pain", "never fainted", "no fever or shortness of breath"); uncertainty ("not sure if", "no idea why")
 * is not a denial.
 */
import { englishWords } from '../search/englishWords';
import { PatternFiling, matchFrom } from '../search/patternFiling';
import type { Fact } from '../schema';
import { type LabFinding, LabReader, describeFinding, findingAdvice } from './labValues';
import { type TriageModel, type WarningLevel, type WarningSign, levelRank } from './triageSchema';

/** A warning the person's words raised: a sign from the data, or a blood result read from the message. */
export interface Warning {
  /** A sign's id, or "lab-<nutrient>-<low|high>". */
  id: string;
  level: WarningLevel;
  label: string;
  advice: Fact;
  /** Said with the advice: what the message told that changes how a blood result reads. */
  more?: Fact;
}

export const UNCERTAIN = /\b(not sure|no idea|dont know|don'?t know|dnt know|unsure|no clue|not certain)\b/g;
/**
 * Figures of speech that name a warning sign or a food without meaning it ("the deadline nearly gave me a heart attack",
 * "this commute is killing me", "my heart skipped a beat when I saw the price", a toddler's "floppy-noodle
 * protest", "my face dropped when I saw my results", "can't breathe a word of this", "the apple of my eye"): blanked
 * before screening and before the recogniser reads foods.
 */
const FIGURES_OF_SPEECH =
  /\b(apple of (?:my|his|her|their|our|your) eye|spill(?:ed|ing|s)? the beans|cool as a cucumber|(?:go|goes|going|gone|went|drives? me|driving me) bananas|not (?:really )?my cup of tea|in a nutshell|walking on eggshells|salt of the earth|(?:with )?a (?:pinch|grain) of salt|bring(?:s|ing)? home the bacon|egg(?:ed|ing|s)? (?:me|him|her|them|us) on|breathe? a (?:single )?word|(?:face|jaw|heart) (?:dropped|fell|sank)(?: a mile)? (?:when|as|the moment) (?:i|he|she|they|we) (?:saw|heard|read|opened|got|found out)\b[^.;!?]{0,20}\b(?:results?|grades?|marks|scores?|bill|prices?|news|message|text|email|letter|total|receipt|invoice|quote|balance|statement|exam|report)|(?:the |a |full |whole |classic |total |complete )*floppy[- ]?(?:noodle|fish|ragdoll|rag-doll|rag doll)s?|(?:floppy|limp|boneless)[- ](?:\w+ )?(?:protest|tantrum|strop|meltdown|paddy)|(nearly |almost |practically |about to )?(gave|give|giving|gives) (me|him|her|us|them) (a )?(heart attack|seizure|stroke|coronary)|(is|are|was|were|it'?s|its)(?<!\b(?:legs?|arms?|back|neck|head|chest|calf|calves|thighs?|shoulders?|feet|foot|knees?|hips?|muscles?|stomach|tummy|belly|hands?|joints?|jaw|teeth|ribs?|side|eyes?|ears?|throat) (?:is|are|was|were|it'?s|its)) (literally )?(killing|murdering) (me|us)|heart skipped a beat (when|as|at|because|reading|seeing)|(heart|pulse) (is |was |'?s |keeps |kept )?(racing|pounding|thumping|fluttering|going|skipping|doing somersaults) (with|from|out of) (sheer |pure |so much |all the )?(excitement|joy|happiness|glee|anticipation|pride|love|delight)|(stroke|heart attack|seizure) risk|risk of (a )?(stroke|heart attack|seizure|clot)|stroke of (luck|genius)|back ?stroke|breast ?stroke|(passed|pass|passing) (my|the|his|her|all) (exams?|tests?|driving|course|probation)|(die|died|dying) (of|from|laughing) (laughing|embarrassment|boredom)|over my dead body|dead tired|dead on my feet|heart (is|was) in my mouth|jaw (hit|dropped to|on) the floor|(nearly|almost) had a (stroke|heart attack|fit|seizure|coronary)|(would|will|'?d|gonna|going to) (have|throw) a (fit|stroke|heart attack|wobbly)|laugh\w* so (hard|much)( that)?( (i|he|she|we|they) (couldn'?t|could not|can'?t|cant) (breathe|breath|stop))?|(boss|manager|kids|husband|wife|partner|mum|dad|mother in law|teacher|exams?|deadlines?|job|work|this|that|he|she|they) (gives|gave|is giving|keeps giving) (me|my|him|her|us) (palpitations|heart palpitations)|(print|writing|line|text|signal|smell|sound|outline|colou?r)\b.{0,20}\b(is |was |so |very |too |really )*faint|seizures? of (goods|assets|property|drugs|cash|(my|the|his|her|their|our) (car|house|home|van|flat|stuff|belongings|boat|assets|account|goods))|(bank|police|bailiffs?|court|customs|council|government)'?s? seizures?|poison (ivy|oak|sumac|pen letter|dart frog)|what a clot|(?:heart|pulse) (?:is |was |were |'?s |kept |keeps |has been )?(?:racing|pounding|thumping|going|in my mouth) (?:at|during|watching|through|all through|for) (?:the |a |that |this |our |their )?(?:[a-z]+ )?(?:final|match|game|derby|penalt\w*|shoot-?outs?|concerts?|gig|wedding|last (?:minute|lap|over|quarter))\b|feel(?:s|ing)? like (?:i'?m|im|i am) (?:going to |gonna |about to )?chok\w* on (?:these|those|the|my|them|this|that) (?:[a-z'-]+ ){0,3}(?:tablets?|pills?|capsules?)|\bis (?:that|it|this) (?:like|similar to|the same (?:thing )?as|a (?:kind|type|sort) of|related to) (?:a )?seizures?(?<=\b(?:seize|seizes|seized|seizing) up\b[^.!?]{0,80})|(tent|team|market|prices?|economy|building|roof|wall|bridge|middle order|batting|order|lineup|plan|plans|deal|soufflé|souffle|cake|cushions?|sofa|couch|chair|bed|mattress|shelf|shelves|ceiling|diet|routine|business|marriage|relationship|project|startup|shares|stock) (totally |completely |just |kind of )?(keeps |kept |is |was |has been |have |has |had )?(totally |completely |just )?collaps\w*|faint (print|line|smell|hope|praise|memory|sound|outline|trace|glow|light|writing|idea|chance)|\w+ ?stroke for (a )?beginners?|front crawl|seizure salad|chok\w* on (how|the) (much|expensive|price|prices|cost|bill)|(gonna|going to|will|i'?ll|i'?m going to) (pass out|faint|die|scream|have a heart attack|have a stroke) if\b|(nearly |almost )?(blacked|passed) out (from|of|with) (boredom|laughing|laughter|embarrassment)|paraly[sz]ed (with|by) (boredom|fear|indecision|laughter|choice|nerves)|heart attack on a plate|(blacked|blacking|black) out (my|the) (\w+ )?(windows?|curtains?|blinds?|room|screen|name|details)|stroke rate|strokes? per minute|(felt|thought) (like )?(i was|i'?d|id) (going to|gonna|about to) die\b|(a |had a |have a |having a |in a )fit of (the )?(giggles|laughter|laughing|coughing|pique|rage|jealousy|sneezing|hysterics)|od'?d (on|with) (\w+ ){0,2}(chocolate|choc|sweets|candy|cake|easter eggs|eggs|sugar|carbs|pizza|netflix|tv|biscuits|crisps|cheese)|(dead|deadly|totally|100%) serious|serious question|faint-?hearted|faint of heart|(pick|name|choose) your poison|what'?s your poison|(threw|throws|throwing|thrown) (a |an |such a )?(fit|hissy fit|wobbly|strop|tantrum)|(having|had|has|have) a hissy fit|collaps\w* dramatically|dramatically collaps\w*|(pretend|pretends|pretending|fake|fakes|faking|mock)( to)? collaps\w*|(my|his|her|your|the) (swimming )?stroke(?:'?s| is| was)? (getting|got|improving|improved|coming on|looking|better|worse|technique|timing|rate|count|length)\b|(sourdough|starter|bread|dough|loaf|pavlova|meringue|tower|jenga|sandcastle|gazebo|umbrella)s? (has |had |have |just |totally |completely )?(collaps\w*|died)|(pass|passed|passing|faint|fainted|fainting|black|blacked|keel|keeled) (out |over )?(with|at|from|around|over|when (i|they) (see|saw|give|gave|have|had|get|got)) (the |a |my )?(sight of )?(needles?|blood(?! pressure| sugar)|injections?|jabs?|vaccines?|vaccinations?|blood tests?|giving blood|blood donations?)\b|(engine|car|motor|gearbox|clutch|brakes?|lock|bolt|nut|pump|chain|bike|van|truck|lorry|mower|boiler|washing machine|zip|zipper|hinge)s? (has |had |have |just |completely |totally )?(seized|locked)( up| solid)?|(chest pains?|strokes?|seizures?|fits?|cardiac arrests?|heart attacks?|overdoses?|collapses?|falls?)(,? (and|or|&) (chest pains?|strokes?|seizures?|fits?|cardiac arrests?|heart attacks?|overdoses?|collapses?|falls?))* (jobs?|calls?|shouts?|patients?|cases?|ward|wards|unit|team|nurse|clinic|service|awareness|drills?|rehab\w*|physio\w*|therapists?|specialists?|consultants?|research\w*|charity|survivors?)|(session|course|training|lecture|class|lesson|talk|video|documentary|module|workshop|leaflet|poster|assembly) (on|about) (what to do (in|with|for|if) )?(a |an |someone having a )?(seizures?|strokes?|fits?|choking|cpr|heart attacks?|chest pains?|overdoses?|anaphylaxis|allergic reactions?|epilepsy|poisoning|fainting)|(film|movie|match|game|ending|show|episode|book|ride|rollercoaster|trailer|final|penalties|race|exam|interview|scene) (had|got|left|made|set) (my|me) (heart|pulse) (pounding|racing|going|thumping|in my mouth)|(breathless|out of breath|gasping|could ?n'?t breathe|can'?t breathe) (from|with) (laugh\w*|giggl\w*)|swallow(ing)? (big |large |the |my |these |those )?(tablets?|pills?|capsules?)|(nearly |almost )?(fainted|passed out|keeled over|collapsed|died|had a heart attack|had a stroke|had a fit) (when|as|after|at) (i |we )?(saw |seen |read |heard |got |looked at |opened |checked )?(the |my |our |that |this )?(price|prices|bill|cost|receipt|total|quote|invoice|statement|price tag|bank balance|(electric|gas|energy|phone) bill)s?|like (it'?s|it is|it was|its) (having|had|throwing) (a |an )?(fit|seizure|stroke|heart attack)|(phone|laptop|computer|pc|printer|car|engine|wifi|router|tv|telly|washing machine|boiler|app|website|sat ?nav|fridge|dishwasher|console|xbox|playstation|modem) (is |was |keeps |has been |just )?(having|had|throwing|threw) (a |an )?(fit|seizure|heart attack|stroke)|(basically |practically |literally |totally |completely |pretty much )?paraly[sz]ed,? (lol|lmao|haha\w*|rofl)|(revising|studying|learning|memori[sz]ing|listing|teaching|list of|quiz on|exam on|essay on) (the )?(signs|symptoms) of [^:.;!?]{1,60}: ?(?:(?!\b(?:my|i|i'?m|im|me|mine|now|today|tonight)\b)[^.;!?]){0,150}|(dead|numb|asleep) (from|after|because i was|cos i was) (sleeping|lying|leaning|sitting|kneeling) on (it|them|my \w+)|chok(e|es|ed|ing) (it |them |that |this |those |these |my |the |some |\w+ )?down\b|(heart|i|we|mind|brain) (is |am |'?m |are |was |were )?racing to (get|finish|meet|make|catch|beat|complete|hit)\b|'?(\w+ ){0,3}\w+'? (is|was) the name of (my|our|a|the|his|her) (band|song|album|film|book|podcast|game|horse|dog|cat|boat|shop|cafe|team|pub)\b|(bank balance|balance|bills?|rent|mortgage|prices?|boss|job|taxes|tax return|inbox|commute|in-?laws|the news|this (team|game|match|weather|month|week))\b[^.;!?]{0,15}\b(giving|gave|gives|give) (me|my|us) (chest pains?|palpitations|heart palpitations)|(tablets?|pills?|capsules?|horse pills) (are|is) (so |really |very |too |a bit |quite )?(hard|difficult|tricky|a struggle|a pain) to swallow|(hard|difficult|tricky) to swallow (tablets?|pills?|capsules?)|overdos\w* on (\w+ )?(chocolate|choc|sweets|candy|cake|netflix|sugar|carbs|pizza|christmas|mince pies|biscuits|crisps|cheese|tv)|(the|my|which|what|that) stroke (i'?m|im|i am|we'?re|we are|he'?s|she'?s) (working on|learning|practi[sc]ing|improving|perfecting|training)|((swimming|golf|tennis|rowing|paddling|paddle|brush|pen|piston) |two-?|four-?)strokes?|(took|takes|take) (my|his|her|your|our|the) breath away|poison (swamps?|damage|status|builds?|arrows?|darts?|traps?|type|moves?|attacks?|spells?|clouds? in)|(boring|bored|boredom|so tired|sleepy)\b[^.;!?]{0,25}\b(about to|going to|gonna|could|might|will) (pass out|faint|die|keel over|collapse)|(gasping|puffing|panting|breathless|out of breath) (by|at|towards) the end\b|(chill?i\w*|curry|curries|wings?|hot sauce|sauce|peppers?|jalape\w*|habanero\w*|wasabi|vindaloo|phaal|madras|salsa|kimchi|ramen|noodles)\b[^.;!?]{0,30}\b(so|too|really|crazy|insanely) (hot|spicy)\b[^.;!?]{0,20}\b(i|i'?m|im) (literally |actually |genuinely )?(can'?t|cannot|couldn'?t|could not) (breathe|breath|feel my (mouth|face|tongue|lips))|(?:nearly|almost|practically|basically) (?:fainted|passed out|blacked out|collapsed|keeled over|died) (?:from|of|with|in) (?:sheer |pure |such |the )?(?:relief|joy|happiness|excitement|pride|delight|glee|laughing|laughter|boredom|embarrassment|cuteness)|(?:is|was|'s|are|were|its) (?:so|too|that) (?:scary|funny|hilarious|gripping|creepy|terrifying|spooky|suspenseful|exciting) (?:that )?(?:i|we) (?:literally |actually |honestly |genuinely )?(?:can'?t|cannot|cant|couldn'?t|could not|couldnt) (?:breathe|breath))\b/gi;
/**
 * A title, a lyric or a saying in quotes ("a thriller called 'Heatstroke'", "'Heart Attack' by Demi Lovato", a song
 * stuck in my head, 'my heart's on fire'): words quoted, not a sign. A quote may hold apostrophes ("heart's").
 */
/** The rest of a quote after its opening mark: any apostrophe inside must be followed by a letter ("heart's"). */
const QUOTE_REST = "(?:[^'\\n]|'(?=[a-z])){1,80}?'(?![a-z])";
/**
 * After a quote, the words in it asked about as words: "the paramedic on Casualty said 'he's fitting' - what does
 * that mean?".
 */
const QUOTE_ASKED_ABOUT =
  "(?=\\s*[-–—:,]?\\s*(?:(?:so|and|but) )?(?:what|wat|wot) (?:does|do|did|is|'?s) (?:that|it|this|they) (?:mean|means|meant|stand for)\\b)";
/**
 * After a quote, the same sentence says it was only something harmless: "my friend's 'seizure' in the group chat
 * was just her phone vibrating".
 */
const QUOTE_WAS_JUST =
  "(?=[^.;!?]{0,60}\\b(?:was|were|is|turned out to be) (?:just|only|actually|really) (?:[a-z']+ ){0,3}(?:phone|joke|meme|gif|emoji|typo|autocorrect|prank|vibrat\\w*|notification|ringtone|sticker|filter|tiktok|video|game)s?\\b)";
// Each alternative starts with the quote mark and looks back from it: a lookbehind tried at every position
// of every message cost forty times more.
const QUOTED_TITLES = new RegExp(
  `'(?<=(?:\\b(?:called|named|titled|entitled|title (?:is|was)|heading (?:is|was)) (?:literally )?|\\b(?:song|lyrics?|chorus|line|quote|saying|slogan|motto|caption)\\b[^'.!?]{0,30})')${QUOTE_REST}|'(?<=(?:^|[^a-z])')${QUOTE_REST}(?: by [a-z]+|${QUOTE_ASKED_ABOUT}|${QUOTE_WAS_JUST})`,
  'gi',
);

/**
 * Words that put a sign in the past or in someone else's life, or make it a "what if": a clause holding
 * one of them and nothing that brings it back to now is not a warning for this person today.
 */
const NOT_NOW =
  /\byears? ago\b|\b(read|heard|saw|seen|came across|learned|learnt) (the word|the term|about it|an article|a post|a leaflet|in an? (article|post|leaflet|book|magazine|textbook))\b|\blast year\b|\bin (19|20)\d\d\b|\bas a (child|kid|toddler|baby|teen|teenager)\b|\bwhen i was (a |an )?(child|kid|little|young|younger|teen|teenager|\d+)\b|\bused to (get|have|suffer|faint|pass out|take|be on)\b|\byears back\b|\b\d+ (months|years) ago\b|\bin the war\b|\b(all )?sorted\b|\bworn off\b|\b(went|has gone|had gone) away\b|\bcleared up\b|\bstopped (it|them|taking)\b|\b(my|our|his|her) (?:[a-z]+'?s )?(neighbou?r|brother|sister|mum|mom|dad|father|mother|grand(dad|pa|ad|ma|mother|father)|granny|nan|gran|uncle|aunt|auntie|cousin|friend|mate|colleague|boss|brother in law|sister in law)('?s)? (had|went into hospital with|was diagnosed with|died of|passed away)\b|\bnone (in|for|since)\b|\bfully (treated|recovered)\b|\b(totally|completely|been) fine since\b|\bwhat if\b|\b(fainted|passed out|blacked out|had a fit|had a seizure|collapsed) once\b|\b(and |but )?never (again|since)\b|\bhypothetical\w*\b|\bif someone\b|\bif (i|you|he|she|we|they|a person) (took|take|had|ate|drank|were to|was to|swallowed)\b[^.;!?]{0,60}\b(would|will|could|might)\b|\bnot me\b|\b(my|our|the|his|her) (cat|dog|puppy|kitten|horse|pony|rabbit|hamster|pet|parrot) (had|has|was|is|keeps|went|got)\b|\bvet (says|said)\b|\b(poisoned|made) (him|her|them)\b|\bdream(t|ed|ing|s)?\b|\bonce (at|aged) \d{1,2}\b|\b(swelling|it|pain|fever|temp\w*|lump)\b[^.;!?]{0,20}\b(went|gone|has gone|have gone) down\b|\b(friend|neighbou?r|colleague|cousin|sister|brother|mum|mom|dad|aunt|uncle)'?s (baby|son|daughter|kid|child|husband|wife|dad|mum|mom) (had|has had)\b|\btextbook\b|\bnot my (own )?result\b|\bnursing student\b|\bexam question\b|\bif (my|your|the|a) [^.;!?]{0,30}\bever\b|\bwould that be\b|\bin (the|a) (film|movie|show|series|book|game|novel|episode)\b|\bjust curious\b|\bim just nosy\b|\bhypothetically\b|\breckons?\b|\b(heard|read|saw) (that|online|somewhere|on tiktok)\b|\b(would|could|can|does|do|might|will) (a|an|low|high|too much|too little|lack of|not enough|a lack of)\b[^.;!?]{0,40}\b(cause|causes|give|lead|mean|trigger|make|bring on|mess (with|up)|affect|harm|hurt|damage|do to)\b|\bthought i (was|had)\b[^.;!?]{0,40}\bonce\b|\b(ages|long|a long time) ago\b|\b(telling|told) (me|us) about\b|\bpatients (getting|with|who)\b|\b(writing|reading) (a|my|the) ([a-z]+ )?(novel|story|book|script|screenplay|play)\b|\b(a|the|that|this|one) (patient|character|woman|man|guy|lady|bloke|person|girl|boy|fella|chap|runner|player) (had|has|was|went|got|died|collapsed)\b|\b(my|our|his|her) (?:[a-z]+'?s )?(neighbou?r|brother|sister|mum|mom|dad|father|mother|grand(dad|pa|ad|ma|mother|father)|granny|nan|gran|uncle|aunt|auntie|cousin|friend|mate|colleague|boss|husband|wife|partner) (developed|suffered|got (?!me\b|us\b|him\b|her\b|them\b|my\b|worse\b))\b|\b(my|our|his|her) (?:[a-z]+'?s )?(neighbou?r|brother|sister|mum|mom|dad|father|mother|grand(dad|pa|ad|ma|mother|father)|granny|nan|gran|uncle|aunt|auntie|cousin|friend|mate|colleague|boss|husband|wife|partner)\b(?:[^.;!?]|\.(?=\d)){0,40}\b(?<!since )last (week|month)\b|(?<!since )\blast (summer|winter|spring|autumn|christmas|easter|term|season)\b|\b(fainted|collapsed|passed out|blacked out|had a (fit|seizure|faint)) once\b|\b(someone|somebody) (had|has|was having|is having) (a |an )?'?([a-z]+ ){0,2}'?(seizure|fit|stroke|heart attack|cardiac arrest|overdose|faint|clot|reaction|tetany)\b|\b(watched|watching|saw) (a|the|that) (film|movie|show|documentary|programme|program|episode|series)\b|\b(recovered fully|made a full recovery|nothing of the sort since)\b|\bsimple faint\b|\b(proved|turned out) to be (a |just a |only a )?(simple |vasovagal )?faint\b|\b(bloke|guy|lady|woman|man|someone|somebody|colleague|person|chap|fella|girl|lad|kid) (at|from|in) (work|the office|school|the gym|church|my work)\b|\b(deals? with|treats?|treating|attends?( to)?|looks? after|trained to help) (people|patients|casualties|folk|kids|children)\b|\b(someone|somebody) (was |got |gets |is |being )?(poisoned|killed|murdered|overdos\w*)\b|\b(a|my|the) character\b|\b(?:game|gaming|video ?game|computer game|rpg|sims?|fictional|cartoon|film|movie|book|tv) (?:character|avatar)s?\b|\b(?:my|his|her|their|our) avatars?\b|(?<!\blike (?:after |at |from |when )?(?:a |an |the |my |i'?ve been to the )?)\b(dentist|dental|a filling|novocaine|local anaesthetic|local anesthetic)\b|\bwhat (would|will|could) (actually |really )?happen if\b|\bif (my|your|someone'?s|a|the) \w+ (was|were|went|got to|reached|hit)\b|\bwhat (are|is|'?re|'?s) (the )?((warning|early|main|common|first|typical|tell-?tale) )?(signs?|symptoms?)( of| for)?\b|\bwhat (does|do) (the (word|term) )?(?!(that|this|it|my|these|those|mine|the (result|number|reading|level))\b)[a-z]+( [a-z]+)? (actually |really |even )?(mean|stand for)\b|\b(meaning|definition) of\b|\b(physiology|biology|anatomy|nursing|medical|pharmacology|first aid) (notes|exam|class|lecture|lectures|homework|assignment|quiz|course|refresher|training)\b|\bif (i|you|we|he|she|they|someone|somebody|anyone|one) (ever|were to|was to)\b|\bused to (give|make|say|joke|tell (me|us))\b|\b(?:i|he|she) was (?:a |an )?'?(?:[a-z]+[- ])?(?:baby|toddler|newborn|infant)'?(?= |,|$)|\b(?:the|a|this|that) (?:[\w'-]+ ){1,3}(?:i'?m|im|i am|we'?re|we are) (?:reading|watching|listening to)\b|\b(?:poison|poisons|poisoned|poisoning|kill|kills|killed|murders?|murdered) (?:someone|somebody|a (?:man|woman|victim|character|guy|rival))\b|\b(seizure|stroke|heart attack|overdose|clot|fit|collapse|death) (scene|episode|storyline|plot)\b|\b(film|movie|book|song|band|game|show|series|novel|album|podcast|track|play|documentary|thriller|musical|story|comic|manga|anime|drama) (is |was )?(called|named|titled)\b|\b(in|on|from|watching|watched) (that|the|a) (netflix|tv) (series|show)\b|\b(drama|film|movie|tv show|series|episode|scene|documentary|soap|storyline) (where|in which)\b|\b(someone|somebody|a guy|a man|a woman|a patient|this guy|some guy|a character)'?s (potassium|calcium|magnesium|sodium|sugars?|blood sugar|levels?|results?|bloods|pulse|heart rate|bp|blood pressure)\b|\b(asked|asks|asking|wondered|wondering|wants to know|explain\w*) (me |us )?(what|why) (a |an )?[\w-]+( [\w-]+)? (is|are|was|does)\b|\b(writing|making|designing|preparing|doing|putting together|creating) (a|an|the|our|my|some) ([\w-]+ ){0,3}(poster|leaflet|handout|presentation|booklet|notice|infographic|slides?|polic(y|ies)|procedures?|protocols?|guidance|handbook)\b|\b(epidural|spinal block|spinal an(a)?esthetic)\b|\b(listing|list of|learn\w* about|teach\w* (about )?|revising) (the )?(warning )?(signs|symptoms)\b|\bwe (get|see|treat|deal with|go to|attend|handle) (loads|lots|a lot|plenty|so many|tons|dozens|hundreds) of\b|\b(teach|teaching|taught|instruct\w*) (first aid|cpr|bls|life support|resus\w*)\b|\bwe (cover|covered|learn|learnt|learned|practise|practice|practised|practiced) (how to|what to do|about)?\b|\b(to get out of|as an excuse|faking it|faked it|making it up|made it up|pretending)\b|\b(sichuan|szechuan|mala|peppercorns?)\b|\b(drama|film|movie|show|series|programme|program|soap|documentary|book|novel) (i'?m|im|i am|we'?re|we are|i was|we were|i'?ve been) (watching|reading)\b|\b(said|says|warned|warns|told me|reckons|thinks) (that )?(i|you|we|he|she) (might|could|may|would|will) (pass out|faint|collapse|black out|keel over)\b|\bonce (during|when i was|while i was|as a|back in|years ago|at (school|uni|college|work))\b|\bwhen (he|she|they) (was|were) (a |an )?(\d{1,2}|baby|toddler|little|small|younger|child|kid)\b|\bback in (the )?('?\d\d|(19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december)s?\b|\bfirst aid (refresher|course|training|class|kit)\b|\bfirst aider\b|\b(practised|practiced|practising|practicing|learned|learnt|learning|covered|taught) (cpr|the recovery position|first aid|choking)\b|\brecovery position\b|\bon the dummy\b|\b(course|training|class|session|lecture|module) (today |this week |yesterday )?(covered|was on|was about|went through|taught us)\b|\b(one|a single|1|only one|just the one) (seizure|fit|faint|blackout|episode) (at|aged|when i was|as a) (\d{1,2}|child|kid|teen|teenager|baby|toddler)\b|\ba (baby|child|kid|boy|girl|toddler) (had|has|was|died|got)\b|\bin '\d\d\b|\b(all the|so much|so many|the amount of) (poisonings?|overdoses?|murders?|stabbings?|killings?)\b/;
/**
 * Signs that are told with a negative word ("he doesn't know where he is", "not peed since this morning"):
 * said positively before screening, so the negative word is not read as a denial of them.
 */
type Rewrite = string | ((match: string, ...rest: unknown[]) => string);

/**
 * A rewrite made only when the text just before the match ends as `before` does ("baby" before "hasn't
 * moved"), within `reach` characters before it. Checked on the few matches rather than as a lookbehind at
 * every position: far quicker.
 */
function whenAfter(before: RegExp, replacement: string, reach = 60): Rewrite {
  return (match, ...rest) => {
    const input = rest.at(-1) as string;
    const offset = rest.at(-2) as number;
    return before.test(input.slice(Math.max(0, offset - reach), offset)) ? replacement : match;
  };
}

/** Someone a person may be looking after, whose not waking is told about ("my mother not wake up properly"). */
const CARED_FOR =
  'baby|she|he|they|toddler|child|son|daughter|mother|father|mum|mom|dad|nan|gran|grandma|grandad|grandpa|husband|wife|partner';

const TOLD_WITH_A_NEGATIVE: readonly [RegExp, Rewrite][] = [
  [
    /\b(doesn'?t|does not|didn'?t|did not|don'?t|do not|can'?t|cannot) (?=(know|recogni[sz]e) (where (she|he|i|they) (is|am|are|was|were)|what (year|day|month) it is|me\b|us\b|who (she|he|i|they) (is|am|are)))/g,
    'unable to ',
  ],
  // "she can't tell me what day it is": not knowing the day or the place.
  [
    /\b(?:can'?t|cannot|couldn'?t|could not) tell (?:me |us |you )?(?=what (?:year|day|month) it is|where (?:she|he|i|they) (?:is|am|are|was|were))/g,
    whenAfter(new RegExp(`\\b(?:${CARED_FOR})\\b[^.;!?]{0,20}$`), 'unable to know '),
  ],
  [/\b(not|haven'?t|hasn'?t|havent|hasnt|hardly|barely) (peed|wee'?d|weed|passed (urine|water))\b/g, 'little-urine'],
  [/\b(no|(?:has|have)(?:n'?t| not) had a|not had a|without a) wet (nappy|nappies|diapers?)\b/g, 'dry-nappies'],
  // "she isn't answering us", "he won't wake up": a person who does not respond ("my GP isn't answering" is not).
  [
    /\b(?:isn'?t|isnt|is not|wasn'?t|wasnt|was not|won'?t|wont|wouldn'?t|wouldnt|would not|didn'?t|didnt|did not|not) (?:answering|responding|respond|responsive|reacting|react|wak(?:e|ing) up)\b/g,
    whenAfter(
      /\b(?:she|he|they|baby|toddler|child|kid|son|daughter|grandma|grandpa|granny|grandad|grandmother|grandfather|nan|gran|mum|mom|dad|husband|wife|partner|friend|brother|sister|boyfriend|girlfriend|and)(?:'s|'re| is| are| was| were)? $/,
      'unresponsive',
    ),
  ],
  [
    /\b(can'?t|cannot|couldn'?t|could not|can hardly|can barely|could hardly|could barely) (?:(?:wake|rouse) (?:him|her|them)|get (?:him|her|them) to (?:wake|come round|respond))\b/g,
    'unresponsive',
  ],
  // A baby or toddler who is not feeding or not holding up their head: the signs, said with a negative.
  [/\bnot (?:holding|lifting) (?:his|her|their) head up\b/g, 'head-lolling'],
  [
    /\b(?:hasn'?t|hasnt|has not|hadn'?t|not) (?:really |properly )?(?:fed|feeding|had a feed|had a bottle|taken a feed)\b/g,
    'feeds-missed',
  ],
  [
    /\b(?:won'?t|wont|will not|doesn'?t|doesnt|not) (?:take|taking|have|having) (?:the|her|his|a|any|their) (?:bottle|feeds?|breast)\b/g,
    'refusing-feeds',
  ],
  // Scots: "he'll no wake up".
  [/\b(he'?ll|she'?ll|they'?ll|hell|shell) no (wake|waken|come round)\b/g, 'unresponsive'],
  // "it won't stop bleeding", "a rash that doesn't fade under a glass", "baby hasn't moved today".
  [
    /\b(?:won'?t|wont|will not|can'?t|cant|cannot|doesn'?t|doesnt|does not|isn'?t|isnt|not) (?:stop|stopping)\b/g,
    'nonstop',
  ],
  // "the cramp hasn't let up since last night", "aint gone since brekkie".
  [
    /\b(?:not|hasn'?t|hasnt|has not|haven'?t|havent|aint|ain'?t|won'?t|wont|isn'?t|isnt|didn'?t|didnt) (?:subsided|let up|eased(?: off)?|gone(?: away)?|stopped|released|relaxed|ease|let go|go away)\b/g,
    'nonstop',
  ],
  [
    /\b(?:doesn'?t|doesnt|does not|didn'?t|didnt|did not|won'?t|wont|not|isn'?t|isnt) (?:go away|going away|go|fade|fading|disappear|blanch\w*|go pale|change)(?=[^.;!?]{0,50}\b(?:glass|press|pressed|pressing|tumbler)\b)/g,
    'nonblanching',
  ],
  [
    /\b(?:hasn'?t|hasnt|has not|not|isn'?t|isnt|is not|haven'?t|havent|have not|hardly|barely|stopped|not been)\s(?:really\s|much\s|properly\s|been\s)?(?:moved|moving|kicked|kicking|felt (?:her|him|the baby|baby|it) (?:move|moving|kick\w*))\b/g,
    whenAfter(/\bbaby\b[^.;!?]{0,30}$/, 'reduced-movements'),
  ],
  [/\b(?:haven'?t|havent|have not|not) felt (?:the )?baby (?:move|moving|kick\w*)\b/g, 'reduced-movements'],
  // "I don't want to be here anymore", "no reason to live", "can't go on": thoughts of suicide.
  [
    /\b(?:don'?t|dont|do not) (?:really |even |just )?(?:want to|wanna) (?:be here|live|be alive|wake up|exist|go on)\b|\bno (?:reason|point) (?:to live|in living|living|to go on)\b|\b(?:can'?t|cannot|cant) go on(?= any ?more| like this|\s*[.,!?]|$)|\bno way out\b|\bbetter off not (?:waking up|being here|being alive|alive|around|existing)\b|\b(?:think|thinking|thought|dream|dreaming) (?:about|of) not waking up\b|\bwish i (?:wouldn'?t|didn'?t|would not|did not|could not|couldn'?t) (?:just )?wake up\b|\b(?:easier|better)(?: off)?(?: for (?:everyone|everybody|them|my family))? if i (?:just )?(?:didn'?t|did not|wasn'?t|was not|weren'?t|were not) (?:exist|be here|here|around|alive|wake up)\b(?! (?:on|for|at|when|until|till|next|to|with|so|early|earlier|before|in)\b)|\bwish i (?:didn'?t|did not) exist\b|\b(?:i'?d|id|i would) (?:much |really |just )?rather not (?:be here|be around|be alive|exist|live|wake up|go on)\b(?! (?:on|for|at|when|until|till|next|to|with|so|early|earlier|before|in|tomorrow|tonight|today|this|during|after|while)\b)/g,
    'want-to-die',
  ],
  // "she says I'm not making sense", "the baby is floppy and not waking for feeds".
  [
    /\b(?:(?:not|isn'?t|wasn'?t) making (?:any )?sense|making no sense)\b/g,
    whenAfter(
      /\b(?:i'?m|im|i am|she'?s|shes|he'?s|hes|she is|he is|they'?re|they are|was|were|he|she|they)\s$/,
      'talking-nonsense',
    ),
  ],
  [/\bnot wak(?:e|ing)(?: up)?\b/g, whenAfter(new RegExp(`\\b(?:${CARED_FOR})\\b[^.;!?]{0,30}$`), 'unresponsive')],
  // "she's very sleepy and hard to wake": a child or an older person who is hard to rouse.
  [
    /\b(?:very |really |so )?(?:hard|difficult) to (?:wake|rouse)(?: up)?\b/g,
    whenAfter(
      new RegExp(`\\b(?:${CARED_FOR}|little one|(?:year|month|week)s? old)\\b[^.;!?]{0,150}$`),
      'unresponsive',
      150,
    ),
  ],
  // "the left side of my face isn't moving", "my arm won't work properly".
  [
    /\b(?:isn'?t|isnt|is not|won'?t|wont|not|doesn'?t|doesnt|wouldn'?t|can'?t|cant) (?:moving|move|working|work)(?: right| properly)?\b/g,
    whenAfter(/\b(?:face|mouth|smile|arm|leg|hand|side|eyelid)\b[^.;!?]{0,30}$/, 'unmoving'),
  ],
  // "Dad's words aren't coming out right": speech that comes out wrong.
  [
    /\b(?:aren'?t|arent|are not|isn'?t|isnt|is not|weren'?t|werent|wasn'?t|wasnt|won'?t|wont|not) (?:coming|come) out (?:right|properly|clearly|straight|normally)\b/g,
    whenAfter(/\b(?:my|his|her|their|your|[a-z]+'s) (?:words|speech|sentences)\b[^.;!?]{0,10}$/, 'coming out wrong'),
  ],
  // "never had a seizure before tonight": a first time, now.
  [
    /\bnever (?=(had|felt|got|been)\b[^.;!?,]{0,40}\b(before|until|till) (tonight|today|now|yesterday|last night|this (morning|afternoon|evening|week))\b)/g,
    'first ',
  ],
];
/**
 * The message with its figures of speech taken out, for reading symptoms: "my heart skipped a beat when I saw
 * the price" tells no palpitations.
 */
export function withoutFiguresOfSpeech(message: string): string {
  // Stryker disable next-line ConditionalExpression: a cache; reading again gives the same text.
  if (lastPlain?.message !== message)
    lastPlain = {
      message,
      text: message.replace(/[’‘`]/g, "'").replace(FIGURES_OF_SPEECH, ' ').replace(QUOTED_TITLES, ' '),
    };
  return lastPlain.text;
}

/** The last message read without its figures of speech: the screen's second reading and the recogniser's. */
let lastPlain: { message: string; text: string } | undefined;

/**
 * Told next: it went and stayed away, with time or a check to show for it ("...pre-workout. Stopped it, they
 * vanished, GP did an ECG and it was normal"). A sign that went away an hour ago with nothing more ("chest
 * pain this morning, it went away") still gets its advice.
 */
const GONE_SINCE =
  /^[^!?]{0,90}?\b(?:they|it|that|the (?:palpitations|pain|cramps?|twitch\w*|tingling|numbness)) (?:vanished|disappeared|went away|stopped|settled|cleared up)\b(?![^.;!?]{0,30}\b(?:until|till|but|then)\b)(?=[^!?]{0,120}\b(?:ago|normal|all clear|fine since|nothing since|not since|never since|since then)\b)/;

/** Words that bring a past or hypothetical sign back to now. */
const NOW =
  /\b((?<!(gone|fine|ok|okay|better|sorted|off|good|great|well|brilliant|brilliantly|grand|fantastic|amazing) )now|today|(?<!\b(?:never|not|hasn'?t|haven'?t|has not|have not|didn'?t|did not)(?: (?:happened|had it|had one|been|occurred|come back|came back|done it|fainted|passed out|blacked out|collapsed))? )again|another|still|currently|this (morning|afternoon|evening|week)|right now|tonight|yesterday|last night|first ever|just had|(?:is|its|it'?s|coming|been) back)\b/;
/** Words that deny what follows; "not" only when it does not start "not sure". */
const DENIAL =
  /\b((?:not having|not had|never had|haven'?t had|havent had|no|don'?t have|dont have|without) (?:any )?(?:thoughts?|ideas?|urges?|plans?|intentions?|intent) (?:of|about|to)|zero|nil|no(?! (end|let ?up|relief|change|better)\b)|not|(?:dont|don'?t|do not) think (?:it'?s|its|it is|it was|this is|that'?s|i have|i'?ve|i had|(?:she|he) has)|never(?! (ended|ends|stopped|stops|went away|goes away|eased|eases|let up|lets up|released|releases|settled|settles)\b)|without|nothing like|ruled out|nor|neither|denies|deny|dont have|don'?t have|do not have|(?:dnt|dont|don'?t|do not) hv|dnt have|doesnt|doesn'?t|does not|didnt|didn'?t|did not|havent|haven'?t|hasnt|hasn'?t|didnt|didn'?t|isnt|isn'?t|arent|aren'?t|wasnt|wasn'?t|free of|none)\b/g;
/**
 * A denial reaches across a short list ("no chest pain or shortness of breath"), not past "but" or "and",
 * nor past a comma that starts a new statement ("no fever, I have chest pain", "no cramps, just chest pain").
 */
const CLAUSE_BREAK =
  /\b(but|however|though|although|except|yet|and|now|so|just|only)\b|[.;!?]|,(?=\s*(i|im|i'm|ive|i've|my|it|its|it's|there|theres|there's)\b)/g;
const MAX_WORDS_AFTER_DENIAL = 3;
const DENIED_RIGHT_AFTER =
  /\b(dont|don'?t|do not|dnt)\s+((get|ever|really|usually|have|feel)\s+)?(any\s+)?(\w+\s+(or|nor)\s+(get\s+|feel\s+)?)?$/;
const MAX_WORDS_IN_DENIED_LIST = 12;
/**
 * A list led by a denial with a colon ("NOT having: chest pain, palpitations, fainting"), or a clinician's
 * "denies CP, SOB, palpitations": every short item of it is denied, until a word that turns to what is there.
 */
const DENIED_LIST =
  /(?:\b(?:not having|not experiencing|no|none of (?:these|the following|them)|negative for|denies|denied|free of|(?:do not|don'?t|dont) have|(?:haven'?t|have not|not) got)\s*:|\b(?:denies|negative for)\b)\s*(?:(?:(?!\b(?:but|however|though|except|now|reports?|has|have|complains?|admits?|with)\b)[a-z0-9' /-]){1,30},\s*)*(?:(?!\b(?:but|however|though|except|now|reports?|has|have|complains?|admits?|with)\b)[a-z0-9' /-]){0,30}$/;

export function signWarning(sign: WarningSign): Warning {
  return { id: sign.id, level: sign.level, label: sign.label, advice: sign.advice };
}

export function labWarning(found: LabFinding, advice: TriageModel['labAdvice'], text = ''): Warning | undefined {
  const f = withSymptomsTold(found, text);
  if (!f.level) return undefined;
  const caveat = f.range.caveats?.find((c) => c.direction === f.direction && tells(c.when, text));
  return {
    id: `lab-${f.range.nutrient.toLowerCase()}-${f.direction}`,
    level: f.level,
    label: describeFinding(f),
    advice: findingAdvice(f, advice),
    ...(caveat ? { more: { text: caveat.text, source: caveat.source } } : {}),
  };
}

/** The finding at the level its symptoms raise it to, when the message tells one (triage.json's withSymptoms). */
function withSymptomsTold(f: LabFinding, text: string): LabFinding {
  const raised = f.range.withSymptoms?.find(
    (s) =>
      s.direction === f.direction &&
      (f.direction === 'low' ? f.value < s.past : f.value > s.past) &&
      levelRank(s.level) > levelRank(f.level ?? 'soon') &&
      tells(s.when, text),
  );
  return raised ? { ...f, level: raised.level, bandSource: raised.source } : f;
}

/** The data's `when` expressions, compiled once each. */
const WHEN = new Map<string, RegExp>();
/** Their answers for the last message: a long message can quote many results, each asking the same. */
let whenAnswers: { text: string; told: Map<string, boolean> } | undefined;

/** Whether the message tells what a `when` expression looks for. */
function tells(source: string, text: string): boolean {
  if (whenAnswers?.text !== text) whenAnswers = { text, told: new Map() };
  let told = whenAnswers.told.get(source);
  if (told === undefined) {
    let re = WHEN.get(source);
    if (!re) WHEN.set(source, (re = new RegExp(source)));
    whenAnswers.told.set(source, (told = re.test(text)));
  }
  return told;
}

export function byUrgency(a: Warning, b: Warning): number {
  return levelRank(b.level) - levelRank(a.level);
}

interface NearRule {
  /** The rule's place among all the screen's near rules. */
  id: number;
  a: RegExp;
  b: RegExp;
  within: number;
  /** Each of the a words' and b words' index in the screen's filing of near words. */
  aFiledAs: number[];
  bFiledAs: number[];
}

interface CompiledSign {
  sign: WarningSign;
  /**
   * Each pattern: tried only where it may start when filed (the y flag), else searched for over the whole
   * message (the g flag).
   */
  patterns: RegExp[];
  /** Whether each pattern is filed (its start pinned down). */
  filed: boolean[];
  near: NearRule[];
  /** The sign is normal during hard exercise (triage.json's `normalOnExertion`). */
  normalOnExertion: boolean;
}

/** Just before a result, words that make it newer than an earlier one of the same test: "the repeat was 4.1". */
const NEWER_RESULT =
  /\b(repeat(ed)?|re-?check(ed)?|re-?test(ed)?|re-?done|redid|latest|newest|new one|follow-?up|since then|this time|now)\b[^.;!?]{0,30}$/;

/** A repeat of a test told without its name: "the repeat yesterday was 4.1". */
const REPEAT_VALUE =
  /\b(?:repeats?|repeated|re-?checks?|re-?checked|re-?tests?|re-?tested|re-?done|redid|latest|newest|follow-?ups?)\b[^.;!?\d]{0,30}(?=\d)/g;

/**
 * The results that stand: a result followed by a newer one of the same test ("2.9 two weeks ago, the
 * repeat yesterday was 4.1") is history, and the newer one, named or not, is read in its place.
 */
function latestResults(text: string, findings: LabFinding[], labs: LabReader): LabFinding[] {
  const standing: LabFinding[] = [];
  // Whether the 50 characters before a result call it newer; the same for every earlier result that ends
  // before them, so read once per result (a pasted report can quote hundreds).
  const calledNewer = new Map<LabFinding, boolean>();
  const newerThan = (f: LabFinding, later: LabFinding): boolean => {
    const from = later.at - 50;
    if (f.at + f.length > from) return NEWER_RESULT.test(text.slice(f.at + f.length, later.at));
    let told = calledNewer.get(later);
    if (told === undefined) calledNewer.set(later, (told = NEWER_RESULT.test(text.slice(Math.max(0, from), later.at))));
    return told;
  };
  for (const f of findings) {
    const newerNamed = findings.some((later) => later.range === f.range && later.at > f.at && newerThan(f, later));
    if (newerNamed) continue;
    REPEAT_VALUE.lastIndex = f.at + f.length;
    const repeat = REPEAT_VALUE.exec(text);
    const at = repeat ? repeat.index + repeat[0].length : -1;
    // Read as if named: the test's name, then the repeat's value and what follows it.
    const name = `${f.range.names[0]} `;
    const newer = repeat ? labs.read(name + text.slice(at))[0] : undefined;
    standing.push(newer?.at === 0 ? { ...newer, at, length: newer.length - name.length } : f);
  }
  return standing;
}

/** The sides of a near rule, as bits. */
const SIDE_A = 1;
const SIDE_B = 2;
const BOTH_SIDES = SIDE_A | SIDE_B;

const words = (list: readonly string[]) => new RegExp(`\\b(?:${list.join('|')})\\b`, 'g');

export class WarningScreen {
  private readonly compiled: CompiledSign[];
  private readonly filing: PatternFiling;
  /** The near rules' words, filed like the patterns: a rule runs only when a word of each side may be there. */
  private readonly nearFiling: PatternFiling;
  /** Each pattern's sign (its index in `compiled`) and its place among the sign's patterns, by filing index. */
  private readonly patternOwners: { sign: number; k: number }[] = [];
  /** Signs with a pattern that may start anywhere, searched for in every message. */
  private readonly withUnfiled: number[];
  /** Signs with near rules. */
  private readonly withNear: number[];
  /**
   * By near word (its filing index), the rules it may complete and on which side, as pairs of rule id and
   * side bit; and the sides of each rule that have a word the filing cannot rule out (unfiled).
   */
  private readonly nearSidesByWord: number[][];
  private readonly nearSidesAlways: Uint8Array;
  private readonly labs: LabReader;
  private readonly labAdvice: TriageModel['labAdvice'];
  /** The last message screened: a turn screens its message more than once (bot, recogniser, interview). */
  private last?: { message: string; warnings: readonly Warning[]; findings: readonly LabFinding[] };

  constructor(model: TriageModel) {
    const screened = model.signs.filter((s) => s.patterns?.length || s.near?.length);
    gatherIngWords(
      screened.flatMap((s) => [...(s.patterns ?? []), ...(s.near ?? []).flatMap((n) => [...n.a, ...n.b])]),
    );
    // A pattern begins at a word, with known letters: filed by those letters, it is tried only at the word
    // starts of the message that begin with them, and most messages have none for most signs.
    this.filing = new PatternFiling(screened.flatMap((s) => s.patterns ?? []));
    let index = 0;
    let nearRules = 0;
    const nearWords: string[] = [];
    const fileNear = (list: readonly string[]) => list.map((word) => nearWords.push(`\\b(?:${word})\\b`) - 1);
    this.compiled = screened.map((sign, signIndex) => {
      const patterns = sign.patterns ?? [];
      const filed = patterns.map((_, k) => {
        this.patternOwners.push({ sign: signIndex, k });
        return this.filing.filed[index++]!;
      });
      return {
        sign,
        patterns: patterns.map((p, k) => new RegExp(p, filed[k] ? 'y' : 'g')),
        filed,
        near: (sign.near ?? []).map((n) => ({
          id: nearRules++,
          a: words(n.a),
          b: words(n.b),
          within: n.within,
          aFiledAs: fileNear(n.a),
          bFiledAs: fileNear(n.b),
        })),
        normalOnExertion: sign.normalOnExertion === true,
      };
    });
    // No expression of every sign's patterns together: V8 takes a third of a second to compile one that
    // large (paid by the first message after start-up), and scanning a message with it cost more than
    // trying each pattern where it may start.
    this.nearFiling = new PatternFiling(nearWords);
    this.withUnfiled = this.compiled.flatMap((c, i) => (c.filed.includes(false) ? [i] : []));
    this.withNear = this.compiled.flatMap((c, i) => (c.near.length ? [i] : []));
    this.nearSidesByWord = nearWords.map(() => []);
    this.nearSidesAlways = new Uint8Array(nearRules);
    for (const rule of this.compiled.flatMap((c) => c.near))
      for (const [list, side] of [
        [rule.aFiledAs, SIDE_A],
        [rule.bFiledAs, SIDE_B],
      ] as const)
        for (const i of list)
          if (this.nearFiling.filed[i]) this.nearSidesByWord[i]!.push(rule.id, side);
          else this.nearSidesAlways[rule.id]! |= side;
    this.labs = new LabReader(model.labs);
    this.labAdvice = model.labAdvice;
  }

  /** The warnings a message raises, most urgent first. */
  screen(message: string): Warning[] {
    return [...this.screened(message).warnings];
  }

  /** Every blood result the message quotes, in or out of range. */
  labFindings(message: string): LabFinding[] {
    return [...this.screened(message).findings];
  }

  private screened(message: string) {
    // Stryker disable next-line ConditionalExpression: a cache; screening again gives the same result.
    if (this.last?.message !== message) {
      const text = normalizeForScreen(message);
      const findings = latestResults(text, this.labs.read(text), this.labs).filter((f) =>
        counts(text, f.at, f.at + f.length),
      );
      const signs = this.signsMentioned(text).map(({ sign }) => signWarning(sign));
      const labs = findings.map((f) => labWarning(f, this.labAdvice, text)).filter((w) => w !== undefined);
      this.last = { message, warnings: [...signs, ...labs].sort(byUrgency), findings };
    }
    return this.last;
  }

  /**
   * The signs the text mentions, in the data's order: each filed pattern tried where it may start (most
   * messages give most patterns no place at all), the unfiled ones searched for, then the near rules.
   */
  private signsMentioned(text: string): CompiledSign[] {
    const found = new Uint8Array(this.compiled.length);
    for (const [i, starts] of this.filing.startsIn(text)) {
      const { sign, k } = this.patternOwners[i]!;
      if (found[sign] === 0 && mentionsAt(text, this.compiled[sign]!, k, starts)) found[sign] = 1;
    }
    for (const s of this.withUnfiled) {
      const c = this.compiled[s]!;
      if (found[s] === 0 && c.patterns.some((p, k) => !c.filed[k] && mentions(text, p, c.normalOnExertion)))
        found[s] = 1;
    }
    const sides = this.nearSidesPresent(text);
    for (const s of this.withNear) {
      const c = this.compiled[s]!;
      if (found[s] === 0 && c.near.some((n) => sides[n.id] === BOTH_SIDES && mentionsNear(text, n, c.normalOnExertion)))
        found[s] = 1;
    }
    return this.compiled.filter((_, i) => found[i] === 1);
  }

  // Stryker disable next-line all: a shortcut; ruling out a rule that cannot fire changes only speed.
  /**
   * For each near rule, the sides (SIDE_A, SIDE_B) with a word that may be in the text (the filing rules
   * the others out): a rule runs only with both. One pass over the words the text may hold, rather than
   * over every rule's words.
   */
  private nearSidesPresent(text: string): Uint8Array {
    const sides = this.nearSidesAlways.slice();
    for (const i of this.nearFiling.startsIn(text).keys()) {
      const pairs = this.nearSidesByWord[i]!;
      for (let k = 0; k < pairs.length; k += 2) sides[pairs[k]!]! |= pairs[k + 1]!;
    }
    return sides;
  }
}

/**
 * How much of a message is screened: far more than the recogniser reads, because a warning sign buried at
 * the end of a long message must still be found. Messages are bounded by the server's body limit.
 */
export const SCREEN_CHARS = 8_000;

/** "me chest", "me head": "my", as much of Britain and Australia says it. */
const ME_FOR_MY =
  /\bme (chest|head|heart|arms?|legs?|back|face|hands?|feet|foot|belly|tummy|stomach|throat|neck|jaw|eyes?|lips?|mouth|fingers?|toes?|side|calf|calves|knees?|bum|bladder|vision|breathing)\b/g;
/** A dropped g ("he's fittin", "bleedin' everywhere", "sittin on me chest"). */
const DROPPED_G = /\b([a-z]{3,})in'?(?![a-z'])/g;

/**
 * The -ing words of the warning signs ("fitting", "bleeding", "twitching"), gathered from the signs'
 * patterns as each screen is built: a dropped g is restored only to one of them, so a domain word that
 * ends in "in" ("statin", "insulin") is never read as a verb.
 */
const SIGN_ING_WORDS = new Set<string>();

function gatherIngWords(patterns: readonly string[]): void {
  for (const pattern of patterns) {
    for (const m of pattern.matchAll(/([a-z]{3,})ing\b/g)) SIGN_ING_WORDS.add(m[0]);
    for (const m of pattern.matchAll(/\b([a-z]{3,})\\w\*/g)) SIGN_ING_WORDS.add(`${m[1]}ing`);
  }
}

/** The sign's -ing word for a dropped g, when what was typed is not a word itself ("robin" stays). */
function restoreG(typed: string, stem: string): string {
  const full = `${stem}ing`;
  return SIGN_ING_WORDS.has(full) && englishWords().has(full) && !englishWords().has(`${stem}in`) ? full : typed;
}

/** The last message normalised: a turn reads its message several times (screen, context, medicines). */
let lastNormalized: { message: string; text: string } | undefined;

/** Lower case, one kind of apostrophe, single spaces; uncertainty phrases blanked so they never deny. */
export function normalizeForScreen(message: string): string {
  // Stryker disable next-line ConditionalExpression: a cache; normalising again gives the same text.
  if (lastNormalized?.message !== message) lastNormalized = { message, text: normalizeOnce(message) };
  return lastNormalized.text;
}

function normalizeOnce(message: string): string {
  const text = message
    .slice(0, SCREEN_CHARS)
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(ME_FOR_MY, 'my $1')
    .replace(DROPPED_G, restoreG)
    .replace(UNCERTAIN, (m) => '~'.repeat(m.length))
    .replace(FIGURES_OF_SPEECH, (m) => '~'.repeat(m.length))
    .replace(QUOTED_TITLES, (m) => '~'.repeat(m.length));
  // Two calls because String.replace's overloads take a string or a function, not a union of the two.
  return TOLD_WITH_A_NEGATIVE.reduce(
    (t, [pattern, positive]) =>
      // Stryker disable next-line all: both branches are the same call, split only for the type checker.
      typeof positive === 'string' ? t.replace(pattern, positive) : t.replace(pattern, positive),
    text,
  );
}

/** A denial inside the words a pattern spans: "my leg isn't hot or swollen", "hands don't lock up". */
const DENIAL_INSIDE =
  /\b(isnt|isn'?t|arent|aren'?t|dont|don'?t|doesnt|doesn'?t|didnt|didn'?t|ruled out|none|still intact|unopened|not(?! (able|letting|releasing|stopping|easing|going away|normal|right|regular|helping|working))|no|nah|nope|never)\b/;

/**
 * A sign a clinician has already explained away, said right after it: "the chest pain turned out to be
 * heartburn", "heart stuff ruled out". Only benign explanations count, so "turned out to be a clot" still warns.
 */
const EXPLAINED_AFTER =
  /^[^.;!?]{0,40}?\b(?:(?:it'?s|its|it is|goes|went|comes|came|is) back to normal (?:within|after|in|once|when)|(?:and )?(?:she|he|they|the (?:midwife|doctor|doc|gp|nurse|consultant|paramedic|pharmacist)|(?:my |the )?pharmacist) said (?:(?:that'?s|thats|it'?s|its|it was|that was|it is|this is) (?:totally |completely |absolutely |perfectly |all )?(?:perfect|fine|normal|great|good|healthy|ok|okay|spot on|nothing to worry about|no problem|harmless)|(?:there'?s |there is |it'?s |its )?no harm(?: at all)?|(?:it'?s |its )?nothing to worry about|not to worry))\b(?![^.;!?]{0,40}\bbut\b)|^[^.;!?]{0,40}?\b(?:(?:turned out|proved) (?:to be )?|(?<!\b(?:because|cos|coz|cuz|cause|since|as) (?:i|we|she|he|they) )(?:was|were) (?:just |only )?|(?:doc|doctor|gp|they) said (?:it was )?(?:just |only )?|(?:was |were |been )?told (?:it was |it'?s |its )?(?:just |only )?)(?:anxiety|heartburn|indigestion|reflux|acid|muscular|a pulled muscle|nothing|fine(?! (?:at|this|earlier|until|till|before|yesterday|last|an hour|a few|when|first thing|half an hour|a minute|a couple|\d+|one|two|three|five|ten|fifteen|twenty|thirty)\b)|panic|a panic attack|upset|a tantrum|a meltdown|overtired|being dramatic|costochondritis|gas|wind|a migraine|migraine|vertigo|a trapped nerve|dehydration)\b|^[^.;!?]{0,25}?\b(?:(?:was|were|been|got|all) )?ruled out\b|^[^.;!?]{0,12}\?\s*(?:no|nope|nah)\b|^\??\s*(?:no|nope|nah)\b|^\s*(?:is |was |are |were |looked |looks )?(?:fine|normal|ok|okay|all good)\b(?![^.;!]{0,25}\?)|^[^.;!?]{0,5}\bnot (?:me|mine)\b|^[^.;!?]{0,30}?\b(?:(?:was|were|is|came) )?(?:from|because of|due to|cos of|caused by|after (?:i )?(?:started|starting|taking|began)) (?:the |my |taking )?(?:(?:the |a |that )?(?:horror |scary )?(?:film|movie|game|match)|iron|ferrous \w+|pepto\w*|bismuth|beetroot|beets|blueberries|liquorice|licorice|(?:the )?dentist|dental \w+|(?:the )?injection|anaesthetic|anesthetic|novocaine|(?:sichuan |szechuan )?peppercorns?|spicy \w+|chill?i\w*|lip ?balm|lip plumper)\b|^[^.;!?]{0,60}?\bnormal with iron\b|^[^.;!?]{0,30}?\b(?:was|were|(?:doc|doctor|gp|they|she|he) said (?:it was|they were|it'?s|its)) (?:all |just |only |probably |likely )?(?:down to|caused by|from) (?:too much |the |my |all the |all that |drinking )?(?:caffeine|coffee|espresso|energy drinks?|pre-?workout|anxiety|stress)\b(?![^.;!?]{0,40}\bbut\b)|^[^.;!?]{0,40}?\b(?:settled|calmed down|went back to normal|stopped) (?:straight |right |soon )?after\b|^[^.;!?]{0,40}?\b(?:been|was|were|got) treated\b|^[^.;!?]{0,40}?\b(?:my )?(?:doctor|doc|gp|pharmacist|consultant) (?:knows(?! nothing)|is aware|said (?:it'?s|its|that'?s|thats) (?:fine|normal|ok|okay|expected))\b(?![^.;!?]{0,40}\bbut\b)|^[^.;!?(]{0,3}[,:]? (?:all|both) (?:normal|clear|fine|ok|okay)\b(?![^.;!]{0,25}\?)|^\s*[-–—:=]+\s*(?:no|nope|nah|none|nil|never|negative)\b|^[^.;!?]{0,25}?\b(?:that'?s|thats|it'?s|its|this is) (?:just )?(?:her|his|my|their) (?:normal|usual|baseline)\b|^[^.;!?]{0,40}?\bnothing new\b|^[^.;!?]{0,90}?\b(?:(?:the )?seal (?:was |is )?(?:still )?(?:intact|unbroken|on)|none (?:were |are |was )?(?:missing|gone|taken|eaten)|(?:they'?re|they are|all) (?:still )?(?:all )?there)\b|^[^.;!?]{0,15}?\b(?:when|whenever|if|after) i (?:drink|have|had) (?:too much |a lot of |loads of |strong |a |an )?(?:coffee|caffeine|energy drinks?|espresso|pre-?workout)\b|^[^.;!?]{0,60}?\b(?:harmless|benign) (?:ectopics?|extra beats?|palpitations)\b|^[^.;!?]{0,3}\(\s*(?:she|he|they)'?s (?:fine|ok|okay|all good|better) now\b|^[^.;!?]{0,3},? ?(?:all )?(?:the )?(?:(?:tests?|checks?|scans?|ecgs?|bloods?|results?|troponins?|x-?rays?|echo(?:cardiogram)?s?)(?:,? (?:and |& )?| and | & )?)+(?:came back |were |was |all |are )*(?:normal|fine|clear|ok|okay)\b|^[^.;!?]{0,70}?\b(?:scans?|tests?|ultrasound|doppler|d-?dimer|ecg|x-?rays?|bloods?|doctors?|gp|they)\b[^.;!?]{0,15}\bruled (?:out|it out|that out)\b|^\s*(?:(?:have|has|had|all|completely|totally|eventually|finally|then|but|and|which|they|it|that) )*(?:stopped|settled|went away|disappeared|cleared up|resolved|eased off|(?:has|have) gone)\b[^.;!?]{0,30}\bago\b/;

/**
 * "Had chest pains last month and got fully checked at A&E: ECG, bloods and troponin all normal": checked
 * and found normal, unless something between brings it back to now ("again today, checked last time...").
 */
const CHECKED_NORMAL =
  /^[^.;!?]{0,40}?\b(?:got |been |was |were |had it |had them )?(?:fully |properly |all )?(?:checked|tested|investigated|seen to|(?:cardiac )?work-?up|checked out|scanned|scans?|ultrasound|doppler|monitored)\b[^.;!?]{0,60}?\b(?:(?:all |came back |were |was |both )(?:normal|clear|fine)|(?:gave|given) (?:me |him |her )?the all[- ]clear)\b/;

/** Hard exercise told right after a sign that exercise makes normal ("racing when I'm sprinting"). */
const ON_EXERTION =
  /^[^.;!?]{0,25}?\b(?:(?:when|while) (?:i'?m|i am|im|i'?ve been|i was) (?:sprinting|running|exercising|training|working out|at the gym|cycling|on the bike)|(?:at the end of|during|in the middle of|mid-?way through) (?:my|a|the|an) (?:\d+ ?m |\d+ ?k |hard |long |fast |big )?(?:sprint|run|race|interval|hiit|spin class|workout|training session|hill rep|rep)s?|(?:at|in|during) (?:my |a |the )?(?:spin|spin class|gym|training|practice|football|parkrun|crossfit|hiit|bootcamp|circuits|the track|rowing|cycling class)|(?:when|while|whenever) i (?:run|sprint|exercise|train|work out|cycle|swim|do sport|play football|go running))\b/;

/** A racing heart that settles within a minute or two ("after four lengths ... but I'm fine a minute later"). */
const FINE_SOON_AFTER =
  /^[^.;!?]{0,40}?\b(?:(?:i'?m|im|i am|it'?s|its|and) (?:fine|ok|okay|back to normal|normal) (?:again )?|(?:it |and )?(?:settled|calmed)(?: down)? )(?:a|within a|after a|in a|within|in) (?:minute|min|few minutes|couple of minutes|moment|one minute|two minutes|1 min|2 mins?)s?(?: later)?\b/;

/** Told next: a racing heart that did not settle ("...at the end of my run and it has not settled since"). */
const KEPT_GOING =
  /^[^.;!?]{0,80}?\b(?:(?:not|hasn'?t|has not|haven'?t|won'?t|wont|didn'?t|did not) (?:settled|calmed)|nonstop|still (?:racing|pounding|going|fast|beating|thumping)|for (?:over |more than |about )?(?:an hour|hours|\d+ hours)|hours later|ever since)\b/;

/**
 * Told soon after: a pharmacist, a doctor or poison control has said it is fine ("...took my vitamin D twice by
 * mistake, rang the pharmacist and she said that's totally fine"), with no "but" after it. The call may be told
 * in the next sentence ("...swallowed two of my tablets. We rang poison control, they said it was nothing to
 * worry about").
 */
const REASSURED =
  /^(?:[^.;!?]{0,120}?|[^.;!?]{0,80}[.;]\s*(?:(?:so |and )?(?:we|i|my \w+|she|he|they) )?(?:rang|called|phoned|contacted|spoke to|checked with|asked) (?:the |my |our |a )?)\b(?:pharmacist|doctor|doc|gp|nurse|poison control|poisons? (?:centre|center|line)|111|nhs 111)\b[^.;!?]{0,40}?\b(?:said|says|told me|reckons) (?:(?:it'?s|its|it was|that'?s|thats|that was|there'?s|there is|this is) )?(?:totally |completely |absolutely |perfectly |all )?(?:fine|no harm|nothing to worry about|harmless|ok|okay|not a problem|no problem)\b(?![^.;!?]{0,40}\bbut\b)/;

/**
 * The next sentence is a list of checks that all came back clear ("...with a tight chest. ECG, bloods and a
 * scan all clear, it was a pulled muscle").
 */
const CLEARED_NEXT =
  /^[^.;!?]{0,4}[.;]\s*(?:(?:they|we|i|the (?:doctors?|hospital|paramedics?)) (?:did|ran|took|done|had|checked) (?:some |the |my |an? |all the |loads of )?)?(?:the |my |all (?:the |my )?)?(?:(?:ecgs?|bloods?|blood tests?|scans?|x-?rays?|tests?|troponins?|echo(?:cardiogram)?s?|ct|mri)(?:,? (?:and |& )?(?:an? |the )?| and (?:an? |the )?| & ))*(?:ecgs?|bloods?|blood tests?|scans?|x-?rays?|tests?|troponins?|echo(?:cardiogram)?s?|ct|mri),? (?:all |were |was |came back |are |both )*(?:clear|normal|fine)\b/;

/**
 * The same list after a comma, for a sign told as past ("went to A&E with chest pain last month, ECG and bloods
 * were all normal"): not for one told as now, where an old check says nothing of it.
 */
const CLEARED_AFTER_COMMA = new RegExp(CLEARED_NEXT.source.replace('^[^.;!?]{0,4}[.;]', '^[^.;!?,]{0,20},'));

/**
 * Told next: they are fine now ("friend's baby had a febrile fit last week and is fine now"). It explains a
 * sign away only when it was not recent: "went down on the pitch today ... came round, he's fine now" still
 * needs its advice.
 */
const FINE_NOW =
  /^[^.;!?]{0,25}?\b(?:and )?(?:is|was|are|were|she'?s|he'?s|they'?re|i'?m|who'?s|who is) (?:fine|ok|okay|all good|doing fine|doing well|better) now\b/;

/**
 * The clause right after a sign is a question: an explanation asked about is no explanation ("my calf is
 * red and swollen, can a clot be ruled out?", "potassium 6.8. all ok?", "turned out to be heartburn?"). A sign
 * asked and answered "no" ("passed out? no.") is left to the denial that follows.
 */
const ASKED_NEXT = /^[\s,:;–—-]*[^.,;!?]{0,60}\?(?!\s*(?:no|nope|nah|none|never)\b)/;

function explainedAway(after: string, normalOnExertion = false, recent = false): boolean {
  if (BROUGHT_BACK.test(after) || ASKED_NEXT.test(after)) return false;
  if (!recent && FINE_NOW.test(after)) return true;
  if (CLEARED_NEXT.test(after) || (!recent && CLEARED_AFTER_COMMA.test(after))) return true;
  if (GONE_SINCE.test(after)) return true;
  if (REASSURED.test(after)) return true;
  if (EXPLAINED_AFTER.test(after)) return true;
  if (normalOnExertion && !KEPT_GOING.test(after) && (ON_EXERTION.test(after) || FINE_SOON_AFTER.test(after)))
    return true;
  const checked = CHECKED_NORMAL.exec(after);
  return checked !== null && !NOW.test(checked[0]);
}

/** Where a statement ends: a full stop that is no decimal point ("6.5"), ";", ":", "!", "?", "," or "but". */
const STATEMENT_BREAK = /(?<!\d)\.|\.(?!\d)|[;:!?,]|\bbut\b/g;

/** The sentence part around a match, up to the nearest ".", ";", "!", "?", "," or "but" either side. */
function clauseAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const cut = Math.max(...[...before.matchAll(STATEMENT_BREAK)].map((m) => m.index + m[0].length), 0);
  const afterText = text.slice(end);
  const stop = afterText.search(STATEMENT_BREAK);
  return text.slice(cut, stop < 0 ? text.length : end + stop);
}

/** A film, a programme, a book or a game: what happens in one is not the person's own. */
const STORY =
  /\b(?:watch\w*|saw|seen|reading|read|playing|played|in|on|from) (?:a|an|the|that|this|my) (?:(?:netflix|tv) )?(?:film|movie|show|documentary|programme|program|episode|series|book|novel|game)\b/g;
/** "...and my chest started hurting", "when I": the person's own body comes in just before the sign. */
const OWN_BODY_BEFORE = /\b(?:and|when|then|suddenly|while|but|as) (?:my|i|i'?m|im|i'?ve|me)(?: [a-z']+){0,2} ?$/;

/** A sign told as history, about someone else or as a "what if", with nothing that brings it back to now. */
/** Told after someone else's sign: "...last week. mine started an hour ago", "now I've got it too". */
const MINE_NOW =
  /\b(?:mine (?:started|began|has started|came on|kicked in|is happening|has come on)|(?:now )?i(?:'?ve| have)? (?:got|getting|having|am having|'?m having) (?:it|one|them|the same)(?: thing)? (?:now|too|as well|today|tonight)|(?:same|it'?s the same) (?:for|with) me (?:now|today|tonight)|now it'?s (?:me|mine))\b/;

/**
 * Just before a sign, in its sentence: a leaflet or a label that lists it ("the leaflet for my spironolactone says
 * 'seek help if you notice an irregular heartbeat'"), with nobody's own body between.
 */
const LEAFLET_LISTS =
  /\b(?:leaflet|label|packet|patient information|information sheet|info sheet|insert|instructions)\b[^.;!?]{0,30}\b(?:says?|said|mentions?|mentioned|lists?|listed|warns?|warned)\b(?:(?!\b(?:i|i'?ve|ive|i'?m|im|me|my|mine)\b)[^.;!?])*$/;

function notNow(text: string, start: number, end: number): boolean {
  const told = clauseAround(text, start, end);
  // "watching a film and my chest started hurting": the film is where they were, not what they tell.
  const clause = OWN_BODY_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ? told.replace(STORY, ' ') : told;
  const after = text.slice(end);
  if (BROUGHT_BACK.test(after) || MINE_NOW.test(after)) return false;
  // A question about the sign, then "mine started an hour ago" or "he's having one now": it is now.
  const askedThenTold = ASKED.test(after) && BACK_TO_THEM.test(after) && !JUST_CURIOUS.test(after);
  return (
    (HYPOTHETICAL.test(sentenceAround(text, start, end)) && !NOW.test(clause)) ||
    (IN_A_STORY.test(sentenceAround(text, start, end)) && !FIRST_PERSON.test(told)) ||
    TAUGHT_LIST.test(sentenceBefore(text, start)) ||
    (LEAFLET_LISTS.test(sentenceBefore(text, end)) && !FIRST_PERSON.test(after.split(SENTENCE_BREAK)[0]!)) ||
    NEVER_NOW.test(clause) ||
    (NOT_NOW.test(clause) && !NOW.test(clause) && !askedThenTold) ||
    ((GENERAL_QUESTION.test(clause) || GENERAL_STATEMENT.test(clause)) &&
      ASKED_OR_ENDS.test(after) &&
      !PERSON.test(clause) &&
      !askedThenTold)
  );
}

/** After a general question, words that say it is curiosity, not something happening ("...after a documentary last night"). */
const JUST_CURIOUS =
  /\b(just curious|out of curiosity|curious after|documentary|programme|podcast|article|for (an|my) (exam|essay|assignment|quiz))\b/;

/**
 * Just before a sign, a course or a lesson and the list of what it covered ("our first aid course today
 * covered choking, anaphylaxis and heart attacks"): the sign is a topic, not something happening.
 */
const TAUGHT_LIST =
  /\b(?:course|training|class|session|lecture|module|refresher|first aid|we|they)\b[^.!?;]{0,40}\b(?:covered|was on|was about|went through|taught us|practised|practiced|learnt|learned|did)\s+(?:(?:[a-z'-]+ ){0,3}[a-z'-]+,\s*)*(?:(?:[a-z'-]+ ){0,3}[a-z'-]+,?\s+(?:and|or|&)\s+)?$/;

/**
 * A sentence set in a story as a whole: "In the book I'm reading, the heroine faints and her heart flutters".
 * What happens in it is not the person's own, unless they are in the clause ("...my chest started hurting").
 */
const IN_A_STORY =
  /^\s*(?:in|on) (?:the|a|this|that|my|one) (?:[\w'-]+ ){0,2}(?:book|film|movie|show|series|novel|episode|game|story|play|drama|soap|documentary|programme|program|comic|manga|anime)\b/;
const FIRST_PERSON = /\b(?:i|i'?m|im|i'?ve|ive|my|me|mine|myself)\b/;
/** A sentence that says it is a "what if" as a whole: "Hypothetically, if a toddler swallowed a tablet...". */
const HYPOTHETICAL = /\b(hypothetically|hypothetical|theoretically|in theory)\b/;
const SENTENCE_BREAK = /(?<!\d)\.|\.(?!\d)|[!?;]/g;

/** The sentence a match is in, up to the match. */
function sentenceBefore(text: string, start: number): string {
  let cut = 0;
  for (const m of text.slice(0, start).matchAll(SENTENCE_BREAK)) cut = m.index + m[0].length;
  return text.slice(cut, start);
}

/** The sentence around a match, up to the nearest ".", "!", "?" or ";" either side (commas do not end it). */
function sentenceAround(text: string, start: number, end: number): string {
  let cut = 0;
  for (const m of text.slice(0, start).matchAll(SENTENCE_BREAK)) cut = m.index + m[0].length;
  const stop = text.slice(end).search(SENTENCE_BREAK);
  return text.slice(cut, stop < 0 ? text.length : end + stop);
}

/** Said later in the message: what was history is back now ("all clear last year. But it's back tonight"). */
const BROUGHT_BACK =
  /\b(?:it'?s|its|it is|they'?re|they are|it'?s come|it has come|it came|now it'?s|the pain'?s|the pain is|symptoms are) back\b(?! (normal|clear|fine|negative|ok|okay))/;
/** A dream, a pet's illness or a child's game of pretend is never the person's now, even "last night". */
const NEVER_NOW =
  /\b(a|the|one) (patient|customer|client|resident|service user) (with|who)\b|\b(we|i) (had|saw|treated|looked after|nursed) (a|one|another) patient\b|\b(had|got|did|attended|took|treated|saw) (two|three|four|five|six|\d+|several|a few|loads of|lots of) (chest pains|strokes|seizures|fits|cardiac arrests|heart attacks|overdoses|collapses|falls)( and (a|an|one|two|three|\d+) [a-z]+)? (on (shift|nights|my shift|a shift|the ward|the ambulance|the road)|at work)\b|\b(dream(t|ed|ing|s)?|nightmares?)\b|\bpretend(s|ing|ed)? to be (a|an) [a-z]+\b|\bplaying (dead|zombies?)\b|\bplay-?acting\b|\b(two|three|four|five|several|some|many|a few|\d+|all the|our|my) (patients|residents|casualties)\b|\b(film|movie|show|episode|documentary|drama|series|book|novel|play|soap|story|game)\b[^.;!?]{0,20}\b(where|in which|about)\b|\b(revising|studying|learning about|reading up on|flashcards on|an essay on|an assignment on|a lecture on|a quiz on)\b[^.;!?]{0,40}\bfor (my|an|the|our) (exams?|tests?|finals|course|module|assessment|osce|boards)\b|\b(my|our|the) (\w+ )?(plants?|tomatoes|seedlings|crops?|lawn|flowers|roses|hedge) (got|get|have|has|had|are|is|were)\b|\b(?:(?:my|our|the|his|her|their|your) (?:[a-z]+'?s )?|(?!(?:he|she|it|that|what|there|who|here|where|let|one)'s\b)[a-z]+'s )(?:old |young |little |elderly |senior |poor )?(cat|dog|puppy|kitten|horse|pony|rabbit|hamster|pet|parrot|budgie|guinea pig)('?s)?(?: (?:back |front |hind )?(?:legs?|paws?|heart|breathing|eyes?|face|body|tummy|stomach))? (had|has|was|is|keeps|went|got|fell|keeled|\w+ed)\b|\bvet (says|said|thinks)\b/;
/**
 * A question about a condition in general, with nobody in it: "is tetany caused by low calcium?",
 * "is it possible to overdose on vitamin d from the sun?". "Is my chest pain serious?" has someone in it.
 */
const GENERAL_QUESTION =
  /^\s*(?:(?:at|in|on|by|from|with|to|for|after) (?:roughly |about |around |approximately |exactly )?)?(?:is|are|can|could|does|do|what|whats|what'?s|why|how|which|will|would|should) (?!not\b)(?!it (normal|ok|okay|common|bad|serious|dangerous|safe|usual) to (have|get|feel|be))/;
/**
 * A statement about a sign in general, asked to be confirmed: "palpitations are a side effect of too much caffeine
 * right?", "tetany is a sign of low calcium?". Read like a general question.
 */
const GENERAL_STATEMENT =
  /^\s*(?:[a-z'-]+ ){1,3}(?:is|are|can be) (?:a |an )?(?:(?:common|known|possible|typical|normal|usual|classic|main) )?(?:side[- ]effects?|symptoms?|signs?|causes?) of\b/;
/** The sentence ends with a question mark. */
const ASKED = /^[^.;!?]*\?/;
/** Asked, or the message ends without a mark ("is it true low calcium can cause seizures"). */
const ASKED_OR_ENDS = /^[^.;!?]*(?:\?|$)/;
/** After a general question, words that bring it back to someone now: "mine started 20 min ago". */
const BACK_TO_THEM =
  /\b(mine (started|is(?! (just |only )?(a )?(normal|fine|ok|okay|nothing|not)\b)|has|keeps|began|just)|mine'?s|my (one|own) (started|is|has)|having one|had one (just now|today|tonight|this)|i (have|am having|'?m having|just had|actually had|think i|just took|took|have taken|swallowed|ate)|(?<!(?:gone|fine|ok|okay|better|sorted|off|good|great|well|brilliant|brilliantly|grand|fantastic|amazing) )now|today|tonight|right now|last night|this (morning|afternoon|evening)|just now|started|starting)\b/;
const PERSON =
  /\b(is this|is that|are these|happening|i|i'?m|im|i'?ve|ive|i'?d|id|my|me|mine|myself|we|we'?re|our|us|he|he'?s|hes|she|she'?s|shes|his|her|him|they|they'?re|their|them|baby|son|daughter|mum|mom|dad|husband|wife|partner|child|kid|grandma|grandad|grandpa|nan|gran|friend|mate)\b/;

/**
 * How much of a message either side of a match its checks read (denials, "years ago", "it's back", a story):
 * what bears on a sign is told near it. Reading the whole message for every match made a long message cost
 * its length squared (200 ms for 8,000 characters of numbers); any message up to this long is read whole.
 */
export const CONTEXT_CHARS = 300;

/**
 * The part of a message a match is read in, from a word start at most CONTEXT_CHARS before it to
 * CONTEXT_CHARS after it, with the match's start and end in that part and where the part starts.
 */
export function nearMatch(message: string, start: number, end: number): [string, number, number, number] {
  if (start <= CONTEXT_CHARS && message.length - end <= CONTEXT_CHARS) return [message, start, end, 0];
  let from = Math.max(0, start - CONTEXT_CHARS);
  // Never from inside a word: a cut word could read as another ("not" cut to "ot").
  if (from > 0 && /\S/.test(message[from - 1]!)) {
    const space = message.slice(from, start).search(/\s/);
    from = space < 0 ? start : from + space + 1;
  }
  return [message.slice(from, end + CONTEXT_CHARS), start - from, end - from, from];
}

/**
 * Whether words found in a message (lower case, one kind of apostrophe) are told as happening now: not
 * explained away, and not history, someone else's or a "what if". Used for symptoms told with a question.
 */
export function toldAsCurrent(message: string, at: number, to: number, normalOnExertion = false): boolean {
  const [text, start, end] = nearMatch(message, at, to);
  return !explainedAway(text.slice(end), normalOnExertion) && !notNow(text, start, end);
}

/** A mention that counts: not denied, not explained away, not history or hypothetical. */
function counts(message: string, at: number, to: number, normalOnExertion = false): boolean {
  const [text, start, end] = nearMatch(message, at, to);
  return (
    !isDenied(text.slice(0, start)) &&
    !DENIAL_INSIDE.test(text.slice(start, end)) &&
    !explainedAway(text.slice(end), normalOnExertion, NOW.test(sentenceAround(text, start, end))) &&
    !notNow(text, start, end)
  );
}

/**
 * Two words found near each other count unless either is denied where it stands ("my calf isn't swollen or
 * red"). A denial between them that belongs to another statement ("feels like a pulled muscle but I didn't
 * do anything, it's red and puffy") does not deny them, as it would inside one pattern's words.
 */
function countsNear(message: string, at: number, laterAt: number, to: number, normalOnExertion: boolean): boolean {
  const [text, start, end, from] = nearMatch(message, at, to);
  const laterStart = laterAt - from;
  return (
    !isDenied(text.slice(0, start)) &&
    !isDenied(text.slice(0, laterStart)) &&
    !explainedAway(text.slice(end), normalOnExertion, NOW.test(sentenceAround(text, start, end))) &&
    !notNow(text, start, end)
  );
}

/** Whether a match of the pattern, searched over the whole message, counts. */
function mentions(text: string, pattern: RegExp, normalOnExertion: boolean): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (counts(text, m.index, m.index + m[0].length, normalOnExertion)) return true;
    // Stryker disable next-line all: a guard against a pattern that matches nothing looping for ever; none does.
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return false;
}

/** mentions() for a filed pattern: the same matches, found by trying it only where it may start. */
function mentionsAt(text: string, c: CompiledSign, k: number, starts: readonly number[]): boolean {
  const sticky = c.patterns[k]!;
  let from = 0;
  for (let m = matchFrom(sticky, text, starts); m; m = matchFrom(sticky, text, starts, from)) {
    if (counts(text, m.index, m.index + m[0].length, c.normalOnExertion)) return true;
    // As a global search goes on: after the match, or one further on when it matched nothing.
    from = m.index + Math.max(m[0].length, 1);
  }
  return false;
}

/** Two sets of words close together, in either order, and not denied. */
function mentionsNear(text: string, rule: NearRule, normalOnExertion: boolean): boolean {
  const spans = (re: RegExp) => {
    const found: [number, number][] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push([m.index, m.index + m[0].length]);
      // Stryker disable next-line all: a guard against a pattern that matches nothing looping for ever; none does.
      if (m[0].length === 0) re.lastIndex++;
    }
    return found;
  };
  const as = spans(rule.a);
  if (!as.length) return false;
  const bs = spans(rule.b);
  for (const [aStart, aEnd] of as)
    for (const [bStart, bEnd] of bs) {
      // Negative when the two overlap ("couldn't get my words out" holds "words"): that is close enough.
      const gap = Math.max(bStart - aEnd, aStart - bEnd);
      if (gap > rule.within) continue;
      const start = Math.min(aStart, bStart);
      const end = Math.max(aEnd, bEnd);
      if (countsNear(text, start, Math.max(aStart, bStart), end, normalOnExertion)) return true;
    }
  return false;
}

/**
 * Whether a match is an item of a denied list: one led by a denial with a colon ("NOT having: chest pain,
 * palpitations, fainting"), a clinician's "denies CP, SOB, palpitations", or a short list joined by "or"
 * ("no racing heart or skipped beats"). Narrower than isDenied, for readers with denials of their own.
 */
export function deniedInList(before: string): boolean {
  if (DENIED_LIST.test(before)) return true;
  const words = wordsAfterLastDenial(before);
  return words !== undefined && words.length <= MAX_WORDS_IN_DENIED_LIST && /\b(or|nor)\b/.test(words.join(' '));
}

/** Whether the clause before a match denies it: a denial word a few words before, or before a short list. */
export function isDenied(before: string): boolean {
  if (deniedInList(before)) return true;
  // "I don't faint", "she doesn't get dizzy": these deny only what comes right after them.
  if (DENIED_RIGHT_AFTER.test(before)) return true;
  const words = wordsAfterLastDenial(before);
  return words !== undefined && words.length <= MAX_WORDS_AFTER_DENIAL;
}

/** The words between the clause's last denial and the match; undefined when the clause has no denial. */
function wordsAfterLastDenial(before: string): string[] | undefined {
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) clauseStart = m.index + m[0].length;
  const clause = before.slice(clauseStart);
  let lastDenial: RegExpExecArray | undefined;
  DENIAL.lastIndex = 0;
  for (let m = DENIAL.exec(clause); m; m = DENIAL.exec(clause)) lastDenial = m;
  if (!lastDenial) return undefined;
  const between = clause.slice(lastDenial.index + lastDenial[0].length).trim();
  return between ? between.split(/\s+/) : [];
}
