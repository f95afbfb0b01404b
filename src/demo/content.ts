// OpenConsult's own demo content, seeded on a fresh install (DEMO_CONTENT=1).
//
// Every word here was written for this project: the public data sets under
// ../shared/data may be imported by an operator but may not ship as site
// content. All people, hospitals and e-mail addresses are fictional.
//
// Some questions deliberately say the same thing in different words (muscle
// twitching, night-time heartburn, blood pressure readings, screen headaches,
// infant fever with rash, the same worry in English and Chinese) so that
// "Similar Q&A" has real neighbours to find on a fresh install.
//
// Answers follow the rules for public replies: general information, common
// causes, self-care and when to see a doctor in person; never a diagnosis of
// the asker and never a dose. The app appends each doctor's sign-off, so the
// answer texts do not repeat it.

export interface DemoDoctor {
  key: string;
  name: string;
  email: string;
  /** department slug */
  department: string;
  hospital: string;
  signOff: string;
  bio: string;
}

export interface DemoAnswer {
  /** DemoDoctor.key */
  doctor: string;
  text: string;
  /** reply date = ask date + this many days */
  daysAfter: number;
}

export type DemoAgeRange =
  | '0~9' | '10~19' | '20~29' | '30~39' | '40~49'
  | '50~59' | '60~69' | '70~79' | '80~89' | '90+';

export interface DemoQuestion {
  key: string;
  /** department slug */
  department: string;
  lang: 'en' | 'zh-Hant';
  /** the asker's own title */
  title: string;
  body: string;
  /** a pseudonym, never a real name */
  askerName: string;
  ageRange: DemoAgeRange;
  sex: 'female' | 'male' | 'other';
  /** ISO date (YYYY-MM-DD) */
  askedAt: string;
  answers: DemoAnswer[];
}

export type DemoFaqType =
  | 'information' | 'causes' | 'symptoms' | 'treatment'
  | 'prevention' | 'exams and tests' | 'outlook';

export interface DemoFaq {
  key: string;
  focus: string;
  qtype: DemoFaqType;
  question: string;
  /** paragraphs separated by a blank line */
  answer: string;
  lang: 'en';
}

/** Shared sign-in password of the demo doctor accounts (documented in the README). */
export const DEMO_PASSWORD = 'demo-password-123';

export const DEMO_DOCTORS: DemoDoctor[] = [
  {
    key: 'tao',
    name: 'Dr. Mei-Ling Tao',
    email: 'mei-ling.tao@demo.openconsult.local',
    department: 'neurology',
    hospital: 'Riverside General Hospital',
    signOff: 'Dr. Tao cares about you · 陶醫師關心您',
    bio: 'Neurologist with a long-standing interest in headache, sleep and the everyday nerve and muscle complaints that worry people most. Answers in English and Chinese. (Fictional demo account.)',
  },
  {
    key: 'hsu',
    name: 'Dr. Kai-Wen Hsu',
    email: 'kai-wen.hsu@demo.openconsult.local',
    department: 'neurology',
    hospital: 'Maple Hill Hospital',
    signOff: 'Dr. Hsu wishes you good health',
    bio: 'Neurologist who runs a general neurology clinic and enjoys explaining how nerves and muscles work together. (Fictional demo account.)',
  },
  {
    key: 'kuo',
    name: 'Dr. Shu-Fen Kuo',
    email: 'shu-fen.kuo@demo.openconsult.local',
    department: 'gastroenterology',
    hospital: 'Lakeshore Community Hospital',
    signOff: 'Dr. Kuo cares about you · 郭醫師關心您',
    bio: 'Gastroenterologist focused on reflux, digestion and liver health, and on practical eating habits that fit a busy life. (Fictional demo account.)',
  },
  {
    key: 'liao',
    name: 'Dr. Po-Han Liao',
    email: 'po-han.liao@demo.openconsult.local',
    department: 'cardiology',
    hospital: 'Riverside General Hospital',
    signOff: 'Dr. Liao cares about your heart · 廖醫師關心您的心臟',
    bio: 'Cardiologist who spends much of his clinic time helping people understand and manage their blood pressure. (Fictional demo account.)',
  },
  {
    key: 'lu',
    name: 'Dr. Hsin-Yi Lu',
    email: 'hsin-yi.lu@demo.openconsult.local',
    department: 'pediatrics',
    hospital: "Sunflower Children's Hospital",
    signOff: 'Dr. Lu cares about your family · 呂醫師關心您的家人',
    bio: 'Paediatrician and parent of two; believes calm, clear information is the best medicine for worried families. (Fictional demo account.)',
  },
  {
    key: 'fang',
    name: 'Dr. Ya-Chen Fang',
    email: 'ya-chen.fang@demo.openconsult.local',
    department: 'dermatology',
    hospital: 'Jade Valley Hospital',
    signOff: 'Dr. Fang cares about your skin · 方醫師關心您',
    bio: 'Dermatologist with a focus on eczema, acne and skin care for people whose work is hard on their skin. (Fictional demo account.)',
  },
  {
    key: 'ho',
    name: 'Dr. Ting-Wei Ho',
    email: 'ting-wei.ho@demo.openconsult.local',
    department: 'psychiatry',
    hospital: 'Maple Hill Hospital',
    signOff: 'Dr. Ho is here for you · 何醫師陪伴您',
    bio: 'Psychiatrist working with sleep problems, anxiety and stress, with a preference for treatments that build lasting skills. (Fictional demo account.)',
  },
  {
    key: 'wei',
    name: 'Dr. Chia-Jung Wei',
    email: 'chia-jung.wei@demo.openconsult.local',
    department: 'ophthalmology',
    hospital: 'Lakeshore Community Hospital',
    signOff: 'Dr. Wei looks out for your eyes · 魏醫師關心您的眼睛',
    bio: 'Ophthalmologist interested in dry eye, screen-related eye strain and myopia. (Fictional demo account.)',
  },
  {
    key: 'pan',
    name: 'Dr. Cheng-Yu Pan',
    email: 'cheng-yu.pan@demo.openconsult.local',
    department: 'orthopedics',
    hospital: 'North Bay Teaching Hospital',
    signOff: 'Dr. Pan cares about you · 潘醫師關心您',
    bio: 'Orthopaedic surgeon who treats far more people with exercise advice than with surgery; special interest in backs, knees and shoulders. (Fictional demo account.)',
  },
  {
    key: 'chiu',
    name: 'Dr. Anna Chiu',
    email: 'anna.chiu@demo.openconsult.local',
    department: 'family-medicine',
    hospital: 'Greenfield Family Clinic',
    signOff: 'Dr. Chiu cares about you · 邱醫師關心您',
    bio: 'Family physician; the first stop for questions that do not yet fit one specialty, and a guide to which one they do fit. (Fictional demo account.)',
  },
  {
    key: 'tseng',
    name: 'Dr. Li-Hua Tseng',
    email: 'li-hua.tseng@demo.openconsult.local',
    department: 'endocrinology',
    hospital: 'Jade Valley Hospital',
    signOff: 'Dr. Tseng wishes you well',
    bio: 'Endocrinologist working with blood sugar, thyroid and metabolism, with a soft spot for small lifestyle changes that last. (Fictional demo account.)',
  },
  {
    key: 'su',
    name: 'Dr. Wen-Jie Su',
    email: 'wen-jie.su@demo.openconsult.local',
    department: 'otolaryngology',
    hospital: 'North Bay Teaching Hospital',
    signOff: 'Dr. Su cares about you · 蘇醫師關心您',
    bio: 'Ear, nose and throat specialist; hearing protection and nasal allergies are favourite topics. (Fictional demo account.)',
  },
  {
    key: 'yen',
    name: 'Dr. Pei-Shan Yen',
    email: 'pei-shan.yen@demo.openconsult.local',
    department: 'obstetrics-gynecology',
    hospital: 'Riverside General Hospital',
    signOff: 'Dr. Yen cares about you · 顏醫師關心您',
    bio: "Obstetrician and gynaecologist interested in menstrual health and women's health through midlife. (Fictional demo account.)",
  },
  {
    key: 'chu',
    name: 'Dr. Hao-Ran Chu',
    email: 'hao-ran.chu@demo.openconsult.local',
    department: 'urology',
    hospital: 'Maple Hill Hospital',
    signOff: 'Dr. Chu wishes you good health',
    bio: 'Urologist who sees a lot of kidney stones and night-time bathroom trips, and likes to explain both plainly. (Fictional demo account.)',
  },
  {
    key: 'shih',
    name: 'Dr. Yi-Chun Shih',
    email: 'yi-chun.shih@demo.openconsult.local',
    department: 'pulmonology',
    hospital: 'Lakeshore Community Hospital',
    signOff: 'Dr. Shih cares about your breathing · 施醫師關心您',
    bio: 'Chest physician working with cough, asthma and breathing problems. (Fictional demo account.)',
  },
  {
    key: 'kao',
    name: 'Dr. Ming-Tse Kao',
    email: 'ming-tse.kao@demo.openconsult.local',
    department: 'rehabilitation',
    hospital: 'Greenfield Rehabilitation Center',
    signOff: 'Dr. Kao cares about you · 高醫師關心您',
    bio: 'Rehabilitation physician helping desk workers and older adults move with less pain through exercise and posture habits. (Fictional demo account.)',
  },
];

