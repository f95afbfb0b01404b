import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alarmAll, category, quietAll } from './rule-probes.js';

// Session 11, round 2: classes of wording from v21b (the second half of the same writer's blind set, a development set
// since), docs/safety.md "Session 11, round 2". Probed with sentences written for the class, not the set's lines; each
// test fails on b42bc7d.

test('old self-harm scars are healed marks, not self-harm now', () => {
  quietAll([
    'Can laser treatment fade self-harm scars? They are from when I was a teenager.',
    'What cream is best for old self harm scars on my forearm?',
    'Is there makeup that covers scars from self-harm? Mine are faded and silver now.',
    '以前自残留下的疤可以做雷射淡化嗎？',
    '手臂上有自残的旧疤痕，夏天想穿短袖，有什么办法遮？',
  ]);
  // Self-harm now, even with the word scar nearby, still alarms.
  alarmAll([
    'I self-harmed again tonight and it is still bleeding',
    'been cutting myself again, will it leave scars?',
    '我今晚又自残了，割得很深',
  ]);
});

test('a thermometer weighed up for buying is no reading', () => {
  quietAll([
    'Which thermometer should we buy for a newborn, rectal or forehead?',
    'Best thermometer for a 6 week old? Is a rectal one more accurate than axillary?',
    'What kind of thermometer do I need for a 2 month old before she gets her first cold? Ear or rectal?',
  ]);
  alarmAll([
    'Which thermometer is best? My 5 week old has a fever and the rectal reading was 38.4',
    'My 6 week old feels hot, which thermometer should I use, rectal?',
    'Rectal temp 38.2 in my 3 week old, is that accurate?',
  ]);
});

test('a little bleeding that the midwife or doctor put down to an ordinary cause', () => {
  quietAll([
    'A little spotting after my internal exam at 16 weeks pregnant, it has stopped, the midwife said the cervix is sensitive in pregnancy.',
    'Bled a bit after my smear test, I am 20 weeks pregnant, the doctor said it is common after a smear.',
    '怀孕十二周做完内诊有一点点出血，已经停了，医生说是宫颈比较敏感',
    'Bled a little after my smear test at 18 weeks pregnant, a few drops, the nurse said the cervix is more sensitive when pregnant.',
    'Some bleeding after sex, I am 22 weeks pregnant, it stopped, my doctor said the cervix is sensitive in pregnancy.',
    '怀孕二十周，同房后有出血，已经停了，医生说孕期宫颈会比较敏感',
  ]);
  alarmAll([
    'I am 14 weeks pregnant and bleeding heavily with clots, soaking a pad an hour',
    'Pregnant 20 weeks, bleeding bright red and a lot, the midwife said to come in but I cannot get there',
  ]);
});

test('a blocked nose in a cold is not breathing difficulty, with words between', () => {
  quietAll([
    '感冒鼻塞晚上覺得快不能呼吸，可以用什麼藥？',
    '鼻塞到晚上睡觉都觉得快不能呼吸了，洗鼻有用吗',
    '感冒了鼻子塞住晚上躺下就觉得喘不过气，怎么睡比较好',
  ]);
  alarmAll([
    '感冒鼻塞，现在突然喘不过气，嘴唇发紫',
    '感冒鼻塞三天了，今天突然喘不过气，嘴唇发青',
  ]);
});

test('fiction being written, told in Chinese: 我在寫小說, a protagonist', () => {
  quietAll([
    '我在寫小說，主角吃到花生發生過敏性休克，旁邊的人會看到什麼？',
    '我在写剧本，女主角吃了整瓶安眠药，救护车来之前会是什么样子？',
    '小说里的主角中风了，他说话会是什么样的？',
    "I'm drafting a thriller; my protagonist takes a whole bottle of pills. How long until she'd pass out?",
  ]);
  alarmAll([
    '我在写小说写到一半，我妈突然说话含糊，半边脸歪了',
    '我老公吃了海鲜，嘴唇肿起来，喘不过气',
  ]);
});

test('a double or triple dose of blood pressure or heart-rate tablets with a slow heart or faintness', () => {
  alarmAll([
    'My dad took his blood pressure pills three times today by mistake, his pulse is 40 and he is very dizzy.',
    'I took my bisoprolol twice this morning and now my heart rate is really slow and I feel faint',
    'Mum accidentally took a triple dose of her amlodipine, now she is confused and very light-headed',
    '我爸降压药吃了三遍，现在心跳很慢，头晕站不住',
  ]);
  assert.deepEqual(category('I took my bisoprolol twice this morning and now my heart rate is really slow and I feel faint'), ['poisoning-overdose']);
  // A double dose alone, or a question of what to do, is a call to the pharmacist, not an ambulance.
  quietAll([
    'I took my blood pressure tablets twice this morning by mistake, I feel fine, should I skip tomorrow?',
    'What happens if I take my amlodipine twice by accident?',
    '降压药不小心吃了两次，现在没什么感觉，明天要少吃吗？',
  ]);
});
