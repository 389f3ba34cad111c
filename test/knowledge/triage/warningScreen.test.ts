import { beforeEach, describe, expect, it } from 'vitest';
import { readContext } from '../../../knowledge/understanding/context';
import { toldAsCurrent, WarningScreen } from '../../../knowledge/triage/warningScreen';
import { knowledgeBase } from '../../support/knowledge';

const kb = knowledgeBase();
const ids = (text: string) => kb.screenRedFlags(text).map((w) => w.id);

describe('warning signs in everyday words', () => {
  it.each([
    ['my hand locked up like a claw and wont open', 'tetany', 'emergency'],
    ['my calf is red, swollen and warm', 'clot-signs', 'today'],
    ['I accidentally took 20 magnesium pills', 'overdose', 'emergency'],
    ["i think i od'd on my sleeping tablets", 'overdose', 'emergency'],
    ['calcium came back high, 3.4 mmol/L, been really thirsty', 'lab-calcium-high', 'today'],
    ['25-OH vitamin D was over 375 nmol/l, calcium 3.7, I keep vomiting', 'lab-calcium-high', 'emergency'],
    ['vit d came back at 210 ng/mL', 'lab-vitamind-high', 'today'],
    ['my wife says the left side of my face isnt moving when i talk', 'stroke-signs', 'emergency'],
    ['half my face wont move when i try to smile in the mirror', 'stroke-signs', 'emergency'],
    [
      'feels like someone has tied a belt really tight round my ribs and its spreading up into my jaw',
      'chest-pain',
      'emergency',
    ],
    [
      'i can only get three or four words out before i have to stop and suck in air',
      'breathing-swallowing',
      'emergency',
    ],
    [
      'my fingers have bent inward on their own and i cant pull them straight, and my mouth feels like its full of static',
      'tetany',
      'emergency',
    ],
    ['woke up with my tongue bitten, the bed wet and my whole body aching', 'seizure', 'emergency'],
    ['one calf is like a balloon compared to the other and its warm', 'clot-signs', 'today'],
    ['grandma went white and slumped in her chair', 'fainting', 'emergency'],
    [
      'dads been getting cramps in his hands every day since he started his new blood pressure pills',
      'new-medicine-symptoms',
      'soon',
    ],
    ['chesst pian and my lft arm gone nunb', 'chest-pain', 'emergency'],
    ['hart keeps skiping and fluttring', 'irregular-heartbeat', 'today'],
    ['crmap in my calf 4 hrs now wont stop', 'long-cramp', 'today'],
    ['calf went into a knot last night and still hasnt let go this afternoon', 'long-cramp', 'today'],
    ['lips and tongue have had pins and needles since this morning', 'mouth-tingling', 'today'],
    ['my fingers have cramped together into a point and my mouth is tingly', 'tetany', 'emergency'],
    [
      'abeg my jaw don lock since morning, i injured my leg with rusty iron three days ago',
      'tetanus-wound',
      'emergency',
    ],
    ['my husbands smile is all wonky and he cant hold his cup, started ten minutes ago', 'stroke-signs', 'emergency'],
    ['My father fell down unconscious briefly', 'fainting', 'emergency'],
    ['mixed up my dosette box and swallowed seven days of potassium at once', 'overdose', 'emergency'],
    ['took about 40 calcium carbonate chews for heartburn', 'overdose', 'emergency'],
    ['on crestor and my legs hurt so much i can hardly walk', 'statin-muscle', 'today'],
    ['one calf is puffier than the other and its gone red', 'clot-signs', 'today'],
    ['cant feel my feet properly and its crept up to my shins since the weekend', 'rapid-weakness', 'emergency'],
    ['is B12 good for the nerves? asking cos my brother had his first ever seizure yesterday', 'seizure', 'emergency'],
    ['stood on a rusty nail last week and now i cant open my jaw properly', 'tetanus-wound', 'emergency'],
    ['my daughter is shaking all over and isnt answering me', 'seizure', 'emergency'],
    ['grandad is having some kind of fit right now', 'seizure', 'emergency'],
    ['my flatmate took a load of my magnesium citrate tabs', 'overdose', 'emergency'],
    ['my 3 year old has chewed through a bunch of my calcium chews', 'overdose', 'emergency'],
    ['my little one got into the cupboard and ate a load of my potassium gluconate', 'overdose', 'emergency'],
    ['taking my mums potassium tablets on top of my own and now my heart feels weird', 'potassium-excess', 'emergency'],
    ['my legs have gone totally weak and now i can hardly breathe', 'breathing-swallowing', 'emergency'],
    ['my lips are going blue', 'breathing-swallowing', 'emergency'],
    ['woke up and couldnt move my arms or legs', 'rapid-weakness', 'emergency'],
    ['my watch says 140 bpm and im just sat on the couch', 'irregular-heartbeat', 'today'],
    ['the twitches have moved from one leg to the other and now my hands', 'persistent-twitching', 'soon'],
    ['he just swallowed a couple of my blood pressure pills off the table', 'overdose', 'emergency'],
    // Emergencies beyond the five nutrients: the bot is not their place, but it must never miss them.
    ['honestly thinking about ending it tonight, ive been planning how', 'suicidal-thoughts', 'emergency'],
    ['i dont want to be here anymore', 'suicidal-thoughts', 'emergency'],
    ['on warfarin and my nose has been pouring blood for 40 mins, it wont stop', 'severe-bleeding', 'emergency'],
    ['just vomited stuff that looked like coffee grounds', 'severe-bleeding', 'emergency'],
    ['worst headache of my life came on like a thunderclap', 'severe-headache', 'emergency'],
    [
      'my 2 yr old has a temp and a purple rash that doesnt go away when i do the glass test',
      'meningitis-signs',
      'emergency',
    ],
    ['fever 39.8, shivering, skin gone all blotchy, had a uti since tues', 'sepsis-signs', 'emergency'],
    ['my baby is 4 month, she is very floppy and not waking for her milk', 'child-very-unwell', 'emergency'],
    ['double vision since this morning and my eyelid is drooping', 'sudden-vision-change', 'emergency'],
    ['my mother is 80 and a little bit confused today', 'confusion', 'emergency'],
    ['numb around my bum and inner thighs and my back is killing me', 'cauda-equina', 'emergency'],
    ['on sertraline and started tramadol yesterday, now sweating and twitching', 'serotonin-toxicity', 'emergency'],
    ['my lithium level came back high and ive got a tremor', 'lithium-toxicity', 'today'],
    ['started a new epilepsy medicine 2 weeks ago and now a rash all over and a temperature', 'medicine-rash', 'today'],
    ['my poo has been black for 2 days', 'blood-in-stool', 'today'],
    ['terrible pain low on the right side of my belly, worse when i walk', 'severe-abdominal-pain', 'today'],
    ['28 weeks pregnant and baby has hardly moved today', 'pregnancy-warning', 'today'],
    ['34 wks pregnant, awful headache and seeing flashing lights', 'pregnancy-emergency', 'emergency'],
    ['t1 diabetic, sugar 2.1 shakin n sweaty cant think strait', 'low-blood-sugar', 'emergency'],
    ['sugars 29, been vomiting all morning, breath smells like pear drops', 'high-blood-sugar', 'emergency'],
    ['my 8 yr old is weeing loads, drinking constantly and looks thinner', 'raised-blood-sugar', 'today'],
    ['my 10 week old feels hot, thermometer says 38.3', 'infant-fever', 'today'],
    ['stood on a rusty nail, last tetanus jab was at school like 20 yrs ago', 'wound-care', 'today'],
    ['knee is hot, red and swollen, got a fever', 'spreading-infection', 'today'],
    ['checked my blood pressure its 190/120 and ive got a headache', 'very-high-blood-pressure', 'today'],
    ['im 72, headache on one side and my jaw aches when i chew', 'headache-warning', 'today'],
    ['tongue feels massive and itchy after the prawn curry', 'breathing-swallowing', 'emergency'],
    ['hes 6 and swallowed one of those button batteries', 'overdose', 'emergency'],
    ['i think my little brother drank some bleach', 'overdose', 'emergency'],
    ['took the whole blister pack because the cramps were so bad', 'overdose', 'emergency'],
    ['feel sick n clammy and an ache down my left arm since i woke up', 'chest-pain', 'emergency'],
    // Food poisoning is no overdose, but fluids that will not stay down still need a doctor today.
    ['food poisoning and cannot hold down even the dioralyte', 'severe-dehydration', 'today'],
    ["my toddler hasn't had a wet nappy since this morning", 'severe-dehydration', 'today'],
    ['doc put me on cholesterol pills 3 wks ago, my arms feel like lead and really hurt', 'statin-muscle', 'today'],
    // Signs told with a negative word: someone who does not respond, a first time "never ... before tonight".
    ["grandma's face and arm have been twitching nonstop and she isnt answering us", 'seizure', 'emergency'],
    ['never had a seizure before tonight, when i shook all over in bed', 'seizure', 'emergency'],
    // A denial of something else between the two near words does not deny them.
    ['calf feels like a pulled muscle but i didnt do anything, its red and puffy', 'clot-signs', 'today'],
    [
      'my right calf has ached for 2 days, I thought it was the heels but its redder than the other one',
      'clot-signs',
      'today',
    ],
    ['my right forearm looks scooped out compared to the left', 'muscle-wasting', 'soon'],
    ['on atorvastatin and my legs ache really badly, pee is dark', 'statin-muscle', 'today'],
    ['my face is drooping on one side', 'stroke-signs', 'emergency'],
    ['weakness started in my feet and now its moving up', 'progressive-weakness', 'today'],
    ['my pulse is all over the place', 'irregular-heartbeat', 'today'],
    ['my legs went weak this morning and now its in my arms too', 'rapid-weakness', 'emergency'],
    ['cant move my legs properly, its creeping up my body fast', 'rapid-weakness', 'emergency'],
    ['my wife is suddenly really confused, doesnt know where she is', 'stroke-signs', 'emergency'],
    ['lost feeling on the left side of my face and arm', 'stroke-signs', 'emergency'],
    ['everything went grey and i hit the floor', 'fainting', 'emergency'],
    ['my 3yo swallowed some of grandma’s water tablets', 'overdose', 'emergency'],
    ['took 20 pills of vitamin d', 'overdose', 'emergency'],
    ['charley horse that never ended, calf now swollen & warm', 'clot-signs', 'today'],
    ['on lipitor and my muscles are killing me, can barely get up the stairs', 'statin-muscle', 'today'],
    ['had the runs for a week and now my legs cramp', 'ongoing-fluid-loss', 'soon'],
    [
      'fell off my bike, scraped my knee, today my jaw is really tight and i cant open my mouth',
      'tetanus-wound',
      'emergency',
    ],
    ['chest pain that turned out to be a heart attack last time, and it is back', 'chest-pain', 'emergency'],
    ['nan went stiff, eyes rolled back and she wet herself', 'seizure', 'emergency'],
    ['dad suddenly doesnt know what year it is', 'stroke-signs', 'emergency'],
    ['he doesnt know where he is', 'stroke-signs', 'emergency'],
    ['not peed since this morning, been sick all night', 'severe-dehydration', 'today'],
    ['toddler vomiting, no wet nappy all day', 'severe-dehydration', 'today'],
    ['heart keeps doing a double thud then a long gap', 'irregular-heartbeat', 'today'],
    ['hamstring seized up 3 hours ago and nothing will unlock it', 'long-cramp', 'today'],
    ['calf went red and fat after the flight and now it hurts to breathe in', 'breathing-swallowing', 'emergency'],
    ['had a seizure years ago and another one this morning', 'seizure', 'emergency'],
    ['chest feels like its in a vice grip rn', 'chest-pain', 'emergency'],
    ['pins and needles started in my toes this morning and its already up to my waist', 'rapid-weakness', 'emergency'],
    ['drank most of a bottle of milk of magnesia and now im dizzy', 'overdose', 'emergency'],
    ['like a curtain came down over my left eye', 'stroke-signs', 'emergency'],
    ['gastro for 2 days, vomiting everything, only been for a wee once', 'severe-dehydration', 'today'],
    [
      'after the long haul flight my calf aches and now im puffed out just sitting on the couch',
      'breathing-swallowing',
      'emergency',
    ],
    ['gashed my thumb on a broken glass, its pumping out and still going after 15 min', 'severe-bleeding', 'emergency'],
    ['libre just shows HI and ive been throwing up all night', 'high-blood-sugar', 'emergency'],
    ['my glucometer reads HI', 'raised-blood-sugar', 'today'],
    ['dad was mowing in the heatwave, now hes slurring and burning up', 'heat-stroke', 'emergency'],
    ['my left hand went icy and white an hour ago and its numb and throbbing', 'limb-ischaemia', 'emergency'],
    ['my arms have been getting weaker and weaker this month', 'progressive-weakness', 'today'],
    ['mum is 80, her legs gave out and she couldnt get back up off the floor', 'progressive-weakness', 'today'],
    ['pins and needles moved up past my ankles into my shins since monday', 'rapid-weakness', 'emergency'],
    ['my 2 year old has a temp and shes really lethargic', 'child-very-unwell', 'emergency'],
    ['36 wks and a severe pain under my right ribs that came on tonight', 'pregnancy-emergency', 'emergency'],
    ['32 weeks, the baby hasnt really moved today', 'pregnancy-warning', 'today'],
    ['sciatica flared and now i can barely pee', 'cauda-equina', 'emergency'],
    ['i cant feel my bum or down there since lifting the sofa', 'cauda-equina', 'emergency'],
    // Slang: "me" for "my", a dropped g.
    ['like a ton of bricks sat on me chest', 'chest-pain', 'emergency'],
    ['me nan is fittin and wont stop', 'seizure', 'emergency'],
    ['honestly might just kms', 'suicidal-thoughts', 'emergency'],
    ['ate a prawn cracker and my lips are swelling up, got hives on my neck', 'anaphylaxis', 'emergency'],
    ['my husband hit his head on a cupboard door, he takes rivaroxaban', 'head-injury', 'emergency'],
    ['son banged his head at rugby and has been sick twice since', 'head-injury', 'emergency'],
    ['spilt boiling water down my leg, the skin has gone white and leathery', 'burns', 'emergency'],
    ['got bleach in my left eye while cleaning', 'eye-injury', 'emergency'],
    ['sudden agonising pain in one of my testicles and i threw up', 'testicular-pain', 'emergency'],
    ['we all have headaches and feel sick, it started when the gas fire went on', 'carbon-monoxide', 'emergency'],
    ['an adder bit my dog and then me on the hand', 'snake-bite', 'emergency'],
    ['gran tripped on the rug, now her hip hurts and she cant stand', 'fall-injury', 'emergency'],
    ['halfway through chemo and my temp is 38.5', 'chemo-fever', 'emergency'],
    ['my erection has lasted 6 hours', 'priapism', 'emergency'],
    ['found him outside, ice cold and mumbling', 'hypothermia', 'emergency'],
    ['he quit drinking on monday and now hes seeing spiders on the ceiling', 'alcohol-withdrawal', 'emergency'],
    ['since she had the baby she says she is hearing voices', 'postpartum-psychosis', 'emergency'],
    ['on digoxin and everything looks yellow', 'digoxin-toxicity', 'emergency'],
    ['take 50,000 iu of vitamin d daily and i am always thirsty and being sick', 'vitamin-d-excess', 'today'],
    ['on spironolactone and my heart keeps skipping', 'potassium-excess', 'emergency'],
    ['my reliever inhaler is not helping at all', 'breathing-swallowing', 'emergency'],
    ['woke up and couldnt see out of my left eye', 'sudden-vision-change', 'emergency'],
    ['my toddler has a purple blotchy rash and a fever', 'meningitis-signs', 'emergency'],
    ['is it normal to have chest pain after a run?', 'chest-pain', 'emergency'],
    ['does low magnesium cause seizures? my son is having one now', 'seizure', 'emergency'],
    ['walked to the kettle and now im gasping, can barely get my words out', 'breathing-swallowing', 'emergency'],
    ['woke up on the kitchen floor, wife says i was out cold', 'fainting', 'emergency'],
    ['my pulse feels all over the place tonight', 'irregular-heartbeat', 'today'],
    ['she had a massive fit at dinner', 'seizure', 'emergency'],
    ['his left hand is useless and his words are all jumbled', 'stroke-signs', 'emergency'],
    ['both my hands and my feet have locked into claws', 'tetany', 'emergency'],
    ['nans calf has gone fat and shiny and hot', 'clot-signs', 'today'],
    ['it was only my feet on friday, now its up past my knees', 'rapid-weakness', 'emergency'],
    ['my wee one got into the vitamin gummies, half the tub', 'overdose', 'emergency'],
    ['took a whole handful of my magnesium tablets by mistake', 'overdose', 'emergency'],
    ['on atorvastatin and my muscles are screaming', 'statin-muscle', 'today'],
    ['kalium 6,8 mmol/l on my bloods', 'lab-potassium-high', 'emergency'],
    // Palpitations with dizziness, breathlessness or sweating; heart symptoms with digoxin or new potassium.
    ["my heart's been doing this flip flop thing for 3 hours now and i feel lightheaded", 'fainting', 'emergency'],
    [
      'heartbeat is racing and irregular even sitting down and I am out of breath on the stairs',
      'fainting',
      'emergency',
    ],
    ['on digoxin and my pulse is jumping around, 40 then 150', 'digoxin-toxicity', 'emergency'],
    ['heart is pounding since I took my new potassium tablets this morning', 'potassium-excess', 'emergency'],
    ["I'm out of breath just walking to the toilet since this morning", 'breathing-swallowing', 'emergency'],
    [
      'my asthma inhaler isnt touching it, I can only get a few words out between breaths',
      'breathing-swallowing',
      'emergency',
    ],
    ['chest proper tite n cant get me breff', 'breathing-swallowing', 'emergency'],
    ['help my toddler is twitching all over and her eyes have rolled back', 'seizure', 'emergency'],
    ['had my first ever fit last night, stopped drinking 2 days ago', 'seizure', 'emergency'],
    ['tingling round my mouth keeps getting worse and now my hands keep spasming', 'tetany', 'emergency'],
    ['hyperventilating and now my hands are locked like claws', 'tetany', 'emergency'],
    // Where they were is not what they tell: the person's own body during a film or a game.
    ['I was watching a film and my chest started hurting', 'chest-pain', 'emergency'],
    ['reading a book and suddenly my face went numb on one side', 'stroke-signs', 'emergency'],
    ['playing a game when i suddenly couldnt breathe', 'breathing-swallowing', 'emergency'],
    // Someone else's sign in the past, then the person's own now.
    ['my grandad had chest pain last week. mine started an hour ago', 'chest-pain', 'emergency'],
    ["my friend fainted last week and now I'm having the same thing today", 'fainting', 'emergency'],
    ["arm went dead and i can't lift it", 'stroke-signs', 'emergency'],
    ["can't feel my legs and i've wet myself", 'cauda-equina', 'emergency'],
    ['numb between my legs and cant pee', 'cauda-equina', 'emergency'],
    ['bad back and i peed myself without knowing', 'cauda-equina', 'emergency'],
    // ...while breathless at rest, or on little effort, still is.
    ['short of breath after climbing one flight now, never used to be', 'breathing-swallowing', 'emergency'],
    ['so breathless i cant finish a sentence after running up the stairs', 'breathing-swallowing', 'emergency'],
    ['i took 20 potassium tablets, would i be ok?', 'overdose', 'emergency'],
    // Exercise makes a racing heart normal, never chest pain or a collapse.
    ["chest pain when i'm running", 'chest-pain', 'emergency'],
    ["i collapsed when i'm running", 'fainting', 'emergency'],
    ['heart racing while i was at the gym and chest pain', 'chest-pain', 'emergency'],
    ['cant stop shaking n my hearts going 200', 'irregular-heartbeat', 'today'],
    ['been thinkin of topping myself', 'suicidal-thoughts', 'emergency'],
    ['calf cramp for the last 20 mins and it wont go', 'long-cramp', 'today'],
    ['fainted last year and again this morning', 'fainting', 'emergency'],
    ["there's a pain going down my left arm", 'chest-pain', 'emergency'],
    [
      "feet numb for a month, now I'm walking like I'm drunk and it's a bit worse every week",
      'worsening-nerve-symptoms',
      'today',
    ],
    ['feet numb 4 ages n now im walkin like im drunk, gettin worse evry wk', 'worsening-nerve-symptoms', 'today'],
    ['my chest is really painful and it goes into my back', 'chest-pain', 'emergency'],
    ['one side of his mouth is hanging down', 'stroke-signs', 'emergency'],
    ['mums face gone lopsidd n shes slurin her wrds', 'stroke-signs', 'emergency'],
    ["I've been working out how I'd end things", 'suicidal-thoughts', 'emergency'],
    [
      "I've started giving my things away and I don't think I'll still be here next week",
      'suicidal-thoughts',
      'emergency',
    ],
    ['dont wanna be here anymore tbh got a plan n evrythin', 'suicidal-thoughts', 'emergency'],
    ['some nights I think about not waking up', 'suicidal-thoughts', 'emergency'],
    [
      "fasting, diarrhoea since yesterday, dizzy when I stand up and I'm hardly passing urine",
      'severe-dehydration',
      'today',
    ],
    ["my grandad just collapsed in the garden and he isn't breathing properly", 'fainting', 'emergency'],
    [
      'my right foot has started slapping down when I walk and I keep tripping over kerbs',
      'progressive-weakness',
      'today',
    ],
    [
      'stage 3 kidney disease, on potassium gluconate, my legs feel heavy and weak and my pulse seems really slow',
      'heartbeat-with-weakness',
      'emergency',
    ],
    ['tingling in my fingers since my thyroid operation yesterday', 'tetany', 'emergency'],
    ['calfs red hot n swole since the long haul flight', 'clot-signs', 'today'],
    ["started in my feet, now it's up to my hips", 'rapid-weakness', 'emergency'],
    ['my legs are like jelly and I can barely lift my arms', 'rapid-weakness', 'emergency'],
    ["i keep thinking i'd be better off dead", 'suicidal-thoughts', 'emergency'],
    ['I keep thinking about driving into a wall on the way home', 'suicidal-thoughts', 'emergency'],
    ["I've been thinking I'd be better off not waking up", 'suicidal-thoughts', 'emergency'],
    ["I've been saving up my tablets for this weekend", 'suicidal-thoughts', 'emergency'],
    ['thinkin bout endin it ngl', 'suicidal-thoughts', 'emergency'],
    [
      'my mate is confused, talking rubbish and has stopped sweating after a day on the roof in this heat',
      'heat-stroke',
      'emergency',
    ],
    ['he cannot move the right arm and his speak is not clear', 'stroke-signs', 'emergency'],
    ['dribbling out of one side of his mouth and cant hold his spoon in his right hand', 'stroke-signs', 'emergency'],
    ['my 4 year old has been sick all day, wont drink and is really sleepy and hard to wake', 'fainting', 'emergency'],
    ['lil one ate loads of my gummy vits omg', 'overdose', 'emergency'],
    ['cant keep nuthin down, no pee since yday', 'severe-dehydration', 'today'],
    // History brought back to now later in the message.
    [
      "I had chest pain last year, all the tests were clear. But it's back tonight, crushing",
      'chest-pain',
      'emergency',
    ],
    // Someone else, happening now, is still an emergency for them.
    ['my mum fainted earlier and shes been complaining of cramps all week', 'fainting', 'emergency'],
    ['cant swallow nothin since this arvo', 'breathing-swallowing', 'emergency'],
    ['my thighs are really painful and my water has gone very dark, like tea', 'statin-muscle', 'today'],
    [
      'im 68, smoke, and my calves cramp when i walk uphill but it goes off when i stop and rest',
      'walking-leg-pain',
      'soon',
    ],
  ])('"%s" raises %s at %s', (text, id, level) => {
    const found = kb.screenRedFlags(text).find((w) => w.id === id);
    expect(found?.level).toBe(level);
  });

  it.each([
    'no chest pain, just a twitchy eyelid',
    'no chest pain or shortness of breath',
    'my leg isnt hot or swollen, it just cramps at night',
    'hands dont lock up, they just cramp after writing',
    'never fainted',
    'only when ive had loads of coffee',
    'i know where i am, just tired',
    'my legs feel weak after the gym',
    'i dont think its a stroke, face and arms are fine',
    'the tightness in my chest turned out to be anxiety, now my arm twitches',
    'the chest pain i had last year was heartburn per the doc',
    'heart stuff ruled out, just twitchy',
    'fainted once at a concert years ago, totally fine since',
    'my grandad had a stroke years ago',
    'my boss nearly gave me a heart attack with that deadline',
    'this commute is killing me, my calves cramp',
    'my sister has afib, not me',
    'what if someone took a bit too much vitamin d',
    'my cat had a seizure last week',
    'passed out? no. passed my exams? yes!',
    'zero palpitations, zero dizziness',
    'does calcium help blood clot',
    'my jaw hit the floor at the price of vitamin d drops',
    'poison ivy vs poison oak, how do i tell them apart',
    'my tent keeps collapsing in the wind',
    'the numb lip was from the dental injection yesterday and its worn off now',
    'my neighbour went into hospital with a stroke last month',
    'ECG normal, heart rhythm fine per the cardiologist',
    'what foods have potassium',
    // "odd" is not "od'd" (overdosed).
    'no numbness, just the odd twitch in my bicep',
    'my gp isnt answering the phone, is magnesium ok',
    'calcium for a 13yo who wont touch milk',
    'if my potassium ever came back at 6.5 would that be an emergency? mine was 4.2 last week',
    'I almost blacked out from boredom in that lecture',
    "friend's baby had a febrile fit last week and is fine now",
    'my heart was racing during the 5k parkrun, it settled straight after',
    'the swelling in my calf went down after the physio said it was a torn muscle',
    'the numb lip was from the dental injection yesterday and its worn off now',
    'my lips only tingled from the sichuan peppercorns at dinner',
    'can too much potassium from supps mess with my heart tbh',
    'Heartbeat is regular, I checked my pulse: 68. Just muscle twitching in my thumb since this morning.',
    'the sermon went on so long my leg went dead',
    'laughed so hard i couldnt breathe at the comedy gig',
    'the new boss gives me palpitations lol',
    'the print on my receipt is so faint i cant claim my expenses',
    'calcium citrate vs carbonate wich 1 needs food',
    'balance K + H2O equation for my chem homework',
    'paralysed with boredom in this meeting and my thigh keeps twitching',
    'fainted once at 15 giving blood, nothing since, just get night cramps',
    'she took her pills this morning',
    'on iron tablets, so my poo is black, my doctor knows',
    // Figures of speech, dreams, films, questions about a condition, explained or past signs.
    'seizure salad lol autocorrect, caesar. is the dressing high in calcium',
    'heart attack on a plate: full english',
    'blacked out my bedroom windows for day sleep',
    'stroke rate was 32 on the rower',
    'overdosed on christmas chocolate lol',
    'ate a whole bag of beetroot yesterday',
    'had too much coffee yesterday and my eye twitches',
    'i had a double espresso and my eyelid twitches',
    'dreamt i was having a heart attack lol, woke up with a massive calf cramp',
    'would a heart attack give you cramps in your legs? just curious',
    'can low magnesium cause seizures',
    'had a mini stroke back in 2016, all fine since',
    'my mate reckons twitching means a stroke is coming',
    'jaw stiff? nah. any cuts? nah.',
    'worst headache ever? no, just a dull one from screens',
    'doctor said the black poo was from the pepto bismol',
    'poo went black after i started ferrous sulfate, pharmacist said thats normal with iron',
    'was in a&e last month for palpitations, all tests normal',
    "i'm a bit confused about which vitamin d to buy",
    'im confused, should i take d2 or d3',
    "can't go on holiday without my magnesium",
    'i was suicidal years ago but im in a really good place now',
    'had food poisoning last week, which foods have potassium',
    'the muscles havent got thinner, i measured them',
    // A dose with its unit is an amount to ask about, not a count of pills taken.
    'can i take 10000 iu of vitamin d a day?',
    'i take 5,000 iu vitamin d daily, is that ok',
    'is it ok to take 400 mg of magnesium tablets',
    // Questions about a condition, stories, names and hypotheticals; a domain word ending in "in".
    'what are the early signs of a heart attack in women',
    'what does carpopedal spasm mean, its in my revision notes',
    'if i ever fainted after a workout, would low potassium explain it',
    'the overdose episode of that show made me cry',
    'our pub quiz team is called The Blood Clots',
    'police seizure of the van delayed my delivery of supplements',
    "my aunt's neighbour died of a stroke, so i'm checking my salt",
    'my old job used to give me chest pains, i quit and feel great',
    'football 2 hours a day and i get cramps at the end of training',
    'on a statin for 3 years, any foods to avoid',
    'is a seizure caused by low sodium? asking for a quiz',
    'can you overdose on potassium from bananas?',
    'had a heart attack scare ages ago, turned out to be a migraine',
    'dreamt i had a stroke last night, weird',
    'my wee is dark yellow when i wake up',
    'i carry an epipen for peanuts, which nuts are safe for magnesium',
    'my sister told me about patients getting tetany on her ward',
    'writing a story where a character has a stroke, what would she eat',
    'the dentist numbed my lip and im slurring a bit, when can i eat',
    'choking on the price of vitamin d drops',
    'gonna pass out if i see one more banana',
    'heart was pounding from the horror film, which foods have magnesium',
    'took a handful of almonds for the magnesium',
    // Tingling from breathing fast is no tetany; hands locking into claws is (above).
    'my hands tingle when i hyperventilate',
    'watched a film where a man had a stroke',
    'i watched a film and my mate said he had chest pain once',
    // Someone else's result last week, with a decimal point in it.
    "my grandad's potassium was 6.5 in hospital last week",
    "my dad had chest pain last month, he's fine now and I have cramps",
    "arm went dead from sleeping on it and i can't lift it for a minute",
    'i wet myself laughing at the party',
    'pregnant and i wet myself when i sneeze, is that normal',
    // Breathless from hard exercise, a figure of speech after the dialect rewrite, a "what would happen".
    'breathless after climbing 5 flights of stairs, is that normal for an unfit person',
    'short of breath after a run',
    'the new boss gives me heart palpitations lol',
    'if i took too much vitamin d would i get sick?',
    "my heart races when i'm sprinting",
    'my heart rate was 160 when i was sprinting',
    // When in a match a cramp comes, not how long it lasts.
    'sunday league footy, always cramp in the last 20 mins. lads say eat a banana before',
    'cramp every 15 mins at night',
    'i keep tripping over my feet when im drunk lol',
    'my legs feel weak after leg day',
    'Watched a film last night where a woman collapses from low potassium. Is that realistic?',
    "I'm a paramedic student revising tetany and hypocalcaemia for my exam",
    'Our sofa cushions have collapsed and gave me backache lol',
    "I'm choking down spinach every day for magnesium",
    'Heat stroke is what my tomato plants got this summer',
    "'Chest Pain' is the name of my band lol",
    "teacher said he had a 'meltdown seizure' over homework, he was just upset",
    'My heart is racing to get this marathon plan finished before race day haha',
    'My diet totally collapsed over Christmas and I was dead on my feet at work',
    'had a fit once years ago, never again',
    'I fainted once at 16 giving blood and never again. Now 34, vegan',
    'numb toes, worse at night',
    'tingling in my hands getting better since i started b12',
    'pins and needles in my fingers when I hyperventilate in a panic',
    // An amount of food, not a blood result.
    'potassium in 2 medium potatoes',
    'how much potassium in 3 large bananas',
    // Work, training, fiction and other people's pasts.
    'Paramedic here, had two chest pain jobs and a stroke call on nights, now my calves are cramping',
    'I work on a stroke ward and barely see daylight',
    "My son's school did a first aid session on seizures and now he's worried",
    'the ending of that film had my heart pounding lol',
    'breathless from laughing at my kids lol',
    'Swallowing tablets has always been hard for me, are there liquid ones',
    'Watching a show and a patient had potassium of 7',
    'Writing a crime novel where someone is killed with a potassium overdose',
    'Older bloke at work collapsed from the heat last week',
    'my colleague fainted at work last week, gave me a fright',
    'Our dog had a seizure yesterday, the vet says it was low calcium',
    'In a TV show someone had a seizure from low magnesium',
    'is it true low calcium can cause seizures',
    // Checked and found normal, denied in a list, explained.
    'Had chest pains last month and got fully checked at A&E: ECG, bloods and troponin all normal',
    'Had bad palpitations, got a full cardiac workup and the cardiologist gave me the all clear',
    'ECG last week for palpitations, all normal, doctor said they were harmless ectopics',
    'NOT having: chest pain, palpitations, fainting, numbness, weakness.',
    'Pt denies CP, SOB, palpitations. c/o calf cramps',
    'chest pain - no\nshort of breath - no\nfainting - no',
    'Nil CP, nil SOB, nil syncope',
    "Mum has dementia and gets confused, but that's her normal, nothing new",
    'my heart rate hits about 180 when I am sprinting but comes straight back down',
    'whats the difference between a normal cramp and a clot? mine is a normal cramp, no swelling',
    'had a fit years ago, epilepsy all under control now',
    "I'm on digoxin for my heart, which foods have potassium",
    'My father had a heart attack 3 years ago, he wants a potassium supplement',
    'I get calf cramps when I run, stretching helps',
  ])('"%s" raises nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ['no cramps, just chest pain', 'chest-pain'],
    ['no fever, I have chest pain', 'chest-pain'],
    ['no, just chest pain since this morning', 'chest-pain'],
    ['not tired, my chest feels tight', 'chest-pain'],
    ['no cramps only chest pain', 'chest-pain'],
  ])('a denial ends where a new statement starts: "%s" raises %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each(['no fever, cough or chest pain', 'no, no chest pain', 'no cramps, no chest pain', 'I dont have chest pain'])(
    'a denial still reaches a list: "%s" raises nothing',
    (text) => {
      expect(ids(text)).toEqual([]);
    },
  );

  it('uncertainty is not a denial, and "but" ends a denial', () => {
    expect(ids('not sure if this is chest pain')).toContain('chest-pain');
    expect(ids('no fever but I can’t breathe properly')).toContain('breathing-swallowing');
  });
});

