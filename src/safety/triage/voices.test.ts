import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alarmAll, category, quietAll, rulesAlarm } from './rule-probes.js';
import { loadTriageSet, type TriageSetName } from '../eval/labelled.js';

// Classes of wording found with v14, a third writer told to vary voices (second-language English, formal
// narratives, texting, Taiwanese forum slang). Each class is probed with sentences written for it, not v14's lines,
// and on the rules alone: the learned complement must not be what makes these pass.

test('a baby’s age told after a noun phrase or without a verb, as in a second language', () => {
  alarmAll(['my baby boy is 5 weeks and have fever 38.4', 'my 7 week son is very hot, thermometer say 38.6', 'grandson just 3 weeks, temperature 38.2']);
  quietAll(['my baby girl is 4 months and have fever 38.4', 'my daughter is 3 weeks late for her period and has a fever', 'my son 2 weeks ago had a fever of 38.5']);
});

test('weeks of pregnancy told without the word, and a pad filled in pregnancy', () => {
  alarmAll(["I'm 18 weeks and bleeding a lot", 'my wife is 30 wks and there is blood, filling a pad']);
  assert.deepEqual(category("im 22 weeks and bleeding through my pad"), ['pregnancy-bleeding']);
  quietAll(["I'm 6 weeks postpartum, how long does bleeding last?", "I'm 3 weeks into my antibiotics and bleeding gums"]);
});

test('chest pain with its severity told after it, and the weight sitting on the chest', () => {
  alarmAll(['pain in my chest very strong since one hour', 'my chest pain is very bad, what I do', 'feels like an elephant is sitting on me', '胸口好像有大象坐在上面']);
  quietAll(['my chest hurts from sighing so much lol', 'chest pain when I cough, very annoying']);
});

test('a fit in pregnancy is a call whatever its length, unless epilepsy is already known', () => {
  alarmAll(['she is 34 weeks pregnant and just had a fit, about one minute', '懷孕三十週的太太剛剛全身抽搐了一分鐘']);
  assert.deepEqual(category('my wife is pregnant and just had a seizure'), ['seizure']);
  quietAll(['my wife has epilepsy and is pregnant, she had a seizure for one minute', '老婆是癫痫患者，怀孕期间发作了一次']);
});

test('a home oxygen reading under 90% is severe breathing difficulty; 90 or more is not', () => {
  alarmAll(['pulse ox says 86%', "dad's sats are 84 percent", '血氧只有85', '血氧飽和度掉到88']);
  quietAll(['my oxygen is 96%, is that ok?', '血氧98正常嗎', 'sats 99.5% and I feel fine']);
});

test('indrawing told in plain words, and each breath is not a habit', () => {
  alarmAll(['his skin pull in under the ribs when he breathe', 'her tummy sucks in with every breath', '寶寶呼吸的時候肋骨一直凹下去', '每次吸氣脖子下面都凹進去，嘴唇發紫', '鼻翼一直搧動，嘴唇發紫']);
  quietAll(['every time I breathe in deeply I get a twinge in my side']);
});

test('breath used as a verb, and not breathing well', () => {
  alarmAll(["my mum can't breath, lips blue", 'he cannot breath properly and is turning grey']);
});

test('safety gear not worn does not negate the fall that follows', () => {
  alarmAll(['沒戴安全帽騎車摔到頭，昏過去了', "he wasn't wearing a helmet when he hit his head and was knocked out cold", 'without a helmet he smashed his head and passed out']);
  quietAll(['沒有撞到頭，也沒有昏倒']);
});

test('a blow taken to the head, the forehead or the temple, with loss of consciousness or confusion after it', () => {
  alarmAll([
    'took a cricket ball to the side of the head, out cold for a minute',
    'my grandma struck her forehead on the sink and now she is muddled',
    'got hit in the head by a swing and now doesn’t know where she is',
    '跌倒撞到太陽穴，現在不知道自己在哪',
  ]);
  quietAll(['bumped my forehead on the cupboard, small bruise, no other problem']);
});

test('stroke told as a dragging leg, wrong words, failing to read, a face gone funny on one side', () => {
  alarmAll(['我媽剛剛突然右腳拖著走，講話一直講錯', '阿公突然看不懂報紙上的字，左腳拖著', 'she suddenly keeps saying the wrong words and her right leg is dragging', 'my mum face gone funny on one side and she cant lift her arm']);
  quietAll(['my toddler drags his feet when he is tired', '他講話常常講錯字，從小就這樣']);
});