export const DEMO_QUESTIONS: DemoQuestion[] = [
  // ── Neurology: muscle twitching (three askers, three wordings) and a screen headache ──
  {
    key: 'en-neuro-twitch-calf',
    department: 'neurology',
    lang: 'en',
    title: 'Regarding involuntary muscle twitching?',
    body: "For about three weeks, small muscles in my left calf and sometimes my thigh have been twitching on their own. It looks like something is moving under the skin for a few seconds, then it stops. It happens most when I'm lying in bed or sitting still after work. There is no pain and my legs feel as strong as before; I can still climb stairs and go jogging. Because of a deadline I have been drinking four or five cups of coffee a day and sleeping about five hours a night. I read online that twitching can be an early sign of a serious nerve disease, and now I keep checking my legs all evening. Is this something I should worry about, and what kind of doctor should I see?",
    askerName: 'Restless Calf',
    ageRange: '30~39',
    sex: 'male',
    askedAt: '2024-02-06',
    answers: [
      {
        doctor: 'tao',
        daysAfter: 1,
        text: "Small, visible twitches of a muscle at rest are called fasciculations. They are very common, and in healthy people they are usually harmless. The things that most often make them worse are caffeine, short sleep, stress and hard exercise. Twitches that come at rest, without pain and with normal strength, are the pattern doctors most often see in these harmless cases.\n\nSome steps that help: cut down gradually on coffee, protect your sleep, stretch your calves, and keep a short diary of when the twitching happens. Worry itself keeps attention on the muscles, so the twitches can seem more frequent while you are anxious about them.\n\nPlease see a neurologist in person if you notice real weakness (tripping, trouble lifting the front of the foot, difficulty with buttons or jars), muscles becoming visibly thinner, slurred speech, trouble swallowing, or numbness. A careful examination in clinic is the surest way to be reassured.",
      },
      {
        doctor: 'hsu',
        daysAfter: 3,
        text: "I agree with my colleague and would add one point. A neurological examination, where the doctor tests strength, reflexes and muscle bulk, tells far more than any article online, so if the worry keeps returning it is reasonable to book a visit rather than keep searching. The doctor may also decide whether simple blood tests, for example for salts in the blood or thyroid function, are worthwhile. In the meantime, many people find that the twitching settles over several weeks once sleep and caffeine are back to normal.",
      },
    ],
  },
  {
    key: 'en-neuro-eyelid-jumping',
    department: 'neurology',
    lang: 'en',
    title: 'My eyelid keeps jumping and it has been two weeks',
    body: "My lower left eyelid has been flickering many times a day for about two weeks. Each episode lasts a few seconds, and sometimes it comes back again and again for an hour. Nobody around me can see it, but I can feel it and it is driving me crazy during meetings. I'm a teacher and it's exam season, so I grade papers until midnight and drink a lot of tea to stay awake. My eyes also feel dry and gritty by the evening. The eyelid is not drooping and my vision is fine. Will this go away by itself, or do I need to see someone about it?",
    askerName: 'TiredTeacher',
    ageRange: '40~49',
    sex: 'female',
    askedAt: '2024-05-21',
    answers: [
      {
        doctor: 'tao',
        daysAfter: 2,
        text: "A fluttering eyelid like this is one of the most common twitches of all. It usually involves a small part of the muscle around one eye, and it is strongly linked with tiredness, stress, caffeine from coffee or tea, long screen or reading sessions and dry eyes. It very often fades on its own within days to a few weeks once those triggers ease.\n\nThings worth trying: more sleep during the busy season, less tea late in the day, short breaks from close work, and a warm compress on closed eyes in the evening. If your eyes feel dry, lubricating drops from a pharmacy may help; the pharmacist can suggest a suitable type.\n\nPlease see a doctor in person if the twitching lasts more than a couple of months, if the eyelid closes completely or droops, if other parts of the face start to twitch or feel weak, or if the eye becomes red, painful or starts to discharge.",
      },
    ],
  },
  {
    key: 'en-neuro-twitch-workout',
    department: 'neurology',
    lang: 'en',
    title: 'Random twitches in my arms and thighs since I started training',
    body: "Two months ago I started training for a half marathon and also lifting weights three times a week. Since then I get little twitches in my thighs and sometimes in my upper arms, mostly at night after a hard session. Occasionally my calves cramp in bed too. It is summer and I sweat a lot on my runs, and honestly I don't drink much water during the day. I feel strong and my times are improving. Is this just my muscles adjusting to the training, or is it a sign that something is wrong with my nerves?",
    askerName: 'RunnerMike',
    ageRange: '20~29',
    sex: 'male',
    askedAt: '2024-08-13',
    answers: [
      {
        doctor: 'hsu',
        daysAfter: 2,
        text: "Twitches and cramps after a big jump in training are something sports doctors and neurologists hear about often. Tired muscles twitch more easily, and heavy sweating without enough fluid and salt replacement can add to it. Feeling strong and improving your times is reassuring.\n\nHelpful habits: drink regularly through the day and around runs, build in rest days, increase distance and weights gradually, and stretch gently after sessions. Sleep is part of training, too.\n\nPlease see a doctor in person if you notice weakness that does not recover with rest, muscles becoming thinner, twitches spreading and persisting on rest days for weeks, or cramps that are severe and frequent. Seek care the same day if, after a very hard session, your muscles are extremely painful and swollen and your urine turns dark like tea, because that can mean muscle breakdown that needs prompt treatment.",
      },
    ],
  },
  {
    key: 'en-neuro-screen-headache',
    department: 'neurology',
    lang: 'en',
    title: 'Headaches every afternoon since I started working on two monitors',
    body: "I'm a graphic designer and spend eight to ten hours a day in front of two large monitors. For the last two months I get a dull, pressing headache almost every afternoon, like a tight band around my forehead and temples. It is worse on deadline days and usually gone after a night's sleep. I have been taking over-the-counter painkillers a few times a week, which helps for a while. My neck and shoulders also feel stiff. There is no vomiting and my vision seems normal. Could the screens really be causing this, and what can I do besides taking more pills?",
    askerName: 'PixelPusher',
    ageRange: '20~29',
    sex: 'female',
    askedAt: '2024-10-02',
    answers: [
      {
        doctor: 'tao',
        daysAfter: 1,
        text: "A pressing, band-like headache that builds during long days at a desk matches the way the most common type of headache, often called tension-type headache, usually behaves. Long hours of fixed posture, tight neck and shoulder muscles, skipped meals, too little water and eye strain can all feed it.\n\nTry a few changes for two or three weeks: put the top of the screens at or slightly below eye level, take a short break every half hour to look into the distance and roll your shoulders, drink water and eat regular meals, and keep a simple headache diary.\n\nOne important point: using painkillers on many days each month can itself keep headaches going. Please ask a doctor or pharmacist how often is safe for you. See a doctor in person if the headaches become more frequent, wake you from sleep, come with vision changes, weakness or numbness, or if a headache is sudden and severe.",
      },
      {
        doctor: 'hsu',
        daysAfter: 4,
        text: "To add to this: an up-to-date eye test is worth booking, because an uncorrected or outdated glasses prescription makes the eyes and forehead muscles work harder at a screen. Some people also find that regular exercise such as brisk walking or swimming reduces how often these headaches come. If you bring your headache diary to a clinic visit, it helps the doctor see patterns much faster than memory alone.",
      },
    ],
  },

  // ── Ophthalmology: screen strain, dry eyes ──
  {
    key: 'en-eye-screen-strain',
    department: 'ophthalmology',
    lang: 'en',
    title: 'Eyes burn and my head aches after long days at the computer',
    body: "I'm an accountant and during the busy season I work at a laptop twelve hours a day. By the evening my eyes burn, the text looks blurry, and I get an ache behind my eyes and across my forehead. On weekends it is much better. I wear glasses that I got about five years ago and I haven't had my eyes checked since. I sometimes rub my eyes a lot in the afternoon. Is this just eye strain from the screen, and is there anything I can do at my desk to make it better?",
    askerName: 'SpreadsheetSam',
    ageRange: '30~39',
    sex: 'male',
    askedAt: '2025-03-11',
    answers: [
      {
        doctor: 'wei',
        daysAfter: 2,
        text: "Burning eyes, blurring late in the day and an ache around the eyes and forehead that eases on weekends are very typical of what is called digital eye strain. When we concentrate on a screen we blink far less, so the surface of the eye dries out, and focusing at one distance for hours tires the eye muscles. Glasses from five years ago may also no longer be the right strength.\n\nAt your desk: follow the 20-20-20 habit (every 20 minutes, look at something about six metres away for 20 seconds), blink fully on purpose, place the screen an arm's length away and slightly below eye level, reduce glare from windows, and avoid rubbing your eyes.\n\nPlease book an eye examination to update your glasses. See an eye doctor promptly if you notice a sudden drop in vision, a painful red eye, halos around lights, or headaches that keep getting worse.",
      },
    ],
  },
  {
    key: 'en-eye-contact-dry',
    department: 'ophthalmology',
    lang: 'en',
    title: 'Contact lenses feel dry and scratchy in the office',
    body: "I have worn soft monthly contact lenses for years without problems, but since my company moved to a new office with strong air conditioning my eyes feel dry and scratchy by mid-afternoon. Sometimes they look a bit red, and I end up taking the lenses out on the train home. I'm at the computer most of the day. I admit I occasionally sleep with the lenses in when I'm very tired. Should I change to a different type of lens, or is there something else going on?",
    askerName: 'LensLover',
    ageRange: '20~29',
    sex: 'female',
    askedAt: '2025-07-08',
    answers: [
      {
        doctor: 'wei',
        daysAfter: 3,
        text: "Dry, air-conditioned rooms and long screen time are a tough combination for contact lens wearers, because the thin layer of tears that keeps lenses comfortable evaporates faster. Many people notice exactly this afternoon scratchiness.\n\nHelpful steps: keep to the replacement schedule, clean and store lenses as instructed, take regular screen breaks and blink fully, point air vents away from your face, and consider wearing glasses for part of the day. Lubricating drops labelled as suitable for contact lenses can help; a pharmacist can show you the options. Please stop sleeping in lenses that are not designed for it, as this is one of the main risks for eye infections.\n\nAn eye examination is a good idea, because the doctor can check the eye surface and advise whether a different lens material or wearing pattern suits you. Take the lenses out and see an eye doctor urgently if an eye becomes painful, very red, light-sensitive, or your vision blurs.",
      },
    ],
  },

  // ── Gastroenterology: heartburn at night ──
  {
    key: 'en-gi-heartburn-night',
    department: 'gastroenterology',
    lang: 'en',
    title: 'Heartburn wakes me up at night',
    body: "Several nights a week I wake up around 2 a.m. with heartburn and a sour taste in my mouth, and sometimes I cough for a while before I can fall asleep again. I work late, so dinner is usually around ten in the evening, often something spicy or fried, sometimes with a beer, and I go to bed soon after. During the day I rarely notice anything. I have put on some weight around my middle in the past two years. Antacids from the convenience store help a little. What can I change, and when should I get this checked?",
    askerName: 'MidnightSnacker',
    ageRange: '40~49',
    sex: 'male',
    askedAt: '2024-03-19',
    answers: [
      {
        doctor: 'kuo',
        daysAfter: 1,
        text: "Waking at night with heartburn and a sour taste is a common picture of acid reflux: stomach contents flow back up into the food pipe, and lying flat soon after a large meal makes that much easier. Spicy or fatty food, alcohol and extra weight around the waist all add to it.\n\nChanges that often help: finish eating about three hours before lying down, keep the evening meal smaller, cut back on alcohol and fried food, and raise the head of the bed by placing blocks under the legs (extra pillows tend to bend the waist and help less). Gradual weight loss helps many people. Antacids can ease symptoms for a short time; ask a pharmacist about suitable options.\n\nPlease see a doctor if symptoms continue for several weeks despite these changes, or promptly if food sticks when swallowing, you lose weight without trying, vomit blood, or pass black stools. Pressure in the chest during exertion should be checked urgently, since the heart can cause similar feelings.",
      },
    ],
  },
  {
    key: 'en-gi-sour-throat-morning',
    department: 'gastroenterology',
    lang: 'en',
    title: 'Sour taste and hoarse voice every morning — could it be acid reflux?',
    body: "For about two months I have woken up with a bitter, sour taste in my mouth and a hoarse voice that gets better by lunchtime. I keep clearing my throat and feel like there's a lump in it. I don't really have the classic heartburn burning feeling, which is why I'm confused. I usually eat dinner late and lie on the sofa afterwards watching TV. I don't smoke. A friend said it might be acid coming up at night. Is that possible even without heartburn, and which specialist should I see?",
    askerName: 'Hoarse Hannah',
    ageRange: '50~59',
    sex: 'female',
    askedAt: '2025-01-14',
    answers: [
      {
        doctor: 'kuo',
        daysAfter: 2,
        text: "Yes, that is possible. Reflux does not always cause classic heartburn. When small amounts of acid reach the throat and voice box, usually at night, people may notice morning hoarseness, throat clearing, a bitter taste or a feeling of a lump, with little burning in the chest. Other things, such as nasal drip or voice strain, can cause similar throat symptoms, so it is worth having it checked.\n\nIn the meantime, the usual reflux measures are a fair trial: an earlier and lighter dinner, staying upright for a few hours after eating, raising the head of the bed, and less alcohol, coffee and fatty food.\n\nFor a hoarse voice that lasts more than three weeks, please see an ear, nose and throat doctor, who can look at the voice box directly; a gastroenterologist can help if reflux symptoms persist. See a doctor sooner if swallowing becomes difficult or painful, or you lose weight without trying.",
      },
    ],
  },

  // ── Cardiology: blood pressure readings ──
  {
    key: 'en-cardio-home-bp-high',
    department: 'cardiology',
    lang: 'en',
    title: 'Home blood pressure readings around 150/95 — should I be worried?',
    body: "After my first grandchild was born I decided to take my health more seriously and bought a blood pressure monitor. Most mornings it shows between 145 and 155 on top and 90 to 98 on the bottom. I feel completely fine, no headaches or dizziness. Heart problems run in my family, and I know I eat a lot of salty food and don't exercise much. I'm not on any medication. Are these numbers high enough that I need to see a doctor soon, and am I measuring correctly if I check right after getting up?",
    askerName: 'NewGrandpa',
    ageRange: '50~59',
    sex: 'male',
    askedAt: '2024-04-09',
    answers: [
      {
        doctor: 'liao',
        daysAfter: 1,
        text: "Well done for measuring at home; it gives much more useful information than one reading at a clinic. Readings in the range you describe are above the levels most guidelines aim for, so they are worth discussing with a doctor in the next few weeks. High blood pressure usually causes no symptoms at all, which is why measuring matters.\n\nFor reliable numbers: sit quietly for five minutes first, with your back supported, feet flat and the arm resting at heart level; avoid coffee, smoking and exercise for half an hour beforehand; empty your bladder; use a cuff of the right size. Take two readings a minute apart, morning and evening, for about a week, and bring the written log to your appointment.\n\nLess salt, regular brisk walking, limiting alcohol and good sleep all lower blood pressure. Seek urgent care if very high readings come with a severe headache, chest pain, shortness of breath, weakness on one side or sudden vision changes.",
      },
    ],
  },
  {
    key: 'en-cardio-white-coat',
    department: 'cardiology',
    lang: 'en',
    title: 'My blood pressure is high at the clinic but normal at home',
    body: "Every time I have a check-up, the nurse tells me my blood pressure is high, and I can feel my heart pounding while the cuff is inflating. At home, with a machine I borrowed from my mother, my readings are usually in the 120s over 70s. The doctor mentioned the words 'white coat' but we ran out of time to talk about it. I'm confused about which numbers to believe. Is it dangerous if it only goes up at the clinic, and should I do something about it?",
    askerName: 'Nervous Nellie',
    ageRange: '30~39',
    sex: 'female',
    askedAt: '2025-05-27',
    answers: [
      {
        doctor: 'liao',
        daysAfter: 2,
        text: "Many people have higher readings in a clinic than at home; the nervousness of the visit itself raises blood pressure for a while. This is often called the white-coat effect. Home readings or a 24-hour monitor that you wear during a normal day usually give a truer picture, which is why doctors increasingly rely on them.\n\nA few tips: make sure the home machine is a validated upper-arm model and take it to your next visit so it can be checked against the clinic device. Measure at home in a calm, consistent way, morning and evening for a week, and write the results down.\n\nEven when home readings are normal, it is wise to keep an eye on blood pressure over the years, because people with this pattern sometimes develop raised readings later. Healthy habits such as less salt, regular activity and good sleep help in every case. Please discuss the home log with your doctor at a follow-up visit.",
      },
    ],
  },

  // ── Pediatrics: infant fever, rash after fever ──
  {
    key: 'en-peds-infant-fever',
    department: 'pediatrics',
    lang: 'en',
    title: 'My 7-month-old has a fever but is still playing',
    body: "Our daughter is seven months old and this is her first fever. Since yesterday evening her temperature has been around 38.5 under the arm, and she has a runny nose. She is still smiling, playing with her toys and drinking milk, although she is fussier at night and wakes up more often. Her diapers are as wet as usual. My wife and I are new at this and we can't agree whether we should rush to the emergency room now or wait and watch. What signs should make us go straight to a doctor?",
    askerName: 'FirstTimeDad',
    ageRange: '30~39',
    sex: 'male',
    askedAt: '2024-11-05',
    answers: [
      {
        doctor: 'lu',
        daysAfter: 0,
        text: "A first fever is stressful for every parent. Fever itself is the body's normal response to an infection, most often a virus such as a cold, and how a baby looks and behaves tells us more than the number on the thermometer. A baby who is playing, feeding and producing wet diapers is reassuring.\n\nAt home: offer milk often, dress her in light clothing rather than bundling her up, and let her rest. If you want to use a fever medicine, ask a doctor or pharmacist which one is suitable and how much for her age and weight.\n\nGo to a doctor promptly if she breathes fast or with effort, feeds much less or has far fewer wet diapers, is unusually sleepy or hard to wake, cries in a way you cannot settle, has a rash that does not fade when pressed, or has a seizure. A fever that lasts more than two or three days also deserves an in-person check. Any fever in a baby under three months old should be seen the same day.",
      },
    ],
  },
  {
    key: 'en-peds-rash-after-fever',
    department: 'pediatrics',
    lang: 'en',
    title: "Rash all over my baby's body right after a three-day fever",
    body: "My son is ten months old. He had a high fever for three days, and although he was a bit cranky he kept drinking. This morning the fever was finally gone, but a few hours later small pink flat spots appeared on his chest, back and neck, and now they are spreading to his arms. The spots don't seem to itch and he is actually much happier today than yesterday. Is a rash after the fever goes away normal, or is this some kind of allergy? Should I take him in today?",
    askerName: 'MamaBear Jen',
    ageRange: '30~39',
    sex: 'female',
    askedAt: '2025-02-18',
    answers: [
      {
        doctor: 'lu',
        daysAfter: 0,
        text: "A few days of high fever followed by a pink, flat rash that appears as the fever settles, in a child who is otherwise perking up, is a pattern that paediatricians see often with certain common viral infections of babies and toddlers. One well-known example is called roseola. Such rashes usually fade within a few days without treatment. Only an examination can tell for certain, so a routine visit to your child's doctor in the next day or two is reasonable, especially to rule out a reaction to any medicine he took.\n\nA simple check at home: press a clear glass firmly against the spots. If they fade under the glass, that is reassuring. Spots that do not fade, or look like small bruises, need urgent medical care.\n\nAlso seek care quickly if the fever returns, he becomes drowsy or floppy, stops drinking, has far fewer wet diapers, has trouble breathing, or has a seizure.",
      },
    ],
  },

  // ── Dermatology ──
  {
    key: 'en-derm-hand-eczema',
    department: 'dermatology',
    lang: 'en',
    title: "Cracked, itchy hands that won't heal",
    body: "I work as a barista and wash my hands dozens of times a day. Over the winter the skin on my knuckles and between my fingers has become dry, red and cracked, and sometimes tiny itchy blisters appear along the sides of my fingers. Hand lotion stings when I put it on. I also wash dishes at home without gloves. It is starting to affect my work because the cracks open up and bleed a little. What can I do to let my hands heal when I can't stop washing them?",
    askerName: 'BaristaBen',
    ageRange: '20~29',
    sex: 'male',
    askedAt: '2024-12-10',
    answers: [
      {
        doctor: 'fang',
        daysAfter: 2,
        text: "Frequent hand washing and wet work strip the skin's natural oils, and many people in jobs like yours develop irritated, cracked hands, often called hand dermatitis or hand eczema. The good news is that consistent care usually makes a big difference.\n\nTry this routine: wash with lukewarm water and a gentle, fragrance-free cleanser, pat dry, and apply a thick, fragrance-free cream or ointment after every wash. Lotions are thinner and sting more on broken skin. At night, apply a generous layer and wear cotton gloves. Use waterproof gloves, ideally with cotton liners, for dishes and cleaning at home.\n\nPlease see a dermatologist if the skin has not improved after two to three weeks of this care, if cracks keep bleeding, or if there are signs of infection such as yellow crusts, pus, warmth or spreading redness. A doctor can examine the skin, discuss treatments that need a prescription, and consider patch testing to look for an allergy.",
      },
    ],
  },
  {
    key: 'en-derm-adult-acne',
    department: 'dermatology',
    lang: 'en',
    title: 'Breakouts along my jaw in my thirties',
    body: "I never had much acne as a teenager, but in the past year I keep getting painful red bumps along my jawline and chin. They seem to get worse the week before my period and when work is stressful. I have tried scrubbing my face twice a day and changing to expensive cleansers, but nothing really helps, and some spots leave dark marks that take months to fade. I also wear a face mask on my commute. Is it normal to get acne at this age, and what should I do?",
    askerName: 'Still Breaking Out',
    ageRange: '30~39',
    sex: 'female',
    askedAt: '2025-09-16',
    answers: [
      {
        doctor: 'fang',
        daysAfter: 3,
        text: "Acne that starts or returns in adulthood is common, especially in women, and the jawline and chin are typical places for it. Hormone changes around the menstrual cycle, stress, friction from masks and some cosmetics can all play a part.\n\nGentle care works better than scrubbing, which irritates the skin and can make marks worse. Wash twice daily with a mild cleanser, use moisturiser and make-up labelled non-comedogenic, change mask layers often, and try not to squeeze spots. Daily sunscreen helps the dark marks fade faster.\n\nBecause deep, painful bumps are more likely to leave marks, it is worth seeing a dermatologist rather than waiting. A doctor can look at the overall picture and discuss the many effective treatments available. If you also notice very irregular periods, new hair growth on the face or body, or rapid weight change, mention this at the visit so the doctor can consider whether hormone tests are useful.",
      },
    ],
  },

  // ── Psychiatry ──
  {
    key: 'en-psych-insomnia',
    department: 'psychiatry',
    lang: 'en',
    title: "Can't fall asleep until 3 a.m., then exhausted all day",
    body: "For about four months I have had real trouble falling asleep. I go to bed around midnight, but my mind keeps running through everything I need to do, and I usually end up scrolling on my phone until three. The alarm goes off at seven and I drag myself through the day on coffee, including a big one in the afternoon. On weekends I try to catch up by sleeping until noon. I've tried counting sheep and herbal tea. I don't want to rely on sleeping pills. What else can I try?",
    askerName: 'Sleepless in Taichung',
    ageRange: '40~49',
    sex: 'female',
    askedAt: '2024-06-25',
    answers: [
      {
        doctor: 'ho',
        daysAfter: 2,
        text: "Trouble falling asleep for months, with a busy mind at bedtime, is one of the most common sleep problems, and there is a lot you can do without medicines. The approach with the best evidence is called cognitive behavioural therapy for insomnia (CBT-I), which retrains the link between bed and sleep.\n\nSome of its core habits: get up at the same time every day, weekends included; go to bed only when sleepy; if you are awake for about twenty minutes, get up, do something calm in dim light, and return when drowsy; keep the phone out of the bedroom; and stop caffeine by early afternoon. Writing tomorrow's to-do list in the early evening can quiet the racing thoughts.\n\nThese steps often take a few weeks to work. Please see a doctor if sleep does not improve, if you feel low or lose interest in things, if someone notices loud snoring or pauses in your breathing, or if you ever have thoughts of harming yourself; in that case seek help the same day.",
      },
    ],
  },
  {
    key: 'en-psych-panic-waves',
    department: 'psychiatry',
    lang: 'en',
    title: 'Sudden waves of racing heart and dread out of nowhere',
    body: "A few times a month I suddenly feel my heart pounding, my hands shake, I can't get enough air and I have an overwhelming feeling that something terrible is about to happen. It peaks within minutes and is over in about ten or fifteen. The first time, I went to the emergency department and they checked my heart and said the tests were normal. Now I'm scared of it happening on a crowded train, so I have started avoiding rush hour and big shops. What is happening to me, and can it be treated?",
    askerName: 'QuietStorm',
    ageRange: '20~29',
    sex: 'other',
    askedAt: '2025-04-15',
    answers: [
      {
        doctor: 'ho',
        daysAfter: 1,
        text: "What you describe, sudden surges of intense fear with a pounding heart, shaking and breathlessness that peak within minutes, is how panic attacks are commonly described. They are frightening but not dangerous in themselves, and it was sensible that your heart was checked the first time. Avoiding places where an attack might happen is very understandable, but avoidance tends to make the fear grow over time.\n\nThe good news is that this kind of problem responds well to treatment. Psychological therapy, especially cognitive behavioural therapy, teaches ways to ride out the body's alarm and to return gradually to avoided places. Slow breathing, with a longer breath out than in, can help during an episode.\n\nPlease see a psychiatrist or your family doctor to talk through the options in person. Seek urgent care if an episode is different from the usual ones, for example with fainting, or chest pain during exertion, or if you ever have thoughts of harming yourself.",
      },
    ],
  },

  // ── Orthopedics ──
  {
    key: 'en-ortho-back-after-moving',
    department: 'orthopedics',
    lang: 'en',
    title: 'Low back pain after helping a friend move furniture',
    body: "Four days ago I spent a whole afternoon carrying boxes and a heavy sofa for a friend who was moving. The next morning my lower back was so stiff I could barely get out of bed. The pain is across the lower back on both sides, worse when I bend forward or get up from a chair, and a bit better when I walk around. There is no pain going down my legs and no numbness. I've mostly been lying in bed to rest it. How long will this take to get better, and is bed rest the right thing to do?",
    askerName: 'WeekendMover',
    ageRange: '30~39',
    sex: 'male',
    askedAt: '2024-07-16',
    answers: [
      {
        doctor: 'pan',
        daysAfter: 1,
        text: "Sudden low back pain after heavy lifting is very common, and most of the time it comes from strained muscles and ligaments rather than serious damage. Most people improve a lot within a few weeks.\n\nBed rest is no longer recommended beyond a day or so; gentle movement helps the back recover faster. Short, frequent walks, changing position often, and a warm pack on the sore area can all help. Avoid heavy lifting for now, and when you do lift again, bend the knees and keep the load close to your body. For pain relief, a pharmacist can advise what is suitable for you.\n\nPlease see a doctor if the pain is not clearly improving after four to six weeks, if pain spreads down a leg below the knee, or if a leg becomes weak. Go to an emergency department straight away if you develop numbness around the groin or buttocks, or trouble controlling your bladder or bowels.",
      },
    ],
  },
  {
    key: 'en-ortho-runner-knee',
    department: 'orthopedics',
    lang: 'en',
    title: 'Aching around my kneecap when running downhill',
    body: "I took up trail running last spring and have been increasing my distance quickly. Recently I get a dull ache around and behind my right kneecap, especially when running downhill, walking down stairs, or after sitting through a long movie. There was no fall or twist, and the knee is not swollen. It feels fine when I walk on flat ground. I would hate to give up running. Does this mean I'm damaging my knee, and what can I do to keep running safely?",
    askerName: 'TrailTina',
    ageRange: '40~49',
    sex: 'female',
    askedAt: '2025-06-03',
    answers: [
      {
        doctor: 'pan',
        daysAfter: 2,
        text: "An ache around or behind the kneecap that flares with downhill running, stairs and long sitting is one of the most common complaints in runners, especially after a quick increase in distance. It is usually an overload problem of the joint between the kneecap and thigh bone, not a sign of lasting damage, and it tends to respond well to sensible changes.\n\nHelpful steps: reduce distance and steep descents for a while rather than stopping completely, then build back up gradually. Exercises that strengthen the thigh and hip muscles are the main long-term treatment; a physiotherapist can teach a programme. Shorter, quicker strides downhill also lower the load on the knee.\n\nPlease see a doctor in person if the knee swells, locks or gives way, if pain continues at rest or at night, or if it does not improve after several weeks of reduced running.",
      },
    ],
  },

  // ── Family medicine ──
  {
    key: 'en-fm-tired-all-the-time',
    department: 'family-medicine',
    lang: 'en',
    title: 'Tired all the time even after eight hours of sleep',
    body: "For the past few months I have felt exhausted almost every day, even when I sleep eight hours. I have two young children and a full-time job, so I assumed that's just life, but it is getting worse. I get out of breath climbing the stairs to our flat, my periods have been heavy for the last year, I seem to be losing more hair in the shower, and my hands are always cold. My mood is okay most days. Is this just stress, or could something else be going on?",
    askerName: 'Foggy Fiona',
    ageRange: '30~39',
    sex: 'female',
    askedAt: '2024-09-10',
    answers: [
      {
        doctor: 'chiu',
        daysAfter: 2,
        text: "Tiredness has many possible causes, and busy parents with full-time jobs are certainly entitled to feel worn out. Still, when fatigue keeps getting worse and comes with breathlessness on stairs and heavy periods, it is worth looking further rather than putting it down to stress.\n\nHeavy periods are one of the most common reasons for low iron stores, which can cause tiredness, breathlessness, hair shedding and cold hands. Thyroid problems, poor sleep quality, low mood and some other conditions can produce similar symptoms. A visit to a family doctor with a few basic blood tests is a simple, sensible first step; the results will guide what comes next.\n\nPlease avoid starting iron supplements on your own before testing, as they can mask the picture. Seek care sooner if you feel faint, have a racing heart at rest, notice very heavy bleeding, or feel persistently low or hopeless.",
      },
    ],
  },
  {
    key: 'en-fm-sore-throat-antibiotics',
    department: 'family-medicine',
    lang: 'en',
    title: 'Do I need antibiotics for a sore throat?',
    body: "I've had a sore throat for three days, along with a runny nose, a mild cough and feeling a bit warm. Swallowing hurts, especially in the morning. A coworker told me I should ask for antibiotics so it clears up faster before my holiday next week, and my mother always kept some left over at home. I'd rather not take medicine I don't need, but I also don't want this to get worse. How do I know if it's the kind of sore throat that needs antibiotics?",
    askerName: 'Scratchy Throat',
    ageRange: '20~29',
    sex: 'female',
    askedAt: '2025-11-04',
    answers: [
      {
        doctor: 'chiu',
        daysAfter: 1,
        text: "Most sore throats, particularly those that come with a runny nose and cough, are caused by viruses, and antibiotics do not work against viruses. Taking them in that situation does not speed recovery but can cause side effects and contributes to antibiotic resistance. Please do not use leftover antibiotics; they may be the wrong kind and are never a complete course.\n\nSelf-care usually helps: warm drinks, honey in warm water (not for babies under one year), throat lozenges, rest, and plenty of fluids. A pharmacist can suggest something for the pain.\n\nSee a doctor if the sore throat lasts more than a week, if there is high fever without a cough together with swollen, tender neck glands, or if it is very painful on one side. Seek urgent care if you have trouble breathing, cannot swallow your own saliva, start drooling, or cannot open your mouth fully.",
      },
    ],
  },

  // ── Endocrinology ──
  {
    key: 'en-endo-borderline-sugar',
    department: 'endocrinology',
    lang: 'en',
    title: "My blood sugar came back 'borderline' — what does that mean?",
    body: "At my company's yearly health check, my fasting blood sugar and a long-term sugar test were both flagged as borderline. The report just said to follow up, with no explanation. I'm a bit overweight, sit at a desk all day, and I have to admit I drink a sweet bubble tea almost every afternoon. My mother has diabetes and takes insulin. I feel perfectly healthy. Does borderline mean I'm going to get diabetes, and is there anything I can do now to stop it?",
    askerName: 'Desk Dad',
    ageRange: '40~49',
    sex: 'male',
    askedAt: '2024-01-23',
    answers: [
      {
        doctor: 'tseng',
        daysAfter: 2,
        text: "Borderline results, often called prediabetes, mean that blood sugar is higher than normal but not in the range used to diagnose diabetes. It is a common finding and usually causes no symptoms. It does raise the chance of developing diabetes later, especially with a family history, but it is also the stage at which lifestyle changes work best; many people bring their numbers back to normal.\n\nThe changes with the strongest evidence: swap sugary drinks for water or unsweetened tea, aim for about 150 minutes of brisk activity a week, break up long sitting, and work towards losing a modest amount of weight if you are overweight. Good sleep helps too.\n\nPlease follow up with a doctor so the tests can be repeated and other risks such as blood pressure and cholesterol checked. See a doctor sooner if you notice strong thirst, passing urine much more often, unexplained weight loss or blurred vision.",
      },
    ],
  },
  {
    key: 'en-endo-thyroid-nodule',
    department: 'endocrinology',
    lang: 'en',
    title: 'A thyroid nodule showed up on my neck ultrasound',
    body: "I had a neck ultrasound for an unrelated reason and the report mentions a small nodule in my thyroid. I can't feel anything, my voice is normal, and I have no trouble swallowing. My thyroid blood test last year was normal. I have been reading about thyroid cancer and I'm very anxious, especially because the follow-up appointment is still several weeks away. How common are these nodules, and what usually happens next?",
    askerName: 'Worried Wendy',
    ageRange: '50~59',
    sex: 'female',
    askedAt: '2025-08-19',
    answers: [
      {
        doctor: 'tseng',
        daysAfter: 3,
        text: "Thyroid nodules are very common, and they are found more and more often because ultrasound is used so widely. The large majority are benign. Being anxious while waiting is completely understandable.\n\nWhat usually happens next is that a specialist looks at the nodule's size and its appearance on the ultrasound, together with thyroid blood tests. Based on those features, the doctor decides whether a fine-needle biopsy is needed or whether it is enough to repeat the ultrasound after some time. Many small nodules only need watching.\n\nWaiting a few weeks for a routine appointment is usually fine. However, please contact a doctor sooner if you notice a lump in the neck that grows quickly, a hoarse voice that lasts more than a few weeks, trouble swallowing or breathing, or swollen lymph glands in the neck. Writing your questions down before the visit can help you get the most out of it.",
      },
    ],
  },

  // ── Otolaryngology ──
  {
    key: 'en-ent-ringing-after-concert',
    department: 'otolaryngology',
    lang: 'en',
    title: 'Ringing in my ears since a concert two days ago',
    body: "Two days ago I went to a rock concert and stood close to the speakers. Since then I have a high-pitched ringing in both ears, louder in the right one, and sounds seem slightly muffled, like there is cotton in my ears. It is most noticeable at night when the room is quiet. I don't have pain or dizziness. Will this go away by itself? I'm going to another festival next month and now I'm worried.",
    askerName: 'Front Row Fan',
    ageRange: '20~29',
    sex: 'male',
    askedAt: '2024-06-04',
    answers: [
      {
        doctor: 'su',
        daysAfter: 1,
        text: "Ringing and a muffled feeling after loud music are very common, and they often fade over a few days as the inner ear recovers from the noise. That recovery is a warning sign, though: repeated exposure can cause lasting hearing loss and ringing.\n\nFor now, give your ears a rest from loud sound, including headphones at high volume. Quiet background sound at night, such as a fan, can make the ringing less noticeable while you fall asleep.\n\nPlease see an ear, nose and throat doctor and have a hearing test if the ringing or muffled hearing has not cleared within about a week. Seek care within a day or two if hearing suddenly drops in one ear, if you become dizzy, or if there is ear pain or discharge, because sudden hearing loss is treated best early. For the festival, musicians' earplugs lower the volume evenly so the music still sounds good; stand away from speakers and take breaks in quieter areas.",
      },
    ],
  },

  // ── Obstetrics and gynecology ──
  {
    key: 'en-obgyn-irregular-cycle',
    department: 'obstetrics-gynecology',
    lang: 'en',
    title: 'My periods have become irregular this year',
    body: "I'm in my mid-forties and my cycle used to be very regular. This year it has been all over the place: sometimes three weeks apart, sometimes six, and a couple of times much heavier than usual. I also wake up hot and sweaty some nights and feel more irritable. I'm not planning another pregnancy. Is this the start of menopause, and is there anything I should get checked?",
    askerName: 'Juggling June',
    ageRange: '40~49',
    sex: 'female',
    askedAt: '2025-10-07',
    answers: [
      {
        doctor: 'yen',
        daysAfter: 2,
        text: "Changes like these are common in the mid-forties. The years leading up to menopause, called perimenopause, often bring cycles that vary in length and flow, along with night sweats, sleep changes and mood swings. Even so, irregular bleeding has other possible causes, such as fibroids, polyps or thyroid changes, so a check-up with a gynaecologist is a good idea rather than simply assuming.\n\nA period diary, noting the dates, how heavy the flow is and any other symptoms, helps a lot at the appointment. Until menopause is confirmed, pregnancy is still possible, so keep using contraception if you want to avoid it.\n\nPlease see a doctor sooner if bleeding is very heavy (soaking a pad every hour or passing large clots), if you bleed between periods or after sex, if you feel dizzy or very tired, or if bleeding starts again after a full year without periods.",
      },
    ],
  },

  // ── Urology ──
  {
    key: 'en-uro-night-urination',
    department: 'urology',
    lang: 'en',
    title: 'Getting up three times a night to pee',
    body: "Over the past year I've started waking up two or three times every night to urinate, which ruins my sleep. During the day I also feel I need to go more often, and the stream seems weaker than it used to be, sometimes starting slowly. I drink a few cups of tea in the evening while watching TV. There is no pain or blood. My wife says I also snore loudly. Is this just part of getting older, or should I see someone?",
    askerName: 'Night Walker',
    ageRange: '60~69',
    sex: 'male',
    askedAt: '2024-10-29',
    answers: [
      {
        doctor: 'chu',
        daysAfter: 2,
        text: "Waking at night to pass urine becomes more common with age, but it is not something you simply have to accept. Common contributors include drinking in the evening (tea is both fluid and a mild diuretic), an enlarged prostate that makes the bladder empty less completely, an overactive bladder, some medicines, and sleep problems. Loud snoring is worth mentioning, because breathing pauses during sleep can themselves increase night-time urine.\n\nSimple steps: move most of your drinking earlier in the day, stop tea and alcohol a few hours before bed, and keep a three-day bladder diary of drinks, times and amounts passed.\n\nA weaker stream together with more frequent urination is a good reason to see a urologist, who can examine you and may suggest urine and blood tests. Please seek care promptly if you see blood in the urine, have pain or fever, or cannot pass urine at all.",
      },
    ],
  },
  {
    key: 'en-uro-kidney-stone-again',
    department: 'urology',
    lang: 'en',
    title: 'Had a kidney stone last year — how do I avoid another one?',
    body: "Last summer I had a kidney stone and it was the worst pain of my life. It passed on its own after a couple of days. I work outdoors in construction and probably don't drink enough water in the heat. I also love salty snacks and instant noodles. A friend told me to stop eating dairy because stones are made of calcium. I really never want to go through that again. What actually helps prevent another stone?",
    askerName: 'Never Again Nick',
    ageRange: '30~39',
    sex: 'male',
    askedAt: '2025-06-24',
    answers: [
      {
        doctor: 'chu',
        daysAfter: 1,
        text: "Kidney stones do come back in many people, so it is smart to think about prevention now. The single most important habit is drinking enough to keep your urine pale all day; working outdoors in the heat, you will need more than most people, spread through the shift.\n\nA lot of salt makes the kidneys release more calcium into the urine, so cutting back on salty snacks and instant noodles helps. Surprisingly, cutting out dairy is usually not recommended: normal amounts of calcium from food bind other stone-forming substances in the gut. Limiting sugary drinks and large amounts of meat can also help.\n\nThe best advice depends on the type of stone, so if a stone is ever caught, keep it for analysis. Please see a urologist for follow-up, who may suggest urine and blood tests. Seek urgent care for severe flank pain together with fever or chills, repeated vomiting, or very little urine.",
      },
    ],
  },

  // ── Pulmonology ──
  {
    key: 'en-pulmo-cough-after-cold',
    department: 'pulmonology',
    lang: 'en',
    title: 'Cough still going a month after a cold',
    body: "About five weeks ago I caught a cold. The runny nose and sore throat went away, but the dry, tickly cough never did. It's worst at night and when I talk a lot, and cold air sets it off. I don't have a fever and I'm not coughing anything up. I don't smoke. My family is getting tired of hearing me cough and I'm tired of not sleeping. Is it normal for a cough to last this long, and what can I do?",
    askerName: 'Coughing Carol',
    ageRange: '50~59',
    sex: 'female',
    askedAt: '2024-12-31',
    answers: [
      {
        doctor: 'shih',
        daysAfter: 2,
        text: "A cough that lingers after a cold is very common. The airways stay sensitive for weeks after the infection has cleared, and a dry, tickly cough for three to eight weeks is not unusual, especially in cold air or when talking.\n\nThings that soothe it: warm drinks, honey in warm water, steam from a shower, staying away from smoke, and a scarf over the mouth in cold weather. A pharmacist can suggest something for night-time if needed.\n\nPlease see a doctor if the cough passes eight weeks, or sooner if you notice wheezing, breathlessness, chest tightness, fever, night sweats, weight loss, or coughing up blood. Other common reasons for a long-lasting cough include postnasal drip, acid reflux, asthma and certain blood pressure medicines, and a doctor can look into these with an examination and, if needed, a chest X-ray or breathing tests.",
      },
    ],
  },

  // ── Rehabilitation ──
  {
    key: 'en-rehab-laptop-neck',
    department: 'rehabilitation',
    lang: 'en',
    title: 'Stiff neck and shoulders from working at a laptop all day',
    body: "Since I started working from home I use a laptop on the kitchen table for most of the day. By the afternoon my neck and the tops of my shoulders feel tight and sore, and sometimes the stiffness spreads up into the back of my head. I have a massage once a month, which helps for a day or two. I don't have numbness in my arms. My posture is probably terrible because I lean forward to see the screen. What exercises or changes would help?",
    askerName: 'HunchedHank',
    ageRange: '30~39',
    sex: 'male',
    askedAt: '2025-02-25',
    answers: [
      {
        doctor: 'kao',
        daysAfter: 2,
        text: "Neck and shoulder stiffness from long hours of leaning towards a low screen is extremely common. The head is heavy, and every few centimetres it moves forward adds strain to the muscles at the back of the neck and shoulders.\n\nSet-up first: raise the laptop so the top of the screen is near eye level, and use a separate keyboard and mouse so your elbows rest by your sides. Choose a chair that supports your lower back.\n\nThen movement: every half hour, stand up, roll your shoulders, and gently tuck your chin back as if making a double chin, holding a few seconds. Over the week, strengthening the upper back and shoulder blade muscles, for example with resistance band rows, makes a lasting difference. Massage can feel good, but exercise keeps the benefit going.\n\nPlease see a doctor if pain spreads down an arm, if you notice numbness, tingling or weakness in the hands, or if the pain is severe or does not improve after several weeks.",
      },
    ],
  },

  // ── 繁體中文 ──
  {
    key: 'zh-neuro-eyelid',
    department: 'neurology',
    lang: 'zh-Hant',
    title: '眼皮一直跳，是不是有什麼問題？',
    body: '最近兩個禮拜，右眼下眼皮一直跳，一天好幾次，每次跳幾秒鐘就停，但過一下又開始。照鏡子看不太出來，可是自己感覺很明顯。我正在準備國家考試，每天只睡五個小時左右，還要喝兩三杯咖啡提神，眼睛到晚上也常常乾乾澀澀的。家裡長輩說「右眼跳災」，讓我有點緊張。請問醫師這樣需要去掛號檢查嗎？應該看眼科還是神經內科？',
    askerName: '小美',
    ageRange: '20~29',
    sex: 'female',
    askedAt: '2024-04-23',
    answers: [
      {
        doctor: 'tao',
        daysAfter: 1,
        text: '眼皮不自主地跳動非常常見，多半只是眼睛周圍一小部分肌肉在抽動，和睡眠不足、壓力大、咖啡因、長時間看書或看螢幕、眼睛乾澀都很有關係，大多數會在幾天到幾週內自己慢慢緩解。至於「左眼跳財、右眼跳災」只是民間說法，和健康沒有關係。\n\n建議先從生活調整做起：盡量多睡一點、下午以後少喝咖啡或濃茶、讀書每半小時讓眼睛休息一下，晚上可以熱敷眼睛。眼睛乾可以請藥師推薦合適的人工淚液。\n\n如果跳動持續超過兩三個月、眼皮無法張開或下垂、跳動擴散到臉頰或嘴角、臉部感覺無力，或眼睛紅腫疼痛、有分泌物，請到神經內科或眼科門診，讓醫師當面檢查。',
      },
    ],
  },
  {
    key: 'zh-gi-heartburn-night',
    department: 'gastroenterology',
    lang: 'zh-Hant',
    title: '晚上一躺下就火燒心，喉嚨還酸酸的',
    body: '這半年來，只要晚上吃完宵夜躺下，就覺得胸口下方一陣灼熱往上衝，喉嚨酸酸苦苦的，有時候半夜還會被嗆醒咳嗽。我下班時間晚，常常十點多才吃晚餐，喜歡吃炸物和麻辣鍋，也會配一點啤酒。白天比較沒有感覺。去藥局買過胃藥，吃了會好一點，但停了又來。請問這是胃食道逆流嗎？需要去照胃鏡嗎？',
    askerName: '宵夜愛好者',
    ageRange: '30~39',
    sex: 'male',
    askedAt: '2025-03-04',
    answers: [
      {
        doctor: 'kuo',
        daysAfter: 1,
        text: '吃完東西很快躺下時出現灼熱感、喉嚨酸苦，是胃酸往上逆流到食道常見的表現。晚餐太晚、份量大、油炸或辛辣食物、酒精，以及腰圍增加，都會讓逆流更容易發生。\n\n可以先試試這些調整：睡前三小時內不要進食；晚餐吃少一點、清淡一點；減少酒精、咖啡和油炸辛辣食物；把床頭整個墊高（用墊塊墊床腳，比多放枕頭有效）；體重過重的話慢慢減重。藥局的制酸劑可以短期緩解，使用前請先詢問藥師。\n\n要不要做胃鏡，需要醫師當面評估。如果調整生活幾週後仍常常發作，建議到腸胃科門診；若出現吞嚥困難、食物卡住、體重莫名下降、吐血或解黑便，請盡快就醫。運動時胸口悶痛則要立刻就醫，因為心臟問題也可能有類似感覺。',
      },
    ],
  },
  {
    key: 'zh-gi-fatty-liver',
    department: 'gastroenterology',
    lang: 'zh-Hant',
    title: '健檢報告寫脂肪肝，需要吃藥嗎？',
    body: '公司健檢的腹部超音波寫「輕度脂肪肝」，肝功能指數稍微超過標準一點點。我平常沒有什麼不舒服，只是體重這幾年胖了快十公斤，常常外食、喝手搖飲，應酬時也會喝酒。同事推薦我吃保肝的保健食品，網路上也有人說要喝什麼茶。請問脂肪肝會不會變成肝硬化？需要吃藥，還是只要改變生活習慣就好？',
    askerName: '阿傑',
    ageRange: '30~39',
    sex: 'male',
    askedAt: '2025-08-05',
    answers: [
      {
        doctor: 'kuo',
        daysAfter: 2,
        text: '脂肪肝是健檢中非常常見的發現，和體重增加、含糖飲料、精緻澱粉、飲酒以及缺乏運動關係密切。多數人早期沒有症狀，但若長期放著不管，少數人的肝臟可能慢慢發炎、纖維化，所以值得認真面對。\n\n目前最有效的方法是生活調整：逐步減重、把手搖飲換成白開水或無糖茶、減少宵夜和油炸食物、盡量少喝酒，並維持每週規律運動。不少人減重後，超音波和肝功能都能明顯改善。市面上的保肝保健食品或偏方缺乏足夠證據，有些反而會增加肝臟負擔，使用前請先和醫師或藥師討論。\n\n建議帶著健檢報告到腸胃肝膽科門診，由醫師安排追蹤抽血和超音波，也可以順便檢查B型、C型肝炎。如果出現皮膚或眼白變黃、茶色尿、肚子腫脹，請盡快就醫。',
      },
    ],
  },
  {
    key: 'zh-cardio-morning-bp',
    department: 'cardiology',
    lang: 'zh-Hant',
    title: '早上量血壓都在140以上，這樣算高嗎？',
    body: '退休後開始每天早上在家量血壓，最近一個月收縮壓大多在140到150之間，舒張壓大概90左右。我沒有頭暈或頭痛，平常覺得身體還不錯。不過我很愛吃醃漬的小菜和泡麵，也很少運動。朋友說血壓藥一吃就要吃一輩子，所以我有點猶豫要不要去看醫師。請問這樣的數字需要擔心嗎？量血壓有沒有什麼要注意的地方？',
    askerName: '退休老李',
    ageRange: '60~69',
    sex: 'male',
    askedAt: '2024-07-30',
    answers: [
      {
        doctor: 'liao',
        daysAfter: 1,
        text: '在家量血壓是很好的習慣，比在診間只量一次更能反映平常的狀況。您描述的數字已經高於一般建議的目標，值得找醫師好好討論。高血壓常常沒有任何症狀，所以不能用「有沒有不舒服」來判斷。\n\n量測時請注意：量之前安靜坐五分鐘，背靠椅背、雙腳平放，手臂放在和心臟同高的位置；量前半小時不要喝咖啡、抽菸或運動；先上廁所；使用合適大小的臂帶。早晚各量兩次、間隔一分鐘，連續記錄一週，看診時帶給醫師看。\n\n是否需要用藥，要由醫師看過整體狀況後決定，很多人一開始先從生活調整做起：少吃醃漬物和加工食品、規律快走、控制體重、少喝酒。如果血壓很高又合併劇烈頭痛、胸痛、呼吸困難、單側無力或視力突然模糊，請立刻到急診。',
      },
    ],
  },
  {
    key: 'zh-peds-fever-rash',
    department: 'pediatrics',
    lang: 'zh-Hant',
    title: '寶寶發燒三天，退燒後全身冒出紅疹',
    body: '我家寶寶十一個月大，前三天一直發高燒，但精神還可以，也願意喝奶。今天早上終於退燒了，結果中午開始胸口、背部和脖子冒出一顆一顆粉紅色的小疹子，摸起來平平的，好像不會癢，寶寶反而比前幾天開心。婆婆說是發燒發出來的，不用管它。請問這樣正常嗎？會不會是過敏？需要馬上帶去掛急診嗎？',
    askerName: '新手媽咪',
    ageRange: '30~39',
    sex: 'female',
    askedAt: '2025-05-13',
    answers: [
      {
        doctor: 'lu',
        daysAfter: 0,
        text: '高燒幾天、退燒後才出現粉紅色、平平的疹子，而且孩子精神變好，是小兒科門診常見的情況，某些嬰幼兒常見的病毒感染（例如俗稱的玫瑰疹）就常有這樣的過程，疹子多半幾天內會自己消退。不過確切原因仍需要醫師看過才能判斷，建議這一兩天內帶到小兒科門診讓醫師檢查，也可以確認是不是和之前用過的藥物有關。\n\n在家可以先做一個簡單的檢查：用透明玻璃杯壓在疹子上，如果疹子壓了會變淡，比較令人放心；如果壓了不退色、看起來像瘀青或出血點，請立即就醫。\n\n另外，如果再度發燒、精神變差、嗜睡叫不醒、不肯喝奶、尿布明顯變少、呼吸急促或出現抽搐，也請盡快到急診。',
      },
    ],
  },
  {
    key: 'zh-derm-hand-eczema',
    department: 'dermatology',
    lang: 'zh-Hant',
    title: '手一直癢又脫皮，洗手之後更嚴重',
    body: '我在醫院當護理人員，一天要洗手、用酒精消毒幾十次。這個冬天兩手手背和指縫變得又紅又乾，還會脫皮、裂開，手指側邊偶爾冒出很癢的小水泡，晚上癢到抓破。擦一般的乳液反而覺得刺刺的。請問這是濕疹嗎？工作沒辦法不洗手，有沒有什麼方法可以改善？需要看皮膚科嗎？',
    askerName: '小安',
    ageRange: '20~29',
    sex: 'female',
    askedAt: '2024-01-16',
    answers: [
      {
        doctor: 'fang',
        daysAfter: 2,
        text: '頻繁洗手和消毒會帶走皮膚的油脂，醫護人員和餐飲業常見手部又乾又紅、脫皮裂開、長小水泡，一般稱為手部皮膚炎或手部濕疹。至於實際是哪一種類型，需要醫師當面看過才能判斷。\n\n日常照顧很重要：洗手用溫水和溫和、無香料的清潔用品，洗完輕輕拍乾，每次洗手後都補擦較滋潤的無香料乳霜或軟膏（乳液較稀，破皮時容易刺痛）；睡前厚擦一層，再戴棉質手套。在家洗碗、打掃時戴防水手套，裡面加一層棉手套。盡量不要抓。\n\n如果照顧兩三週仍沒有改善、裂口一直流血，或出現黃色結痂、化膿、紅腫熱痛擴大等感染跡象，請到皮膚科門診。醫師可以評估是否需要處方藥膏，必要時安排貼膚測試，找找看有沒有接觸過敏。',
      },
    ],
  },
  {
    key: 'zh-psych-insomnia',
    department: 'psychiatry',
    lang: 'zh-Hant',
    title: '躺在床上兩三個小時都睡不著',
    body: '大概從三個月前換工作開始，晚上躺在床上腦袋就停不下來，一直想工作上的事，常常翻來覆去兩三個小時才睡著，早上又要七點起床，白天精神很差，只能靠咖啡撐著。假日會睡到中午補眠。睡前習慣在床上滑手機放鬆。朋友給我一顆安眠藥叫我試試看，我不太敢吃。請問醫師，除了吃藥還有什麼方法？需要去看身心科嗎？',
    askerName: '夜貓子',
    ageRange: '30~39',
    sex: 'male',
    askedAt: '2025-09-30',
    answers: [
      {
        doctor: 'ho',
        daysAfter: 1,
        text: '壓力大、換工作之後出現入睡困難很常見。不吃別人給的藥是對的，安眠藥物需要醫師評估後才能使用。\n\n目前研究證據最好的非藥物方法是「失眠認知行為治療」，核心原則包括：每天固定時間起床，假日也一樣；有睡意才上床；躺了大約二十分鐘還睡不著，就起來到昏暗的地方做點安靜的事，有睡意再回床上；床只用來睡覺，手機不帶上床；中午以後避免咖啡因。傍晚先把明天的待辦事項寫下來，也能減少睡前反覆思考。\n\n這些方法通常需要幾週才見效。如果持續沒有改善、心情低落、對事情失去興趣，或家人發現您打呼很大聲、睡覺會停止呼吸，建議到身心科或睡眠門診就診。若出現傷害自己的念頭，請立即尋求協助或到急診。',
      },
    ],
  },
  {
    key: 'zh-eye-floaters',
    department: 'ophthalmology',
    lang: 'zh-Hant',
    title: '眼前有黑點飄來飄去，是飛蚊症嗎？',
    body: '我近視很深，戴眼鏡很多年了。最近看白色牆壁或藍天的時候，眼前會有幾個小黑點和細細的線飄來飄去，眼睛轉動時它們也跟著移動。沒有痛，也沒有紅，視力感覺跟以前差不多。網路上說是飛蚊症，也有人說可能是視網膜出問題，讓我很擔心。請問需要去眼科檢查嗎？什麼情況要特別小心？',
    askerName: '深度近視',
    ageRange: '30~39',
    sex: 'female',
    askedAt: '2024-09-24',
    answers: [
      {
        doctor: 'wei',
        daysAfter: 2,
        text: '眼前有小黑點或細線飄動、隨眼球轉動而移動，一般俗稱「飛蚊症」，多半是眼球內玻璃體隨年齡或高度近視而退化、產生混濁所造成，本身大多無害，時間久了大腦也會比較不注意它。\n\n不過，高度近視的人視網膜比較薄，第一次出現飛蚊症時，建議到眼科門診做一次散瞳檢查，讓醫師仔細看看周邊視網膜有沒有裂孔。散瞳後幾個小時內看近物會模糊、怕光，最好不要自己開車前往。\n\n如果黑點突然大量增加、眼前出現閃光、視野好像有一片窗簾遮住，或視力突然變差，請當天就到眼科或急診，因為這些可能是視網膜剝離的警訊，越早處理越好。',
      },
    ],
  },
  {
    key: 'zh-ortho-frozen-shoulder',
    department: 'orthopedics',
    lang: 'zh-Hant',
    title: '肩膀舉不起來，穿衣服都會痛，是五十肩嗎？',
    body: '右肩痛了快三個月，一開始只是拿高處的東西會痛，後來連穿外套、扣內衣、梳頭髮都很困難，晚上睡覺壓到右邊也會痛醒。沒有跌倒或受傷過。去國術館推拿過兩次，當下舒服一點，隔天反而更痛。鄰居說是五十肩，放著就會好。請問需要去醫院檢查嗎？應該掛骨科還是復健科？',
    askerName: '家庭主婦阿鳳',
    ageRange: '50~59',
    sex: 'female',
    askedAt: '2026-01-20',
    answers: [
      {
        doctor: 'pan',
        daysAfter: 2,
        text: '肩膀疼痛合併活動角度越來越小、夜間痛醒，在這個年紀很常見。俗稱的「五十肩」（沾黏性肩關節囊炎）是原因之一，但旋轉肌腱發炎或破裂、鈣化性肌腱炎等也會有類似表現，需要醫師當面檢查，必要時安排超音波或X光，才能知道是哪一種情形。\n\n「放著就會好」並不完全正確：有些情況雖然會慢慢改善，但可能要花很長時間，適當的治療和運動能縮短病程。用力推拿或拉扯可能讓發炎更厲害，建議先暫停。在家可以熱敷，並在不引起劇痛的範圍內做溫和的擺盪運動，例如身體前傾、讓手臂自然垂下輕輕畫圈。\n\n骨科或復健科都可以掛號，兩科常常合作治療。如果肩膀突然無力舉不起來、明顯紅腫發熱，或合併發燒，請盡快就醫。',
      },
    ],
  },
  {
    key: 'zh-fm-checkup-red',
    department: 'family-medicine',
    lang: 'zh-Hant',
    title: '健檢報告好多紅字，應該先掛哪一科？',
    body: '今年第一次用健保的成人預防保健做檢查，報告出來膽固醇、三酸甘油酯和尿酸都被標成紅字，血糖好像也在邊緣。我平常工作忙，三餐外食，幾乎沒有運動，身體倒是沒有什麼不舒服。看著報告一堆紅字很緊張，又不知道要分別去看心臟科、新陳代謝科還是腎臟科。請問應該從哪一科開始比較好？',
    askerName: '上班族阿明',
    ageRange: '40~49',
    sex: 'male',
    askedAt: '2026-03-10',
    answers: [
      {
        doctor: 'chiu',
        daysAfter: 1,
        text: '健檢報告出現好幾個紅字很常見，先不用太緊張。膽固醇、三酸甘油酯、尿酸和血糖偏高，常常和飲食、體重、活動量有關，而且彼此互相影響，所以最適合先到家庭醫學科門診，讓醫師整體評估，再判斷是否需要轉介其他專科。\n\n看診時請帶著完整的健檢報告，也可以整理一下家族病史、平常的飲食和作息。醫師可能會建議過一段時間再抽血追蹤，並一起評估血壓和心血管風險。\n\n在等待看診前，可以先從簡單的改變開始：含糖飲料換成白開水或無糖茶、外食多選蔬菜和原型食物、減少油炸和內臟類食物、少喝酒，每天快走或爬樓梯，累積活動量。很多人持續幾個月後，下一次報告的紅字就少了好幾個。',
      },
    ],
  },
  {
    key: 'zh-ent-morning-sneezing',
    department: 'otolaryngology',
    lang: 'zh-Hant',
    title: '每天早上起床一直打噴嚏、流鼻水',
    body: '從小到大，每天早上一起床就連續打十幾個噴嚏，流清清的鼻水，鼻子很癢，眼睛也會癢，大概到中午就好很多。換季和天氣變冷的時候更嚴重，晚上鼻塞還會讓我用嘴巴呼吸，早上起來喉嚨很乾。我沒有發燒，家裡有養一隻貓。媽媽說是體質，不用看。請問這是過敏性鼻炎嗎？除了吃藥，平常有什麼方法可以改善？',
    askerName: '噴嚏王',
    ageRange: '10~19',
    sex: 'male',
    askedAt: '2024-10-15',
    answers: [
      {
        doctor: 'su',
        daysAfter: 2,
        text: '早上起床連續打噴嚏、流清鼻水、鼻子和眼睛癢，換季或天冷時加重，是過敏性鼻炎常見的表現，不過還是需要醫師當面檢查鼻腔後才能確認。台灣常見的過敏原包括塵蟎、黴菌和寵物的皮屑。\n\n環境控制是基礎：寢具每週用熱水清洗，選用防蟎寢具；減少房間裡的布沙發、絨毛玩具和地毯；保持室內乾燥通風；盡量不讓貓進入臥室；起床後可以用生理食鹽水沖洗鼻腔。冷空氣也會刺激鼻子，早上出門可以戴口罩。\n\n如果症狀影響睡眠和上課、長期鼻塞、常常流黃綠色鼻涕、單側鼻塞或流鼻血，建議到耳鼻喉科門診。醫師可以評估是否需要過敏原檢測，並討論合適的治療方式。',
      },
    ],
  },
  {
    key: 'zh-obgyn-period-pain',
    department: 'obstetrics-gynecology',
    lang: 'zh-Hant',
    title: '經痛痛到沒辦法上課，這樣正常嗎？',
    body: '我從國中開始就有經痛，但這一兩年好像越來越嚴重，每次月經第一、二天下腹痛到冒冷汗、想吐，只能請假躺在床上。月經週期大概二十八天左右，還算規律。媽媽說她年輕時也會痛，生完小孩就好了，叫我忍一忍。請問經痛痛成這樣正常嗎？需要去婦產科檢查嗎？平常有什麼方法可以減輕？',
    askerName: '小雨',
    ageRange: '20~29',
    sex: 'female',
    askedAt: '2025-12-02',
    answers: [
      {
        doctor: 'yen',
        daysAfter: 1,
        text: '經痛很常見，但痛到需要請假、冒冷汗想吐，就不應該只是「忍一忍」。多數經痛是子宮收縮引起的原發性經痛；但如果疼痛逐年加重，也可能和子宮內膜異位症、子宮肌腺症等狀況有關，需要醫師評估。\n\n平常可以試試：熱敷下腹部或腰部、規律運動、月經前後作息正常、少吃冰冷和高糖的食物。止痛藥物在疼痛剛開始時使用通常效果較好，但請先請教醫師或藥師，選擇適合自己的藥物和用法。\n\n建議到婦產科門診檢查，醫師可能會安排超音波。如果出現經血量突然變多、非經期出血、性行為後疼痛或出血、排便時劇痛，或疼痛嚴重到無法緩解並伴隨發燒，請盡快就醫。',
      },
    ],
  },
  {
    key: 'zh-pulmo-lingering-cough',
    department: 'pulmonology',
    lang: 'zh-Hant',
    title: '感冒好了，咳嗽卻咳了一個多月',
    body: '一個多月前感冒，發燒和流鼻水幾天就好了，可是咳嗽一直沒停。大多是乾咳，喉嚨癢癢的，晚上躺下和講話講久了特別容易咳，吹到冷氣也會咳個不停。沒有發燒，也沒有咳出痰或血，我沒有抽菸。已經看過兩次診所，咳嗽還是斷斷續續。家人很擔心是不是肺出了問題。請問咳這麼久正常嗎？需要照X光嗎？',
    askerName: '咳不停',
    ageRange: '40~49',
    sex: 'female',
    askedAt: '2026-02-17',
    answers: [
      {
        doctor: 'shih',
        daysAfter: 2,
        text: '感冒後呼吸道會敏感一段時間，乾咳、喉嚨癢持續三到八週並不少見，冷空氣、講話或躺下時特別明顯，這種情形常被稱為感冒後咳嗽。\n\n在家可以多喝溫水、用溫熱的蜂蜜水潤喉（一歲以下嬰兒不可以吃蜂蜜）、洗澡時吸一點溫熱的水蒸氣、避開二手菸和冷氣直吹，冷天出門戴口罩。\n\n如果咳嗽超過八週仍未改善，建議到胸腔內科門診，醫師會評估鼻涕倒流、胃食道逆流、氣喘等常見原因，並判斷是否需要照胸部X光或做肺功能檢查。若出現喘、胸悶、喘鳴聲、持續發燒、夜間盜汗、體重減輕或咳血，請不用等到八週，應盡快就醫。',
      },
    ],
  },
  {
    key: 'zh-rehab-desk-neck-headache',
    department: 'rehabilitation',
    lang: 'zh-Hant',
    title: '久坐電腦肩頸痠痛，下午還會頭痛',
    body: '我是軟體工程師，每天坐在電腦前超過十小時。最近半年肩膀和脖子常常很緊很痠，到了下午後腦勺到太陽穴也會悶悶地痛，有時候覺得頭像被箍住一樣。按摩或貼痠痛貼布可以舒服一陣子，過兩天又回來。手沒有發麻。請問這是姿勢不良造成的嗎？有沒有什麼運動或辦公桌的調整可以改善？',
    askerName: '工程師阿宏',
    ageRange: '30~39',
    sex: 'male',
    askedAt: '2026-06-09',
    answers: [
      {
        doctor: 'kao',
        daysAfter: 2,
        text: '長時間坐在電腦前、頭往前伸，會讓後頸和肩膀的肌肉一直處在緊繃狀態，很多上班族因此肩頸痠痛，緊繃的肌肉也常和下午出現的壓迫型頭痛有關。\n\n先調整工作環境：螢幕上緣大約和眼睛同高、距離約一個手臂長；鍵盤和滑鼠靠近身體，手肘自然放在身體兩側；椅子要能支撐下背。接著是活動：每三十分鐘起身走動，做聳肩、轉肩，以及把下巴往後收、像做出雙下巴的動作，停幾秒再放鬆。平日加強上背和肩胛周圍肌力，例如彈力帶划船運動，效果比單靠按摩持久。\n\n如果出現手臂麻木、刺痛或無力，頭痛越來越頻繁、突然劇烈頭痛，或調整幾週仍沒有改善，請到復健科或神經內科門診，讓醫師當面評估。',
      },
    ],
  },
];