describe('more wordings of warning signs, and more ways of not meaning one', () => {
  it.each([
    // Heat stroke: sweating has stopped, with a pounding head, hot dry skin or muddled thinking.
    ["my skin is bone dry and I've stopped sweating completely, pounding headache", 'heat-stroke', 'emergency'],
    ['its 45 out here n i stopped sweatin, all confuzzled', 'heat-stroke', 'emergency'],
    ["i'm not sweating at all even tho its roasting, head pounding", 'heat-stroke', 'emergency'],
    // Weakness or numbness climbing the body, or shooting up both legs.
    ["the weakness started in my toes and it's spreading up towards my belly", 'rapid-weakness', 'emergency'],
    ['the tingling has shot up both legs in the last hour', 'rapid-weakness', 'emergency'],
    [
      "my legs have been getting weaker since Sunday and today I can't walk up the stairs at all",
      'rapid-weakness',
      'emergency',
    ],
    ['numb from the waist down since this morning', 'rapid-weakness', 'emergency'],
    // An irregular or slow heartbeat with marked weakness.
    ['my pulse is all over the place and I can hardly lift my arms', 'heartbeat-with-weakness', 'emergency'],
    ['my heart keeps skipping and my legs keep giving way under me', 'heartbeat-with-weakness', 'emergency'],
    ['my heartbeat is slow and my legs feel like lead', 'heartbeat-with-weakness', 'emergency'],
    ['on furosemide and my heart is doing flip flops and I can barely stand', 'heartbeat-with-weakness', 'emergency'],
    ["heart fluttering and I'm so weak I can't stand", 'heartbeat-with-weakness', 'emergency'],
    // Alcohol withdrawal told drinking first.
    [
      "he's been drinking a bottle of vodka a day and quit on Friday, now he's seeing bugs on the ceiling",
      'alcohol-withdrawal',
      'emergency',
    ],
    // Not knowing who they or others are.
    ["dad doesn't know who he is tonight", 'confusion', 'emergency'],
    ["she doesn't know who I am", 'confusion', 'emergency'],
    ["my mum can't tell me what day it is", 'stroke-signs', 'emergency'],
    // Thoughts of suicide with a word between.
    ["i don't even want to be here anymore", 'suicidal-thoughts', 'emergency'],
    ['keep thinking about just crashing my car into a wall', 'suicidal-thoughts', 'emergency'],
    ['keep thinking about just ending it', 'suicidal-thoughts', 'emergency'],
    ["I've been thinking it would be easier if I just didn't exist", 'suicidal-thoughts', 'emergency'],
    // A sagging face; words "coming out rong"; fainting typed as "feinted".
    ['my mouth has gone saggy on one side', 'stroke-signs', 'emergency'],
    ['his words are coming out rong', 'stroke-signs', 'emergency'],
    ['i nearly feinted in the shower', 'fainting', 'emergency'],
  ])('"%s" raises %s at %s', (text, id, level) => {
    const found = kb.screenRedFlags(text).find((w) => w.id === id);
    expect(found?.level).toBe(level);
  });

  it.each([
    // Patients on a ward, characters in a drama, someone else's results, a child's question, a poster.
    'A&E nurse: three patients with chest pain on shift today, how much vitamin D should I take?',
    "watching a hospital drama where the patient's hands clawed up, how much calcium is in cheese?",
    "someone's potassium was 6.8 on the news, is a banana a day fine?",
    'my daughter asked what a seizure is, and whether magnesium helps muscles',
    'putting together a leaflet for the club on the warning signs of heat stroke, how much sodium is in a sports drink?',
    // Work and teaching; a list learnt for an exam; a decimal point does not end the drama's clause.
    "I work in A&E, we get loads of chest pains every night. What's a good snack for night shifts?",
    'I teach first aid and we cover seizures and strokes, does magnesium help cramps?',
    "I'm revising the symptoms of hypokalaemia for my exam: weakness, cramps, palpitations. Which foods are high in potassium?",
    'in the episode her calcium was 1.6 and she had a seizure',
    // Past and well now.
    "my mum had a stroke two years ago and she's doing brilliantly now, can she take vitamin D?",
    // Figures of speech: hyperbole with a laugh, a price, a machine.
    "leg day destroyed me, I'm literally paralysed lmao. magnesium or protein?",
    'I nearly fainted when I saw the price of these tablets',
    "my laptop fan sounds like it's having a seizure",
    'my phone is having a fit again',
    // A denial of thoughts of self-harm.
    "I've never had any thoughts of harming myself, I'm just exhausted",
    // A night cramp that wakes someone at a time, now and then.
    'a calf cramp wakes me at 3am a couple of times a week, is magnesium worth it?',
    // Stopping coffee is not alcohol withdrawal.
    'I stopped drinking coffee and feel a bit confused about which magnesium to take',
    "I'd feel better if I didn't exist on junk food",
    'after the epidural I was numb from the waist down for hours',
    "I can't tell you what day it is, my diary is at home",
    // A feint in sport.
    'i feinted left and scored',
  ])('"%s" raises nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ["I'm not having any thoughts of hurting myself but I want to die", 'suicidal-thoughts'],
    ['As a nurse I see patients with chest pain but tonight I have crushing chest pain myself', 'chest-pain'],
    ["my dad had a stroke years ago and he's doing great now but today his face is drooping again", 'stroke-signs'],
    ['I nearly fainted when I saw the price, and now I have chest pain', 'chest-pain'],
    ["my baby is jerking like he's having a fit", 'seizure'],
    ["I'm suddenly paralysed from the waist down", 'rapid-weakness'],
    ["cramp woke me at 4am and it's still rock hard now", 'long-cramp'],
    ['we watched a film where a man collapsed, and now my husband has collapsed too', 'fainting'],
    ["my son asked what a stroke is and now grandpa's face is drooping", 'stroke-signs'],
    ['been drinking heavily, stopped yesterday, now seeing spiders on the ceiling', 'alcohol-withdrawal'],
    ['I teach first aid and today I had a seizure myself', 'seizure'],
    ['we get loads of chest pains at work and now I have chest pain too', 'chest-pain'],
    ['I was revising the symptoms of a stroke: and now my face is drooping', 'stroke-signs'],
    ["I'm not sweating at all, no headache, but I feel confused", 'confusion'],
  ])('still warns: "%s" raises %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('seventh round: dev19 wordings', () => {
  it.each([
    // Disorientation told as being "confused about where I am" (here after drinking too much water in a race).
    ["Now I keep vomiting, my head is pounding and I'm really confused about where I am", 'confusion', 'emergency'],
    ["he's confused about who he is", 'confusion', 'emergency'],
    // Weakness that has grown until someone can barely stand.
    ["Over the last week she's got so weak she can barely stand up", 'progressive-weakness', 'today'],
    ["I'm so weak I can't get out of bed", 'progressive-weakness', 'today'],
  ])('"%s" raises %s at %s', (text, id, level) => {
    expect(kb.screenRedFlags(text).find((w) => w.id === id)?.level).toBe(level);
  });

  it.each([
    // Long past and never again; a child's game; someone else's patient who is fine now.
    "I fainted once at a festival back in 2015 from the heat and it's never happened again. What's a good B12 source?",
    "passed out in 2019 after a night out, hasn't happened again since",
    'my son is pretending to be a zombie and collapsing all over the living room lol',
    "I'm a nurse, we had a patient with a clot today who's doing fine now. good vitamin D foods?",
    // A swimming stroke, a two-stroke engine, a chilli too hot to breathe.
    "the stroke I'm working on in swimming is breaststroke haha. but my feet cramp in the pool",
    'my golf stroke is all over the place',
    'does a two-stroke engine need oil',
    "this chilli is so hot I literally can't breathe haha. does chilli have any potassium though",
    // Puzzled about something, not disoriented.
    "I'm confused about whether to take magnesium or calcium",
  ])('"%s" raises nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ["I fainted in 2015 and it's happened again today", 'fainting'],
    ['I had a stroke while swimming', 'stroke-signs'],
    ['ate a curry and now I can’t breathe and my throat is swelling', 'breathing-swallowing'],
    ['my son was pretending to be a zombie. now he has collapsed and won’t wake up', 'fainting'],
  ])('still warns: "%s" raises %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('seventh round: dev20 wordings', () => {
  it.each([
    // An irregular heartbeat told plainly, with weakness; a faint told as waking on the floor.
    [
      'his heart is beating very strange, fast then slow, not regular, and he is too weak to stand up from chair',
      'heartbeat-with-weakness',
      'emergency',
    ],
    ['my heart suddenly went mad, hammering, then next thing I was on the floor', 'fainting', 'emergency'],
    // Stroke signs described, not named.
    [
      'my sentences keep coming out scrambled and my right hand can’t hold my mug properly',
      'stroke-signs',
      'emergency',
    ],
    [
      'my grandad face gone droopy on 1 side n his arm wont stay up, he was fine at brekkie',
      'stroke-signs',
      'emergency',
    ],
    ['I cannot speak the words right and my face on left side feel numb', 'stroke-signs', 'emergency'],
    // Weakness climbing from the feet; hands locked with the fingers pressed together.
    ["It's sort of climbing up from my feet and now I can't lift my arms", 'rapid-weakness', 'emergency'],
    [
      'both my hands have gone stiff with the fingers pressed together and the wrists bent, I can’t undo it',
      'tetany',
      'emergency',
    ],
    // A salt substitute on spironolactone with a slow heartbeat; weedkiller swallowed by mistake.
    [
      'on spironolactone and a salt substitute, my legs feel like jelly and my heartbeat is slow and heavy',
      'potassium-excess',
      'emergency',
    ],
    [
      'drank a big glass of what I thought was water from a bottle in the shed - think it was weedkiller',
      'overdose',
      'emergency',
    ],
    // Heat exhaustion; weakness on a water pill.
    [
      'roofing all day in the heat, now bad cramps, pounding head, sweating buckets and I feel sick and dizzy',
      'heat-exhaustion',
      'today',
    ],
    ['on bendroflumethiazide and for three days my legs have felt heavy and weak', 'diuretic-weakness', 'today'],
    // New weakness with kidney disease or on a low-potassium diet (possible high potassium).
    [
      'my kidney doctor has me on a low potassium diet, had loads of bananas and now my muscles feel weird and weak',
      'kidney-potassium-weakness',
      'today',
    ],
    ['dialysis patient, feel weak all over since yesterday', 'kidney-potassium-weakness', 'today'],
  ])('"%s" raises %s at %s', (text, id, level) => {
    expect(kb.screenRedFlags(text).find((w) => w.id === id)?.level).toBe(level);
  });

  it.each([
    // Exertion that explains itself; a midwife's "that's perfect"; a list of symptoms not had.
    "During my 400 m sprint reps my heart hammers and I'm gasping at the end, then it's back to normal within a couple of minutes",
    "I'm always breathless after the big chorus, haha",
    "Our baby's heart rate on the midwife's doppler was 150 and she said that's perfect",
    'Symptoms I do NOT have: chest pain, breathlessness, fainting, palpitations, face drooping, confusion.',
    // A role in a play, a job, money, big tablets, a word read, a theory question.
    "Nearly died laughing at my son's nativity play - he was a very confused sheep.",
    'Paramedic here. I get chest pain and overdose calls all day',
    'my bank balance is giving me chest pains this month lol',
    "Those huge calcium tablets are so hard to swallow, they're like horse pills",
    "I read the word 'tetany' in an article about calcium. What does it actually mean?",
    'Studying for my nursing finals: at roughly what blood magnesium level do people start getting seizures? Just theory.',
    // Cramps in the heat alone, a water pill with no symptom.
    'playing footy in 35 degree heat and cramping in the second half',
    'I take furosemide, do I need more potassium?',
    // Kidney disease without weakness, weakness denied; the poisonings of a story.
    'I have CKD stage 3, which foods are low in potassium?',
    "I'm on dialysis and not weak at all, just wondering about magnesium",
    'all the poisoning in Game of Thrones got me wondering: can you overdose on b12 from food?',
  ])('"%s" raises nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ['the chest pain was fine at first but now it is crushing', 'chest-pain'],
    ['running is giving me chest pains', 'chest-pain'],
    ['I can’t swallow, my throat is closing', 'breathing-swallowing'],
    ["she's very confused and doesn't know where she is", 'confusion'],
  ])('still warns: "%s" raises %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('where a statement starts and ends', () => {
  it('a denial after a sign belongs to what follows it', () => {
    expect(ids('crushing chest pain, no fever though')).toContain('chest-pain');
  });

  it('history told in an earlier statement does not reach a sign told now', () => {
    expect(ids('my grandad had a stroke in 1998, my face is drooping on one side')).toContain('stroke-signs');
  });

  it('"it\'s back" brings back only what it follows', () => {
    expect(ids('the cramps are back. my dad had a stroke in 2019')).toEqual([]);
    expect(ids("it's back. my dad had a stroke in 2019")).toEqual([]);
  });

  it('an explanation from before does not explain away what is back now', () => {
    expect(ids("chest pain, doc said it was just anxiety last time but it's back")).toContain('chest-pain');
  });

  it('a symptom told after "fine" earlier in the message is still current', () => {
    const text = 'fine all week, then my calves started cramping';
    const start = text.indexOf('cramping');
    expect(toldAsCurrent(text, start, start + 'cramping'.length)).toBe(true);
  });
});

