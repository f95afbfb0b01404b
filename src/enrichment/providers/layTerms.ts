// What askers say in everyday words, and the name a headline gives it: "getting up three times a night
// to urinate" is night-time urination (nocturia), not "Sleep". Hand-written; each entry names a
// complaint, never a disease, so a headline built on it cannot read as a diagnosis.

const LAY_TERMS: [RegExp, string][] = [
  [/\bnocturia\b|\b(?:urinat\w*|pee(?:ing)?|toilet|bathroom)\b[^.?!]{0,50}\b(?:at night|night-?time|nightly|a night|every night|in the night|overnight)\b|\b(?:at night|night-?time|every night|in the night|a night)\b[^.?!]{0,40}\b(?:to )?(?:urinat\w*|pee)\b/i, 'night-time urination (nocturia)'],
  [/\bblood in (?:my |the |his |her )?(?:urine|pee)\b|\burinat\w* blood\b|\bpee\w* blood\b|\bhematuria\b|\bbloody urine\b/i, 'blood in the urine'],
  [/\b(?:difficult(?:y|ies)|trouble|pain|painful|burning|problems?)\s+(?:with\s+|when\s+|while\s+)?(?:urinating|urination|peeing)\b|\bpainful urination\b|\bburns? when i (?:pee|urinate)\b/i, 'painful or difficult urination'],
  [/\b(?:frequent|often|constant)\s+urinat\w*|\burinat\w* (?:frequently|often|a lot)\b/i, 'frequent urination'],
  [/\bblood in (?:my |the |his |her )?(?:stools?|poop|feces)\b|\bbloody stools?\b|\brectal bleeding\b|\bbleeding from (?:my |the )?(?:rectum|anus|bottom)\b/i, 'blood in the stool'],
  [/\bcough\w* (?:up )?blood\b|\bblood (?:in|with) (?:my |the )?(?:phlegm|sputum|mucus)\b/i, 'coughing up blood'],
  [/\beye ?lids?\b[^.?!]{0,30}\btwitch\w*|\btwitch\w*[^.?!]{0,30}\beye ?lids?\b|\beye twitch\w*/i, 'eyelid twitching'],
  [/\bringing (?:in|of) (?:my |the |both )?ears?\b|\btinnitus\b/i, 'ringing in the ears (tinnitus)'],
  [/\bshort(?:ness)? of breath\b|\bbreathless\w*|\bcan'?t (?:catch my )?breathe?\b/i, 'shortness of breath'],
  [/\bdifficult(?:y|ies) (?:in )?swallowing\b|\btrouble swallowing\b|\bhard to swallow\b|\bpain(?:ful)? (?:when |while )?swallowing\b/i, 'difficulty swallowing'],
  [/\bchest (?:tightness|pressure|heaviness)\b|\btight(?:ness)? in (?:my |the )?chest\b/i, 'chest tightness'],
  [/\bpalpitations?\b|\bheart (?:is )?(?:racing|pounding|fluttering)\b|\b(?:fast|rapid|racing) heart ?(?:beats?|rate)?\b/i, 'heart palpitations'],
  [/\bnight sweats?\b|\bsweat\w* at night\b/i, 'night sweats'],
  [/\bpuffy eyes?\b|\beyes?\b[^.?!]{0,30}\b(?:puffy|puffiness)\b|\bswollen eyes?\b/i, 'puffy eyes'],
  [/\b(?:dizzy|dizziness|light-?headed\w*)\b/i, 'dizziness'],
  [/\b(?:vomit\w*|throwing up|throw up|threw up)\b/i, 'vomiting'],
  [/\b(?:hair (?:loss|is falling|falling out|fall)|losing (?:my )?hair|bald(?:ing|ness))\b/i, 'hair loss'],
  [/\b(?:missed|late|no|absent|irregular) (?:my )?periods?\b|\bperiods? (?:is|are|has been) (?:late|irregular|absent)\b/i, 'period changes'],
  [/\btrying (?:to (?:have|get|conceive)|for) (?:a |another |our )?(?:baby|pregnant|pregnancy|child|\d\w* baby)\b|\b(?:can'?t|cannot|unable to) (?:get pregnant|conceive)\b/i, 'trouble getting pregnant'],
  [/\bpre-?diabet\w*/i, 'prediabetes'],
  [/\b(?:can'?t|cannot|unable to|trouble|difficulty|problems?) (?:to )?(?:sleep|sleeping|fall(?:ing)? asleep|stay(?:ing)? asleep)\b|\binsomnia\b/i, 'trouble sleeping'],
  [/\b(?:always|constantly|very|extremely|so) (?:tired|exhausted|fatigued)\b|\b(?:tired|exhausted) all the time\b|\bfatigue\b/i, 'fatigue'],
];

/** The everyday complaint a text describes, named as a headline would ("night-time urination (nocturia)"), or null. */
export function layComplaint(text: string): string | null {
  return layComplaintMatch(text)?.name ?? null;
}

/** The same, with the asker's own words for it ("Ringing in both ears"). */
export function layComplaintMatch(text: string): { name: string; words: string } | null {
  const plain = text.replace(/’/g, "'");
  for (const [re, name] of LAY_TERMS) {
    const m = re.exec(plain);
    if (m) return { name, words: m[0] };
  }
  return null;
}
