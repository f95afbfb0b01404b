import { W, re } from './patterns.js';
import type { Concept } from './types.js';

/** Red-flag vocabulary: anaphylaxis. */
export const ANAPHYLAXIS: Concept[] = [
  // Adrenaline given by auto-injector is given for anaphylaxis, and calls for an ambulance whatever follows.
  { id: 'anaphylaxisWord', pattern: re(['\\banaphyla\\w*', '过敏性休克', "\\b(?:used|gave|given|give|jabbed|injected|had to use|stabbed) (?:him |her |them |me |myself )?(?:with )?(?:his |her |my |their |the |an |a )?(?:epi-?pen|auto-?injector|adrenaline (?:pen|shot|injector)|epinephrine (?:pen|shot|injector))s?\\b|\\b(?:epi-?pen|auto-?injector)s? (?:was |were |has been )?(?:used|given)\\b", '(?:打|用|注射)了?[^,，。;；]{0,4}(?:肾上腺素|epipen)']) },
  {
    id: 'airwaySwelling',
    pattern: re([
      `\\b(?:throat|tongue|lips?|mouth|face)\\W+${W(4)}(?:swell\\w*|swollen|closing|clos\\w+ up|tight\\w*|puff\\w*)`,
      // Swelling in everyday words: "my face blew up", "lips ballooned", "tongue looks big", 舌头变大.
      `\\b(?:face|lips?|tongue|eyes)\\W+${W(2)}(?:blew up|blown up|ballooned|balloon\\w*|puffed up|huge|massive|(?:looks?|feels?|is|got|getting|gone|went) (?:really |so |very )?(?:big|huge|thick|fat|massive|enlarged|twice (?:its|the) size))\\b`,
      `\\b(?:swell\\w*|swollen)\\W+${W(3)}(?:throat|tongue|lips?)\\b`,
      '\\b(?:can\'?t|hard to|trouble) swallow\\w*',
      '(?:喉咙|喉头|喉|嗓子|舌头|嘴唇|嘴巴|舌)[^,，。;；]{0,3}(?:发紧|很紧|紧|堵|水肿|肿起来|肿了|肿胀|肿)(?![痛疼])|(?:舌头|嘴唇|整张脸|脸)[^,，。;；]{0,2}(?:变(?:得)?(?:好|很)?(?:大|厚|肥)|大了一圈|胖了一圈|肿成)',
      '(?:喉咙|嗓子|舌头|嘴唇|嘴巴)(?:和|跟|与|、)[^,，。;；]{0,4}(?:都|也)?(?:肿|发紧)',
      // The whole face swelling, or the face with the eyes or lips: "脸跟眼睛都肿起来" (one eyelid alone after a bite is local).
      '(?:整张脸|满脸|全脸|整个脸)[^,，。;；]{0,3}(?:都|也)?肿|脸(?:部)?(?:整个|全部)(?:都)?肿|脸(?:和|跟|与|、)(?:眼睛|眼皮|嘴唇|嘴巴)[^,，。;；]{0,3}(?:都|也)?肿',
    ]),
  },
  // A voice that goes hoarse or changes with hives after a food or a sting: the throat swelling, told by its sound.
  { id: 'voiceChange', pattern: re(["\\bvoice\\W+(?:[\\w'-]+\\W+){0,3}(?:hoarse|raspy|croaky|husky|squeaky|muffled|strange|weird|different|changing|changed)\\b|\\b(?:hoarse|raspy|croaky|muffled) voice\\b", '声音[^,，。;；]{0,3}(?:沙哑|嘶哑|哑了|变了|怪怪|闷闷)']) },
  { id: 'hives', pattern: re(['\\bhives\\b|\\bwelts\\b|\\brash (?:all over|everywhere)\\b|\\bitch\\w* (?:all over|everywhere|from head to toe)\\b|\\b(?:all over|everywhere) (?:is )?itch\\w*', '荨麻疹|风团|风疹块|(?:起|长)了?[^,，。;；]{0,3}疙瘩|全身[^,，。;；]{0,3}(?:疹|红|痒)|起疹子']) },
  {
    id: 'allergen',
    pattern: re([
      // A medicine just taken, in any tense: "I take new pain killer first time", "started a new antibiotic".
      "\\b(?:took|take|taken|taking|started|start|tried|given|gave)\\b[^.;!?]{0,25}\\b(?:pills?|tablets?|medicines?|medication|meds|pain ?killers?|antibiotics?|drug|dose|injection|shot|jab|vaccine)\\b|\\bnew (?:medicine|medication|meds|pills?|tablets?|pain ?killers?|antibiotics?|drug)\\b|\\bfirst (?:time|dose)\\b",
      '\\bate\\b|\\beating\\b|\\bafter taking\\b|\\bsting\\w*|\\bstung\\b|\\bbitten\\b|\\bpeanut\\w*|\\bnuts?\\b|\\bshellfish\\b|\\bshrimp\\b|\\bpenicillin\\b|\\ballerg\\w*|\\binjection\\b|\\bepipen\\b|\\bcashews?\\b|\\balmonds?\\b|\\bsesame\\b|\\b(?:contrast|iv contrast|dye|infusion|drip)\\b|\\b(?:vaccin\\w*|immuni[sz]ations?|booster (?:jab|shot)|flu (?:jab|shot)|jabs?)\\b',
      '第一次(?:吃|服|用|打|擦)|新(?:的)?药|换了?(?:新)?药|(?:吃|服)(?:了|完|下)[^,，。;；]{0,4}药|吃(?:这个|那个|新)[^,，。;；]{0,3}药|吃了|吃完|食用|打了|打完针|打针|注射|输液|显影剂|造影剂|服用|疫苗|预防针|接种|蜂|蛰|叮|花生|坚果|虾|蟹|海鲜|芒果|青霉素|头孢|过敏',
    ]),
  },
  { id: 'wheeze', pattern: re(["\\bwheez\\w*|\\bdizz\\w*|\\b(?:squeaky|squeaking|whistling|whistly|high[- ]pitched|crowing|raspy) (?:noise|sound)s?\\b[^.;!?]{0,12}\\b(?:breath\\w*|when (?:he|she|they|i) breathes?)\\b|\\b(?:breath\\w*) (?:is |are |sounds? |sounding )?(?:squeaky|whistly|whistling|high[- ]pitched)\\b", '哮鸣|喘鸣|胸闷|头晕|哨音|哨声|咝咝|嘶嘶|呼哧']) },
];