describe("the signs' expressions", () => {
  it('never match an empty string (the screen steps past empty matches only as a guard)', () => {
    const expressions = kb.data.triage.signs.flatMap((s) => [
      ...(s.patterns ?? []),
      ...(s.near ?? []).flatMap((n) => [...n.a, ...n.b]),
    ]);
    expect(expressions.length).toBeGreaterThan(100);
    expect(expressions.filter((e) => new RegExp(e).test(''))).toEqual([]);
  });
});

describe('words near each other', () => {
  // One sign whose only rule is two made-up words within 10 characters, so the distances are exact.
  const model = kb.data.triage;
  const sign = {
    ...model.signs.find((s) => s.near?.length)!,
    patterns: [],
    near: [{ a: ['alpha'], b: ['omega'], within: 10 }],
  };
  // Built for each test, so that a mutation test run (modules shared between files) builds it per mutant.
  let screen: WarningScreen;
  beforeEach(() => {
    screen = new WarningScreen({ ...model, signs: [sign] });
  });
  const fires = (text: string) => screen.screen(text).some((w) => w.id === sign.id);

  it('fire when the gap is at most the limit, in either order', () => {
    expect(fires('alpha 12345678 omega')).toBe(true);
    expect(fires('omega 12345678 alpha')).toBe(true);
  });

  it('overlapping words are close enough', () => {
    const overlapping = new WarningScreen({
      ...model,
      signs: [{ ...sign, near: [{ a: ['alpha beta'], b: ['beta'], within: 0 }] }],
    });
    expect(overlapping.screen('alpha beta').map((w) => w.id)).toEqual([sign.id]);
  });

  it('do not fire past the limit', () => {
    expect(fires('alpha 123456789 omega')).toBe(false);
    expect(fires('omega 123456789 alpha')).toBe(false);
  });

  it('a denial of the first word denies the pair, whichever word comes first', () => {
    const wide = new WarningScreen({
      ...model,
      signs: [{ ...sign, near: [{ a: ['alpha'], b: ['omega'], within: 60 }] }],
    });
    expect(wide.screen('no omega one two three four five alpha').map((w) => w.id)).toEqual([]);
    expect(wide.screen('no alpha one two three four five omega').map((w) => w.id)).toEqual([]);
    expect(wide.screen('omega one two three four five alpha').map((w) => w.id)).toEqual([sign.id]);
  });
});