test('a new medicine as the allergen when the lips or throat swell', () => {
  alarmAll(['I take new antibiotic, now my lips very swollen', 'started a new painkiller and my throat feels like it is closing', '第一次吃這個止痛藥，嘴唇腫起來，喉嚨很緊']);
  quietAll(["I'm allergic to dust and my eyes get puffy in the morning"]);
});

test('means at hand as it is held, a plan for tonight, letters written', () => {
  alarmAll(["gun's in my lap and tonight's the night", 'i have a rope and i am going to use it tonight', 'I have decided tonight is when I end things.', '刀已經在手上了，今晚就要走']);
  quietAll(['my gun is in the safe, is it ok to keep it at home with kids?']);
});

test('a double dose of a narrow-margin drug with signs of toxicity', () => {
  alarmAll([
    'took my digoxin twice today and now I see yellow halos',
    'mum took too much of her insulin by mistake and is shaking and sweaty',
    '阿公胰島素好像打了兩次，現在一直冒冷汗發抖',
  ]);
  quietAll(['I took my digoxin twice today by mistake, I feel fine, what should I do?', 'forgot if I took my vitamin D, maybe twice, shaking a little from coffee']);
});

test('wording of teenagers online: wanna die, algospeak, a bunch of tablets', () => {
  alarmAll(['i wanna die fr', 'thinking about sewerslide again', 'ngl i took like 40 of my sleeping pills']);
});

test('Chinese hyperbole with an ordinary cause is not a sign; the same sign from a symptom still is', () => {
  quietAll(['颱風天待在家悶到快窒息', '報告寫到我快吐血', '氣到吐血', '考試考到想死，哈哈', '笑到喘不過氣哈哈哈', 'the movie was so sad i wanted to die lol', 'laughing so hard I cant breathe']);
  alarmAll(['咳到吐血，吐了一大口', '喘到快窒息，講不出話', '胸口悶到快窒息，一直冒冷汗']);
});

test('a word’s meaning, what a sign looks like, or something from fiction is a topic, not an event', () => {
  quietAll(["what does 'thunderclap headache' mean?", 'what does anaphylaxis look like in a child?', 'saw a seizure on a hospital drama, what should you do?', '過敏性休克是什麼意思']);
});

test('breathlessness or chest pain that settles with rest is not a call; a stroke sign that passes still is', () => {
  quietAll(['跑完步喘到講不出話，休息兩三分鐘就好了', 'I get short of breath climbing stairs, it goes away after a minute of rest', 'panic attacks where I feel I cant breathe, they pass in 5 minutes']);
  alarmAll(['her face drooped and her speech was slurred, it went away after 10 minutes']);
});

test('a known condition told as improving is not a new sign', () => {
  quietAll(["diagnosed with Bell's palsy last week. His face is still a bit droopy but improving", '顏面神經麻痺，嘴巴還是有點歪，但慢慢好轉了']);
  alarmAll(['his face was still a bit droopy but improving, then suddenly his speech went slurred']);
});

test('a lick of soap is not a poisoning; a lick of a caustic cleaner or a mouthful of soap still is not ignored', () => {
  quietAll(['小孩舔了一下洗碗精，現在沒事', 'my toddler licked some hand soap, he is fine']);
  alarmAll(['小孩舔了一下漂白水，一直哭', 'my toddler drank some dish soap and is vomiting']);
});

// Every labelled non-emergency, in every set: none of the rules, old or new, alarms on it.
const SETS: TriageSetName[] = ['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17', 'heldout18'];
test('the rules alarm on none of the labelled non-emergencies of any set', () => {
  const alarmed = SETS.flatMap((s) => loadTriageSet(s).filter((c) => !c.emergency && rulesAlarm(c.text)).map((c) => `${s}: ${c.text}`));
  assert.deepEqual(alarmed, []);
});

test('second-language English: base-form verbs, singular nouns, the severity after the sign', () => {
  alarmAll([
    'my father cannot speak good and his mouth go down one side since this morning',
    'My husband breathing is very difficult and his lip is blue color',
    'my son eat many pill of grandmother',
    'He drink the cleaning liquid by mistake, now mouth burning',
    'I am bleeding from my cut very much',
  ]);
  quietAll(['my father speak little strange because he is from Texas lol', 'I cut my finger when cooking, small bleeding, stop after 2 minute']);
});

test('formal narratives: insensible after a fall, a considerable quantity swallowed', () => {
  alarmAll(['My mother has been insensible since a fall this morning in which she struck her head.', 'I must report that my brother has swallowed a considerable quantity of weedkiller.']);
});