export const DEMO_FAQS: DemoFaq[] = [
  {
    key: 'faq-muscle-twitches-causes',
    focus: 'Muscle twitches',
    qtype: 'causes',
    lang: 'en',
    question: 'What causes muscle twitches?',
    answer: "A muscle twitch, also called a fasciculation, is a small, brief contraction of a few muscle fibres that you can often see or feel under the skin. Common places are the eyelid, calf, thigh and thumb. Almost everyone has them at some point, and in most people they are harmless.\n\nEveryday triggers include caffeine, lack of sleep, stress and anxiety, hard exercise, dehydration and some medicines. Twitches often appear when a muscle is at rest, for example in bed, and they tend to come and go over days or weeks. Paying close attention to them usually makes them seem more frequent.\n\nLess often, twitching is part of a problem with the nerves, the thyroid or the balance of salts in the blood. Warning signs that call for a visit to a doctor are weakness, muscles becoming thinner, trouble speaking or swallowing, numbness, or twitching that spreads and persists. A doctor can examine strength and reflexes and decide whether any tests are useful.",
  },
  {
    key: 'faq-gerd-night-prevention',
    focus: 'Gastroesophageal reflux disease (GERD)',
    qtype: 'prevention',
    lang: 'en',
    question: 'How can I prevent heartburn and acid reflux at night?',
    answer: "Heartburn happens when stomach contents flow back into the food pipe (oesophagus). Lying down makes this easier, which is why symptoms are often worse at night. Reflux that happens often is called gastroesophageal reflux disease, or GERD.\n\nHabits that reduce night-time reflux: finish the last meal about three hours before bed; keep evening meals moderate in size; limit alcohol, fatty and fried food, chocolate, mint and coffee if they trigger symptoms; stop smoking; and lose weight gradually if you carry extra weight around the waist. Raising the head of the bed with blocks under the legs, or using a wedge, helps more than stacking pillows. Lying on the left side may also help.\n\nSee a doctor if reflux continues for several weeks despite these steps, if you need antacids often, or promptly if you have trouble swallowing, unexplained weight loss, vomiting blood or black stools. Chest pressure on exertion needs urgent care, because heart problems can feel similar.",
  },
  {
    key: 'faq-hypertension-home-measurement',
    focus: 'High blood pressure',
    qtype: 'exams and tests',
    lang: 'en',
    question: 'How should I measure my blood pressure at home?',
    answer: "Home readings are valuable because blood pressure changes throughout the day and can be higher in a clinic because of nerves. A series of home readings gives your doctor a clearer picture than a single measurement.\n\nUse a validated, upper-arm automatic monitor with a cuff that fits your arm. Before measuring, empty your bladder, avoid caffeine, smoking and exercise for thirty minutes, and sit quietly for five minutes with your back supported and feet flat on the floor. Rest your arm on a table so the cuff is at heart level, and don't talk during the reading.\n\nTake two readings about a minute apart, in the morning before breakfast and in the evening, for about a week before a doctor's visit. Write down every result with the date and time instead of only the best one.\n\nBring the log and the monitor to your appointment so they can be checked. Seek emergency care if very high readings come together with severe headache, chest pain, breathlessness, weakness or vision changes.",
  },
  {
    key: 'faq-tension-headache-symptoms',
    focus: 'Tension-type headache',
    qtype: 'symptoms',
    lang: 'en',
    question: 'What are the symptoms of a tension-type headache?',
    answer: "Tension-type headache is the most common kind of headache. It usually feels like a dull, pressing or tight band around the forehead, temples or back of the head, affecting both sides. The pain is mild to moderate, it does not usually get worse with walking or climbing stairs, and most people can carry on with daily activities. Tight, tender neck and shoulder muscles are common at the same time.\n\nThese headaches often build up during the day, especially with long hours at a desk or screen, stress, poor sleep, skipped meals or too little water. Unlike migraine, they rarely cause vomiting or strong sensitivity to light and sound.\n\nRegular breaks, a good screen set-up, exercise and sleep often reduce how often they come. Using pain relievers on many days a month can make headaches more frequent, so talk to a doctor or pharmacist if you need them often.\n\nSee a doctor urgently for a sudden, severe headache, a headache with fever and stiff neck, confusion, weakness or vision loss, or a new pattern of headaches after age fifty.",
  },
  {
    key: 'faq-fever-children-information',
    focus: 'Fever in children',
    qtype: 'information',
    lang: 'en',
    question: 'What should parents know about fever in children?',
    answer: "A fever is a rise in body temperature, usually taken as 38 degrees Celsius or higher. It is one of the body's ways of fighting infection, and most fevers in children are caused by common viral illnesses that get better on their own within a few days.\n\nHow your child looks and acts matters more than the exact number. A child who still plays when the temperature comes down, drinks well and has wet nappies or passes urine normally is reassuring. Offer fluids often, dress the child lightly, and let them rest. Ask a doctor or pharmacist before giving any fever medicine, so that the product and amount suit your child's age and weight.\n\nSeek medical care the same day for any fever in a baby under three months. Go promptly if a child has difficulty breathing, is unusually sleepy or hard to wake, is not drinking, has far fewer wet nappies, has a rash that does not fade when pressed, has a seizure, or if a fever lasts more than three days.",
  },
  {
    key: 'faq-eczema-prevention',
    focus: 'Eczema (atopic dermatitis)',
    qtype: 'prevention',
    lang: 'en',
    question: 'How can I prevent eczema flare-ups?',
    answer: "Eczema makes the skin's protective barrier weaker, so it loses water easily and reacts to irritants. Flare-ups cannot always be avoided, but daily care can make them less frequent and less severe.\n\nMoisturise generously every morning and evening and straight after bathing, using fragrance-free creams or ointments. Keep showers short and lukewarm, and use a mild, soap-free cleanser. Wear soft, breathable fabrics such as cotton, and wash new clothes before wearing them.\n\nLearn your own triggers: common ones include heat and sweat, dry air, wool, perfumes, harsh detergents, frequent hand washing, stress, and for some people dust mites or pet dander. Wearing gloves for wet work and cleaning protects the hands. Keep nails short to limit damage from scratching.\n\nSee a doctor if the skin is not controlled with good care, if itching disturbs sleep, or if you notice signs of infection such as yellow crusts, oozing, pus or painful spreading redness. A doctor can discuss treatments that need a prescription.",
  },
  {
    key: 'faq-insomnia-treatment',
    focus: 'Insomnia',
    qtype: 'treatment',
    lang: 'en',
    question: 'What helps with long-term insomnia besides sleeping pills?',
    answer: "Insomnia means having trouble falling asleep, staying asleep or waking too early, on most nights, with tiredness during the day. When it lasts for three months or more, it is usually called chronic insomnia.\n\nThe treatment with the strongest evidence is cognitive behavioural therapy for insomnia (CBT-I). It is delivered by trained therapists, in groups, or through structured programmes, and its benefits tend to last. Key parts include a fixed wake-up time every day, going to bed only when sleepy, leaving the bed if awake for a long time, keeping the bed for sleep, and learning to calm worrying thoughts about sleep.\n\nHelpful habits alongside it: daylight and exercise during the day, no caffeine after early afternoon, little alcohol in the evening, and a dim, quiet, cool bedroom without screens.\n\nSee a doctor if insomnia persists, if you snore loudly or stop breathing in your sleep, if your legs feel restless at night, or if you feel low or anxious. Any thoughts of self-harm need help right away.",
  },
  {
    key: 'faq-low-back-pain-outlook',
    focus: 'Low back pain',
    qtype: 'outlook',
    lang: 'en',
    question: 'How long does sudden low back pain usually last?',
    answer: "Most episodes of sudden low back pain, often after lifting, twisting or an awkward movement, come from muscles, ligaments and joints rather than serious damage. The outlook is good: many people feel clearly better within a few days to a couple of weeks, and most recover within about six weeks.\n\nStaying active helps recovery. Long bed rest tends to slow it down and make the back stiffer. Gentle walking, changing position often, warmth on the sore area and gradually returning to normal activities are usually recommended. Back pain can return, and regular exercise that strengthens the trunk and hips is the best way to lower that chance.\n\nSee a doctor if pain is not improving after several weeks, spreads down the leg below the knee, or keeps you awake at night. Seek emergency care for numbness around the groin or buttocks, new trouble controlling the bladder or bowels, or weakness in the legs. Back pain with fever, unexplained weight loss, a history of cancer, or after a serious fall also needs prompt medical attention.",
  },
];