describe('blood results', () => {
  it.each([
    ['my blood test says potassium 2.9', 'today'],
    ['k came back 2.3 mmol/l', 'emergency'],
    ['vit d 9 ng/ml', 'soon'],
    ['b12 level 180', 'soon'],
    ['calcium 1.8 mmol/L', 'today'],
    // Without a unit, 1.1 is a very low mg/dL magnesium (the cautious reading), not a high mmol/L one.
    ['magnesium came back 1.1', 'today'],
  ])('"%s" is outside the range at %s', (text, level) => {
    expect(kb.screenRedFlags(text)[0]?.level).toBe(level);
    expect(kb.screenRedFlags(text)[0]?.label).toMatch(/usual adult range/);
  });

  it('reads a misspelt name again with the decimal point kept ("potasium came back 6.8")', () => {
    const [warning] = kb.screenRedFlags('potasium came back 6.8 on my bloods wat do i do');
    expect(warning?.level).toBe('emergency');
    expect(warning?.label).toMatch(/6\.8 mmol\/L/);
  });

  it('gives the usual range in the unit the person used', () => {
    expect(kb.screenRedFlags('magnesium 0.55 mmol/L')[0]?.label).toMatch(
      /0\.55 mmol\/L, below the usual adult range of 0\.7–0\.9 mmol\/L/,
    );
    expect(kb.screenRedFlags('vit d 20 nmol/l')[0]?.label).toMatch(/range of 50–125 nmol\/L/);
  });

  it('reads results in range, and never doses or counts', () => {
    expect(kb.screenRedFlags('my potassium was 4.2')).toEqual([]);
    expect(kb.labFindings('my potassium was 4.2')[0]?.direction).toBe('normal');
    expect(kb.labFindings('I take magnesium 400 mg a day')).toEqual([]);
    expect(kb.labFindings('vitamin d 2000 iu daily')).toEqual([]);
    expect(kb.labFindings('potassium for 3 weeks')).toEqual([]);
  });
});

