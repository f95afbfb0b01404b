// Head words of the complaints people ask about. A phrase built around one of them is the question's
// topic when no FAQ entry names it ("breathing difficulties", "ear pain"). Hand-written, not learned.
export const COMPLAINT_HEADS = new Set(
  `pain pains ache aches aching itchy numb sore stiff painful bloodshot watery cracked headache headaches migraine migraines twitch twitches twitching spasm spasms cramp cramps
cramping rash rashes itch itching itchiness lump lumps bump bumps swelling bleeding discharge cough coughing fever
fevers dizziness vertigo nausea vomiting diarrhea diarrhoea constipation bloating gas heartburn reflux numbness tingling
weakness fatigue tiredness insomnia anxiety depression palpitations tachycardia wheezing acne pimples spot spots blisters
blister ulcer ulcers infection infections inflammation period periods spotting cyst cysts tumor tumour mass nodule
nodules stones stone polyp polyps hernia fracture sprain injury bruise bruises bruising burn burns wart warts mole
moles dandruff eczema psoriasis hives allergy allergies asthma diabetes hypertension cholesterol anemia anaemia sweating
sweats flashes tremor tremors shaking seizure seizures fainting fainted faint blackouts dizzy spells vomit vomited coughing bleed bleeds swollen snoring tinnitus ringing hearing vision floaters
toothache earache earaches backache stomachache bellyache gums stiffness soreness tenderness sores hemorrhoids haemorrhoids piles incontinence dysfunction impotence
infertility pregnancy miscarriage herpes chlamydia gonorrhea syphilis thrush lesion lesions scar scars marks weight
appetite hiccups jaundice breathing breath difficulties difficulty problems problem discomfort pressure tightness
heaviness redness burning stinging irritation dryness loss clots clot stool stools urine urination smell odor odour
taste sleep snore cold flu virus bacteria fungus tear tears rupture dislocation sciatica gout arthritis
backpain node nodes glands gland sensation feeling feelings disease diseases disorder disorders syndrome`.split(/\s+/),
);

// Words that look like content but never head or modify a topic phrase in a question.
export const NOT_TOPIC = new Set(
  `developed develop started start starting suffering suffer experiencing experience noticed notice having worried
worry concerned scared afraid terrible severe mild constant constantly bad worse worst extreme extremely sudden suddenly
approx approximately male female man woman boy girl son daughter husband wife mother father mom dad baby kid child
years year months weeks days hours old age aged daily since past last lately recently continuous continuously
frequent frequently random randomly weird strange slight slightly huge small little big large persistent lasting
getting keeps keep kept seems seem looks look due cause causes caused causing possible possibly help advice
second opinion remove recent abnormal finding findings specialist specialists history past family record records found said says told gave given went got did made took seen saw find finds horrible terrible awful intense excruciating unbearable severe worst cure born children child kids kid son sons daughter daughters baby babies husband wife granddaughter grandson mother father friend lots lot bit kind sort another other regarding about concerning query doubt issue issues relieve relief reduce treat treating cure care pinpoint figure except`.split(/\s+/),
);

// Not "diagnosis" or "prognosis": they end like a disease and name none.
export const DISEASE_SUFFIX = /^(?!(?:diagnosis|prognosis|diagnoses)$).*(?:itis|osis|emia|aemia|oma|pathy|algia|ectomy|plasty|scopy|trophy|rrhea|rrhoea|iasis|idism|tism|holism|matism)$/;

/** Body parts as asked about, with the form a headline uses ("teeth" → "tooth"). */
export const BODY_PARTS = new Map<string, string>(
  `head scalp face eye eyes:eye eyelid ear ears:ear nose mouth lip lips:lip tongue tooth teeth:tooth gum gums:gum jaw throat
neck shoulder shoulders:shoulder arm arms:arm elbow wrist hand hands:hand finger fingers:finger thumb chest breast breasts:breast
nipple back spine rib ribs:rib stomach belly abdomen abdominal groin hip hips:hip pelvis pelvic buttock leg legs:leg thigh knee thigh thighs:thigh
knees:knee calf calves:calf calfs:calf shin ankle ankles:ankle foot feet:foot heel toe toes:toe skin penis testicle testicles:testicle scrotum
vagina vaginal vulva anus anal rectum rectal bladder kidney kidneys:kidney liver heart lung lungs:lung`
    .split(/\s+/)
    .filter(Boolean)
    .map((entry) => {
      const [word, form] = entry.split(':');
      return [word, form ?? word] as [string, string];
    }),
);

/** Acronyms that name a condition or test on their own ("HIV", "GERD"). */
export const MEDICAL_ACRONYMS = new Set(
  'hiv aids std sti hpv hsv gerd ibs ibd uti copd adhd ocd ptsd pcos dvt tb hbv hcv mri ct ecg ekg eeg cbc tsh psa ms als'.split(' '),
);