describe('blood results: a lost decimal point, and a newer result', () => {
  it('reads an impossible whole number quoted as a result with its decimal point back, and says so', () => {
    const [warning] = kb.screenRedFlags('potasium came back as 29 (mmol/L i think)?? is that bad');
    expect(warning?.id).toBe('lab-potassium-low');
    expect(warning?.level).toBe('today');
    expect(warning?.label).toMatch(/I read "29" as 2\.9: please check the decimal point/);
    expect(kb.labFindings('my calcium level came back 95 mg/dl')[0]?.value).toBe(9.5);
  });

  it('never reads an age, a count or a possible value that way', () => {
    for (const text of [
      'how many glasses of milk to get my calcium, im 30',
      'how many almonds to hit my magnesium (F, 33)',
      'my 3 year old ate a bunch of my magnesium gummies, maybe 15 of them',
      'I should like to know how much calcium a lady of 80 requires',
    ])
      expect(kb.labFindings(text), text).toEqual([]);
    expect(kb.labFindings('vitamin d level came back 29 ng/ml')[0]?.value).toBe(29);
    expect(kb.labFindings('potassium result 350')).toEqual([]);
  });

  it('reads a newer result in place of an older one, named or not', () => {
    const treated =
      'Blood test two weeks ago showed potassium 2.9 and my GP gave me tablets; the repeat yesterday was 4.1 and she is happy';
    expect(kb.screenRedFlags(treated)).toEqual([]);
    expect(kb.labFindings(treated).map((f) => f.value)).toEqual([4.1]);
    expect(ids('potassium was 4.0 last month, the repeat today was 2.6')).toEqual(['lab-potassium-low']);
    expect(ids('potassium 2.9 two weeks ago, repeat potassium yesterday 4.2')).toEqual([]);
    // A repeat still to come changes nothing.
    expect(ids('potassium 6.8, repeat booked for next week')).toEqual(['lab-potassium-high']);
    expect(ids('potassium 6.8, repeat in 2 days')).toEqual(['lab-potassium-high']);
  });
});

describe('eighth round: dev21 wordings', () => {
  it.each([
    ["Sudden dysphagia since this morning and I'm having to spit my saliva out", 'breathing-swallowing', 'emergency'],
    ['my watch says 36 bpm all afternoon and I feel dizzy and foggy', 'fainting', 'emergency'],
    [
      'The twitching has spread from my calf to both arms and my tongue, and now the muscle at my thumb looks hollow',
      'progressive-weakness',
      'today',
    ],
    ['Woke up with severe muscle weakness, can barely stand', 'progressive-weakness', 'today'],
    ["ma wee boy's swallied a load o ma vitamin d gummies, mibbe 20, he's 3", 'overdose', 'emergency'],
    [
      'pain in all muscles after he start new cholesterol medicine, his urine is colour like coffee',
      'statin-muscle',
      'today',
    ],
  ])('"%s" raises %s at %s', (text, id, level) => {
    expect(kb.screenRedFlags(text).find((w) => w.id === id)?.level).toBe(level);
  });

  it.each([
    'I went to A&E last week with chest pain — ECG, bloods, troponin all normal, told it was muscular. Would magnesium help?',
    "Hypothetically, if a toddler swallowed a vitamin D tablet, what should staff do? I'm writing our nursery's medicines policy.",
    "I don't feel faint or dizzy and the palpitations stopped a month ago once I cut out energy drinks.",
    'That spin class literally took my breath away, I was gasping by the end. Is a banana good after?',
    "Our book club is reading a thriller called 'Heatstroke' and I'm doing the snacks.",
    "'Heart Attack' by Demi Lovato is my kitchen anthem. Dairy-free calcium smoothie?",
    'I work as a stroke rehab physio. A colleague asked me for good B12 foods.',
    // Vomiting is not a swallowing emergency (it is told with its own signs).
    'even sips of water come straight back up',
  ])('"%s" raises no emergency', (text) => {
    expect(kb.screenRedFlags(text).filter((w) => w.level === 'emergency')).toEqual([]);
  });

  it('still warns when the what-if is about now, or the story is beside a sign told now', () => {
    expect(ids('hypothetically my chest is crushing right now, is it my heart')).toContain('chest-pain');
    expect(ids("reading a thriller called 'Heatstroke' and my chest is crushing now")).toContain('chest-pain');
  });
});

describe('ninth round: dev22 wordings (precision)', () => {
  it.each([
    "Teaching Year 9 biology, the lesson title is literally 'why your heart stops if your electrolytes go wrong'",
    'keep dying to poison swamps in Elden Ring, my hands cramp a bit after a 6 hour session',
    "Got that song stuck in my head, 'my heart's on fire and I can't breathe without you'. Does omeprazole affect magnesium?",
    'Woke at 4am with my calf in a knot, stretched it and it went within a minute. First time it has ever happened.',
    "After four lengths I'm gasping and my heart's pounding but I'm fine a minute later.",
    "this meeting is so boring I'm about to pass out, what's the B12 recommendation?",
    'the Sichuan peppercorns always make my lips go numb and tingly for a bit',
    "A lad told me he was 'having a heart attack' to get out of cross-country",
    'Can low calcium cause seizures? Just curious after a documentary last night.',
    'I have not had any fainting, slurred speech, weakness on one side or chest pain. My only symptom is my eyelid twitching.',
    'Calf swelled up after a long flight so I went to urgent care, the scan ruled out a clot and it was a pulled muscle.',
    'I had palpitations for a week when I was overdoing pre-workout. Stopped it, they vanished, GP did an ECG and it was normal.',
  ])('"%s" raises nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ["he said 'my chest is crushing' and went grey", 'chest-pain'],
    ["my mum's 'funny turn' today, she collapsed", 'fainting'],
    ['woke me at 4am with a cramp that is still rock hard now, hours later', 'long-cramp'],
    ["the palpitations stopped for a bit but then they're back tonight with dizziness", 'fainting'],
    ['they have not ruled out a clot, my calf is red, hot and swollen', 'clot-signs'],
    ['can low calcium cause seizures? mine started an hour ago', 'seizure'],
    // A red flag that went away soon after, with nothing to show it was checked, still gets its advice.
    ['crushing chest pain this morning, it went away after ten minutes', 'chest-pain'],
    ["chest pain but I'm fine a minute later", 'chest-pain'],
  ])('still warns: "%s" raises %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('tenth round: dev23 wordings', () => {
  it.each([
    'heart was pounding at the end of my 400m sprint but settled in a couple of minutes, all normal.',
    'Doctor checked my calf for a clot last week, scan was clear, just a strain.',
    'I always pass out with needles, did again at my blood test lol.',
    "the hospital drama I'm watching had a patient with potassium of 7 - what would actually happen?",
    "gym coach said I might pass out doing keto without electrolytes. I'm fine so far",
    "Grandad had a stroke back in '98, does that mean I should be eating more potassium?",
    "engine seized on the M6 and I'm stuck at the services for hours, best snack with potassium?",
    "it'd be easier if I didn't wake up so early for work, is that low vitamin D?",
  ])('"%s" raises nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ["sometimes I think it'd be easier if I just didn't wake up tbh", 'suicidal-thoughts'],
    ["since Monday it's climbed up to my knees and my hands have started going too", 'rapid-weakness'],
    ['the numbness has crept up past my knees', 'rapid-weakness'],
    // Exercise explains a racing heart only during it, and one that settles soon after.
    ['my heart was pounding for an hour after my run', 'irregular-heartbeat'],
    ['heart pounding at the end of my run and it has not settled since', 'irregular-heartbeat'],
    ['I feel like I might pass out', 'fainting'],
    ['I passed out at the sight of my own chest pain', 'chest-pain'],
    ['my cramps locked up for hours', 'long-cramp'],
    ['they checked for a clot last week but now my calf is hot, red and swollen again', 'clot-signs'],
  ])('still warns: "%s" raises %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('eleventh round: dev24 wordings (precision)', () => {
  it.each([
    'heart was pounding out of my chest at spin (zone 5, instructor was brutal as always)',
    "my heart races when I run but that's normal for me, otherwise I'm fine",
    "I'm a paramedic, had three chest pains and a seizure on shift last night. Now I'm knackered",
    'did my first aid refresher today, practised CPR on the dummy and the recovery position after a seizure',
    'Our St John course today covered choking, anaphylaxis and heart attacks, I am the office first aider',
    'my dog collapsed in a heap on the sofa after the beach, absolutely spent bless her',
    'I had one seizure at 19 with a high fever, never again in 20 years',
    'my potassium was 2.9 in hospital back in March, my rechecks have all been around 4.2 since',
    "accidentally took my vitamin D twice this morning (2 x 1000 IU), rang the pharmacist and she said that's totally fine",
    'took two of my B12 tablets by mistake, pharmacist said no harm at all',
    'hit 190 bpm on the erg in my 2k test and felt like I was going to die, which is standard for a 2k',
    'in Call the Midwife a baby had rickets. does that still happen? how much vitamin D do babies need?',
    'my 6yo keeps belting out I am Still Standing then collapsing dramatically on the carpet at the end lol',
    "learning front crawl and my coach says my stroke's getting better",
    'my sourdough starter has collapsed again, wrong flour I reckon',
    'pick your poison: almond milk or soya milk for calcium?',
    'dead serious question, are Brazil nuts good for magnesium?',
    'toddler threw a fit because I hid spinach in his pasta',
    "I'm a faint-hearted cook, what's the easiest way to get vitamin D from food?",
  ])('"%s" raises nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ["she's not really drinking, no wet nappy since last night and she's very sleepy and floppy", 'child-very-unwell'],
    [
      "numb feet for months, now i'm falling over and since last week i can't always hold my wee",
      'worsening-nerve-symptoms',
    ],
    ["I've had three seizures, what should I do", 'seizure'],
    ["my daughter had one seizure, she's 3", 'seizure'],
    ['we covered heart attacks on the course and now I have chest pain', 'chest-pain'],
    ["took 30 of my vitamin D tablets, pharmacist said it's fine but now I'm vomiting", 'overdose'],
    ['my potassium was 6.4 on bloods today and the GP said go to A&E but i feel fine', 'lab-potassium-high'],
    ['my heart races when I run and I nearly fainted', 'fainting'],
    ['my toddler had a fit and now he is floppy', 'seizure'],
  ])('still warns: "%s" raises %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('twelfth round: dev25 wordings (recall in plain words)', () => {
  it.each([
    ['a calcium tablet got stuck halfway down. Now nothing will go down, not even my own spit', 'breathing-swallowing'],
    [
      "My son went down on the pitch today, he'd said his heart was 'going mental' just before. He came round quickly and says he's fine now.",
      'fainting',
    ],
    [
      "My watch says my heart rate's 38 and it's been in the 30s all evening. I feel washed out and a bit dizzy.",
      'fainting',
    ],
    ['pulse is like 180 ive been sat down 40 mins n it wont slow, feel dizy n sick', 'fainting'],
    ['a colleague dropped to the floor and was thrashing about with froth at his mouth', 'seizure'],
    ['my sis started shakin all over on the floor n foamin, eyes rolled bak, now she wont answer proper', 'seizure'],
    ['hart goin mad then evrythin went blak n i woke up on the flor, 2nd time 2day', 'fainting'],
    ['my heart has been going fast and uneven for hours and I feel like I am about to go down', 'fainting'],
    ["yesterday my legs went weak, and today I can't get up the stairs", 'rapid-weakness'],
    ["I'm so weak I can hardly hold the phone to type this", 'rapid-weakness'],
    ['Each day this week she has found it harder to get out of her chair', 'progressive-weakness'],
    ['my thighs have shrunk so much in 3 weeks my jeans hang off me', 'muscle-wasting'],
    ['Found my 2 year old with my vitamin D bottle open, about six gone I think', 'overdose'],
    ["my toddler got the lid off my husband's potassium tablets, a few are missing", 'overdose'],
    [
      'ten of the 50k vitamin D caps a day for two weeks. Now I am throwing up and thirsty all the time',
      'vitamin-d-excess',
    ],
    ["I won't be around much longer anyway. I've been giving my stuff away", 'suicidal-thoughts'],
    ["everyone would be better off if I just didn't wake up", 'suicidal-thoughts'],
    ["I've been saving up my mum's sleeping tablets", 'suicidal-thoughts'],
    ['Some nights I sit in the car with the engine running in the closed garage', 'suicidal-thoughts'],
    ['I have been looking up how many of my tablets it would take', 'suicidal-thoughts'],
    ['baby is 7 weeks, the soft spot on his head looks sunken and he will not take the bottle', 'child-very-unwell'],
    [
      "my toddler is droopy, not holding his head up, and he's refused all food and milk, barely a wet nappy",
      'child-very-unwell',
    ],
    ["my baby hasn't fed since this morning and is very sleepy", 'child-very-unwell'],
    ["ma wee boy's went aw floppy an he'll no wake up right", 'rapid-weakness'],
    ['me nans face has gone all droopy one side n shes talkin gibberish, she was fine 20 mins ago', 'stroke-signs'],
    ['my calfs massiv n red n burnin hot since the plane', 'clot-signs'],
    ['legz r proper mashed cant even walk, piss is like coke colour after leg day', 'statin-muscle'],
  ])('"%s" raises %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    'Went to A&E last month with a tight chest. ECG, bloods and a scan all clear, it was a pulled muscle.',
    'My hands cramped into a claw once during a panic attack when I was breathing too fast, years ago',
    'My toddler got hold of my vitamin bottle but the seal was still intact and I counted them, none missing.',
    'My son was floppy and dried out with a tummy bug when he was 1. He is 8 now and fit as a fiddle.',
    "I'm a nurse, we had a patient with a clot today who's doing fine now",
    "I'm a pharmacist and sent a customer with a potassium of 6.2 to A&E today (she's fine now)",
    "friend's baby had a febrile fit last week and is fine now",
  ])('"%s" raises nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('a result asked about with "all ok?"', () => {
  it.each([
    ['potassium 6.8 mmol/L. All ok?', 'lab-potassium-high'],
    ['potassium 6.8 mmol/L. fine?', 'lab-potassium-high'],
    ['potassium 6.8 mmol/L, all ok?', 'lab-potassium-high'],
    ['calcium 3.4 mmol/l. all good?', 'lab-calcium-high'],
  ])('"%s" raises %s: a question is no reassurance', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    ['my calf is red, hot and swollen, can a clot be ruled out?', 'clot-signs'],
    ['chest pain - was it ruled out?', 'chest-pain'],
    ['crushing chest pain, turned out to be heartburn?', 'chest-pain'],
    ['my heart is racing, settled straight after?', 'irregular-heartbeat'],
  ])('"%s" raises %s: an explanation asked about is no explanation', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('still reads a result told as fine, with no question', () => {
    expect(ids('chest pain, all normal on the ECG')).toEqual([]);
    expect(ids('had chest pain last year, ruled out as muscular. what foods have magnesium?')).toEqual([]);
    expect(ids('passed out? no. just tired')).toEqual([]);
  });
});

describe('amounts of food are not blood results', () => {
  it.each([
    'how much potassium in 2 glugs of milk',
    'magnesium in 3 smidgens of zorbleberries',
    'vitamin d in 3 oz salmon',
    'eggs for vitamin d and b12?',
    'calcium in 2 slices of cheese',
    'potassium in 3 tbsp of tomato paste',
  ])('"%s"', (text) => {
    expect(kb.labFindings(text)).toEqual([]);
    expect(ids(text)).toEqual([]);
  });

  it('while a result with its unit, or said as a level, still counts', () => {
    expect(ids('my potassium was 2.9')).toContain('lab-potassium-low');
    expect(ids('vitamin d 12 ng/ml')).toContain('lab-vitamind-low');
  });
});

describe('context given in passing', () => {
  it.each([
    ['cramps for two weeks', 'weeks'],
    ['twitching since yesterday', 'days'],
    ['its been going on a month+', 'weeks'],
    ['since last summer', 'months'],
    ['3 times a day', undefined],
  ])('"%s" lasts %s', (text, duration) => {
    expect(readContext(text).duration).toBe(duration);
  });

  it('reads life stages, and a denial', () => {
    expect(readContext('I’m pregnant and my calves cramp').lifeStages).toContain('pregnant');
    expect(readContext('I’m not pregnant').lifeStages).not.toContain('pregnant');
    expect(readContext('my 8 year old has leg cramps at night')).toMatchObject({
      lifeStages: ['child'],
      timing: 'night',
    });
  });
});

describe('thirteenth round: dev27 wordings', () => {
  it.each([
    // An intensifier between the pulse and how it beats, with dizziness ("woozy").
    ['his pulse is very irregular, slow then skipping, and he says he feels weak and woozy', 'fainting'],
    ['pulse is really irregular and I feel dizzy', 'fainting'],
    // More than one word between "he's" and "floppy"; "can't get him to wake up".
    ["actually he's just gone really floppy on the sofa", 'child-very-unwell'],
    ["I can't get him to wake up properly", 'fainting'],
    ["we couldn't get her to come round", 'fainting'],
  ])('"%s" raises %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    // A toddler's protest is a figure of speech.
    "My 2yo does the full floppy-noodle protest whenever it's time for bath, classic toddler",
    'she goes limp in protest every time we leave the park',
    // Someone else's sign, the word in quotes.
    "Watching Grey's Anatomy and someone had 'tetany' from low calcium. What does that actually mean?",
    // Poison control rang, in the next sentence, and said it was fine.
    'My son swallowed a couple of my calcium tablets last month. We rang poison control, they said it was nothing to worry about and he was fine.',
    // Running, not "the runs".
    'no chest pain, no palpitations, no dizziness. about 2 weeks, mostly after long runs',
  ])('"%s" raises nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('still warns when poison control said to go in, or when the runs keep going', () => {
    expect(
      ids('My son swallowed a couple of my calcium tablets. We rang poison control, they said to go to A&E'),
    ).toContain('overdose');
    expect(ids('had runs for 2 weeks')).toContain('ongoing-fluid-loss');
    expect(ids("I've had the runs for weeks")).toContain('ongoing-fluid-loss');
  });
});

describe('a blood result with what the message says about the sample', () => {
  const more = (text: string) => kb.screenRedFlags(text).find((w) => w.id === 'lab-potassium-high')?.more?.text;

  it('says a haemolysed sample can read potassium falsely high', () => {
    expect(more('potassium 5.2 on my printout. the nurse said the sample might have been haemolysed')).toMatch(
      /falsely high/,
    );
    expect(more('K 5.9, hemolyzed sample')).toMatch(/repeated/);
  });

  it('says nothing of it without the sample mentioned', () => {
    expect(more('potassium 5.2 on my printout, should I worry?')).toBeUndefined();
  });
});

describe('thirteenth round: dev28 wordings', () => {
  it.each([
    [
      'eating magnesium gummies like sweets, and now my heartbeat has gone really slow and I feel floppy and flushed',
      'heartbeat-with-weakness',
    ],
    ["Dad's words aren't coming out right since lunch and he keeps dropping things", 'stroke-signs'],
    ["her speech isn't coming out properly", 'stroke-signs'],
    // Texting shorthand that denies nothing it does not reach.
    ['i dnt know why but chest pain', 'chest-pain'],
    // A story's sentence does not set aside the person's own symptom, nor a face that dropped on its own.
    ['In the film last night my heart started racing', 'irregular-heartbeat'],
    ['my face dropped when I looked in the mirror', 'stroke-signs'],
    // An old check says nothing of a sign told as now.
    ['I have chest pain now, ECG was normal last year', 'chest-pain'],
    ['my legs got weaker and weaker over a month, like my old dog', 'progressive-weakness'],
  ])('"%s" raises %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    "In the book I'm reading, the heroine faints and her heart flutters and the doctor blames low potassium.",
    'Went to A&E with chest pain last month, ECG and bloods were all normal and they said it was a pulled muscle.',
    'My face dropped when I saw my exam results lol. Anyway, does stress drain your magnesium?',
    "Can't breathe a word of this to my mum but I've been skipping breakfast.",
    "My old dog's back legs got weaker and weaker over a year; the vet said it's just his age.",
    'dnt hv chest pain or nethin jus lil twitchy thumb lol',
    "the words aren't coming out right in my essay",
  ])('"%s" raises nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe("blood results: the vitamin D test's name and a supplement's form", () => {
  const found = (text: string) => kb.labFindings(text).map((f) => `${f.typed.value} ${f.direction}`);

  it.each([
    ['Vitamin D (25-OH) came back at 9 ng/mL', ['9 low']],
    ['25-oh d 12 ng/ml', ['12 low']],
    ['25(OH)D level 12 ng/ml', ['12 low']],
    ['vit d 25-oh 30 nmol', ['30 low']],
  ])('"%s" is read as %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each(['Magnesium glycinate works out at about 2.2 a day for me', 'magnesium 2.2 a day'])(
    '"%s" is a dose, not a result',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('one stated dose within the upper limit, taken by mistake', () => {
  it('is no overdose for an adult, one tablet of one nutrient', () => {
    expect(
      ids('Took a whole magnesium tablet by mistake instead of my usual half, so 250 mg instead of 125. I feel fine.'),
    ).toEqual([]);
    expect(ids('took a 1000 IU vitamin D tablet by mistake')).toEqual([]);
  });

  it.each([
    'took 2 magnesium tablets by mistake, 250 mg each',
    'took my 250 mg magnesium tablet twice by mistake',
    'took an extra 250mg magnesium tablet by mistake',
    'my son took my 250 mg magnesium tablet by mistake',
    'took a whole vitamin D tablet by mistake, 10000 IU',
    'I took a 250 mg magnesium tablet by mistake with my digoxin',
    'I accidentally took 20 magnesium pills',
  ])('"%s" is still an overdose', (text) => {
    expect(ids(text)).toContain('overdose');
  });
});

describe('a very fast heartbeat at rest that does not settle', () => {
  it.each([
    "Tachycardia that won't settle: 150 bpm at rest for 40 minutes now",
    "Lying on the sofa and my heart rate's 165, it's been like that for half an hour",
    "heart rate's been sitting around 170 for 20 minutes while I'm just lying on the sofa",
    "my heart is doing 180 at rest and won't slow down",
    'sat on the couch for 2 hours with my pulse at 155',
  ])('is an emergency: %s', (text) => {
    expect(ids(text)).toContain('fast-heart-at-rest');
    expect(kb.screenRedFlags(text)[0]!.level).toBe('emergency');
  });

  it.each([
    'my heart rate was 170 for 30 minutes on my long bike ride',
    'my pulse was 160 for an hour during the half marathon',
    'i was lying in bed and my heart rate hit 150 for a few seconds',
    'resting heart rate is 52 and has been for years',
    'sitting down I took 160 mg of magnesium for 3 weeks',
    'heart rate 155 for a minute after the stairs, then back to normal',
  ])('is not this sign when it is exercise, brief, slow or no heart rate: %s', (text) => {
    expect(ids(text)).not.toContain('fast-heart-at-rest');
  });
});

describe('a very low blood result with a symptom that shows it acting on the body', () => {
  const level = (text: string) => kb.screenRedFlags(text).find((w) => w.id.startsWith('lab-'))?.level;

  it.each([
    'calcium came back 1.6 mmol/L and my hands keep twitching and cramping',
    "discharge note: 'corrected calcium 1.6 mmol/L'. I left early and my fingers keep cramping",
    'Calcium 7.1 mg/dL and my lips are tingly',
    'Magnesium 0.8 mg/dL (L), critical value, my heart has been fluttering all afternoon',
    'serum Mg 0.38 mmol/L and my heart keeps fluttering',
  ])('is an emergency: %s', (text) => {
    expect(level(text)).toBe('emergency');
  });

  it.each([
    ['calcium 1.6 mmol/L, no tingling or cramps at all', 'today'],
    ['calcium 2.0 mmol/L and some cramps', 'soon'],
    ['magnesium 0.4 mmol/L, feel fine', 'today'],
    ['magnesium 0.6 mmol/L with palpitations', 'soon'],
  ])('keeps its own level when the symptom is denied or the result is not that low: %s', (text, expected) => {
    expect(level(text)).toBe(expected);
  });
});

describe('fourteenth round: dev29 wordings', () => {
  it.each([
    ['took about 20 of my magnesium tablets at once because i was upset, feeling drowsy', 'overdose'],
    ['swallowed a whole bottle of pills cos I was so upset', 'overdose'],
    ["i'd rather not be here anymore", 'suicidal-thoughts'],
    ["I've got my pills saved up", 'suicidal-thoughts'],
    ['she has all her sleeping tablets stashed away', 'suicidal-thoughts'],
    ["my wife can't lift her right arm", 'stroke-signs'],
    ['dad cannot raise his left arm since lunch', 'stroke-signs'],
    ['my husband sat down and is confused', 'confusion'],
    ['grandma came home and seems very muddled', 'confusion'],
  ])('warns: %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    ['had chest pain last night, it was just upset after the argument', 'chest-pain'],
    ["I'd rather not be here on Monday, the office is freezing", 'suicidal-thoughts'],
    ['my heart is racing with excitement about the launch', 'irregular-heartbeat'],
    ['my pulse was pounding with sheer joy when I saw the puppy', 'irregular-heartbeat'],
    ["my sister's cat had a seizure yesterday, vet says it's fine", 'seizure'],
    ["our neighbour's old dog collapsed in the garden", 'fainting'],
    ['and is confused about which magnesium to buy', 'confusion'],
  ])('does not warn: %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('a state given as a reason is no benign explanation, but one given as what it was still is', () => {
    expect(ids('took 30 tablets at once because i was upset')).toContain('overdose');
    expect(ids("he's dog tired and collapsed on the floor")).toContain('fainting');
    expect(ids('my heart is racing')).toContain('irregular-heartbeat');
  });
});

describe('fifteenth round: dev30 wordings', () => {
  it.each([
    ["today I can't see properly out of my right eye and my face feels odd", 'sudden-vision-change'],
    ["all of a sudden he couldn't see clearly out of his left eye", 'sudden-vision-change'],
    ['planning on taking all my pills tonight so it stops', 'suicidal-thoughts'],
    ['going to swallow every one of my sleeping tablets so it all ends', 'suicidal-thoughts'],
    ['thinking about taking all of my painkillers in one go', 'suicidal-thoughts'],
    ['my pulse is going at roughly 155', 'irregular-heartbeat'],
    ['heart going at like 150 and I feel awful', 'irregular-heartbeat'],
  ])('warns: %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    ["i can't see properly out of my left eye without my glasses", 'sudden-vision-change'],
    ["I'm going to take all my tablets at breakfast from now on", 'suicidal-thoughts'],
    ['planning on taking all my pills tonight since I forgot them this morning', 'suicidal-thoughts'],
    ['going to take all the magnesium so it stops cramping', 'suicidal-thoughts'],
    // Explained by a clinician, or cleared by checks told after a comma.
    ['GP checked my heart, palpitations were down to coffee. what about magnesium?', 'irregular-heartbeat'],
    ['the fluttering in my chest was all down to anxiety, the GP said', 'irregular-heartbeat'],
    ['went to A&E with chest pain a fortnight ago, they ran bloods and an ECG, all normal', 'chest-pain'],
    // Quoting a leaflet or label, not telling a symptom.
    [
      "my diuretic's leaflet says to get help if you notice palpitations. should I avoid bananas?",
      'irregular-heartbeat',
    ],
    ['the label on my statins lists dark urine and severe muscle pain as side effects', 'statin-muscle'],
    // Figures of speech, someone's old joke, a story.
    ['my pulse was pounding during the cup final, what a match', 'irregular-heartbeat'],
    ['my wife used to joke I gave her chest pains', 'chest-pain'],
    ['my hamstrings seize up when I run, is that like a seizure?', 'seizure'],
    ["I feel like I'm choking on these horse-sized magnesium capsules", 'breathing-swallowing'],
    ["mum says I was a 'floppy baby', I'm 25 now", 'child-very-unwell'],
    ["in the thriller I'm reading they poison someone with arsenic", 'overdose'],
    // A general statement asked to be confirmed.
    ['palpitations are a known side effect of energy drinks, right?', 'irregular-heartbeat'],
  ])('does not warn: %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('still warns when the same words are told as now', () => {
    expect(ids("I'm choking on a tablet, it's stuck")).toContain('breathing-swallowing');
    expect(ids('my palpitations are a side effect of my new tablets')).toContain('irregular-heartbeat');
    expect(ids('she is shaking all over, is that like a seizure?')).toContain('seizure');
    expect(ids('the leaflet says to get help if you have chest pain and I have chest pain')).toContain('chest-pain');
    expect(ids("the leaflet lists palpitations, which I've got now")).toContain('irregular-heartbeat');
    // A leaflet told after the sign does not take it back.
    expect(ids('took 25 of my potassium tablets this afternoon and the leaflet said it helps')).toContain('overdose');
    expect(ids('went to A&E with chest pain yesterday, they did an ECG, all clear, but it is back now')).toContain(
      'chest-pain',
    );
  });
});

describe('sixteenth round: dev31 wordings', () => {
  it.each([
    ['I keep having to stop mid-sentence to get my breath', 'breathing-swallowing'],
    ["can't catch my breath even sitting still", 'breathing-swallowing'],
    ['my heartbeat is all over the place and the room is spinning', 'fainting'],
    ['my poo has gone black like tar and I feel dizzy', 'severe-bleeding'],
    ['feeling faint and woozy, and passing black tarry stools', 'severe-bleeding'],
    ['my toddler found my iron tablets and swallowed some', 'overdose'],
    ['kid (4) found the potassium tablets and ate a few of them', 'overdose'],
    ["the baby hasn't fed properly since yesterday and she feels limp", 'child-very-unwell'],
    ['the GP rang and said I need to go to A&E tonight', 'sent-to-emergency'],
    ['they told me to go to A&E but I feel fine', 'sent-to-emergency'],
  ])('warns: %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    // Everyday near misses of the new wordings.
    ['I had to stop to get my breath halfway up the hill', 'breathing-swallowing'],
    ['I sat down to catch my breath after the run', 'breathing-swallowing'],
    ['the room is spinning when I stand up too fast', 'fainting'],
    ['my poo is black since I started iron tablets, no dizziness at all', 'severe-bleeding'],
    ['my son found his vitamins in the cupboard and ate some toast', 'overdose'],
    ['my daughter found the gummies and had one, as she does every day', 'overdose'],
    ['my son has a limp since football on saturday', 'child-very-unwell'],
    ['my daughter is walking with a limp', 'child-very-unwell'],
    ['the GP said if it gets worse I need to go to A&E', 'sent-to-emergency'],
    ['the nurse said no need to go to A&E', 'sent-to-emergency'],
    ['doctor told me to go to A&E if the pain comes back', 'sent-to-emergency'],
    // A game, a joke in quotes, a word asked about, a figure of speech.
    ['my game character keeps collapsing from low stamina lol', 'fainting'],
    ["the paramedic on the telly said 'he's fitting' - what does that mean?", 'seizure'],
    ["my friend's 'seizure' in the group chat was just her phone vibrating lol", 'seizure'],
    ['passed my exam, nearly fainted from relief', 'fainting'],
    ["this book is so scary I can't breathe", 'breathing-swallowing'],
  ])('does not warn: %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('still warns when the same words are told as now', () => {
    expect(ids('nearly fainted from the pain')).toContain('fainting');
    expect(ids("I'm so scared I can't breathe")).toContain('breathing-swallowing');
    expect(ids("the paramedic said 'he's fitting' and he's still shaking on the floor")).toContain('seizure');
    expect(ids('my son collapsed while playing his video game')).toContain('fainting');
    expect(ids('my baby is limp and not feeding')).toContain('child-very-unwell');
  });

  it('reads "4 my nan" as "for", not as a result of 4', () => {
    expect(ids('n wat bout calcium 4 my nan shes 80')).toEqual([]);
    expect(ids('calcium was 4 my doctor says')).toContain('lab-calcium-low');
    expect(ids('calcium 4 mg/dl my gp rang')).toContain('lab-calcium-low');
  });
});

describe('a journey or a shift in hours is no cramp that lasted hours', () => {
  it.each([
    'just did a 14 hr flight to london and my calves cramped after',
    '12 hour shift on my feet and my legs cramp at night',
    'after a 3 hour drive my calf cramped',
  ])('does not warn: %s', (text) => {
    expect(ids(text)).not.toContain('long-cramp');
  });

  it.each(['2 hours later my calf is still cramping', 'cramp in my calf for 3 hours now, it wont ease'])(
    'still warns: %s',
    (text) => {
      expect(ids(text)).toContain('long-cramp');
    },
  );
});
