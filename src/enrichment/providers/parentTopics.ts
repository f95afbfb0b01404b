// The page one level up on the same subject, where the name alone cannot say so: "Knee Injuries and
// Disorders" sits under "Joint Disorders", but no word of the one is a part of the other (the name-based
// rule, `TopicMatcher.broader`, finds "Ovarian Disorders" for "Ovarian Cysts"). Most MedlinePlus pages
// are a single entry, so a More Info drawing on one of them cites one source; its parent page, on the
// same subject and written for the same reader, can be the second.
//
// Hand-written and reviewed: each link is a plain "is a kind of" or "is a part of", and `because` is
// a sentence of one of the two pages that says so (checked against the shared MedQuAD file by
// parentTopics.test.ts), so no link rests on a guess. Never a page on one population, never one that
// names a disease the asker did not ("Bone Cancer" is no parent of "Bone Diseases"), and none whose
// general sentences would only pad the text ("Bacterial Infections" above "Sepsis": how small bacteria
// are, read on dev; "Hair Problems" above "Hair Loss": how many hairs a person has).

export interface ParentTopic {
  parent: string;
  /** Words of the child's or the parent's own page that make the link. */
  because: string;
}

export const PARENT_TOPICS: Readonly<Record<string, ParentTopic>> = {
  'Knee Injuries and Disorders': { parent: 'Joint Disorders', because: 'A joint is where two or more bones come together, like the knee, hip, elbow, or shoulder.' },
  'Hip Injuries and Disorders': { parent: 'Joint Disorders', because: 'A joint is where two or more bones come together, like the knee, hip, elbow, or shoulder.' },
  'Elbow Injuries and Disorders': { parent: 'Joint Disorders', because: 'Your elbow joint is made up of bone, cartilage, ligaments and fluid.' },
  'Shoulder Injuries and Disorders': { parent: 'Joint Disorders', because: 'Your shoulders are the most movable joints in your body.' },
  'Ankle Injuries and Disorders': { parent: 'Joint Disorders', because: 'Your ankle bone and the ends of your two lower leg bones make up the ankle joint.' },
  'Wrist Injuries and Disorders': { parent: 'Arm Injuries and Disorders', because: 'You may also have problems or injure specific parts of your arm, such as your hand, wrist, elbow or shoulder.' },
  'Hand Injuries and Disorders': { parent: 'Arm Injuries and Disorders', because: 'You may also have problems or injure specific parts of your arm, such as your hand, wrist, elbow or shoulder.' },
  'Finger Injuries and Disorders': { parent: 'Hand Injuries and Disorders', because: 'Disorders and injuries of your fingers and thumb' },
  'Toe Injuries and Disorders': { parent: 'Foot Injuries and Disorders', because: 'Fourteen of the 26 bones in your feet are in your toes.' },
  'Rotator Cuff Injuries': { parent: 'Shoulder Injuries and Disorders', because: 'Your rotator cuff is located in your shoulder area.' },
  'Stomach Disorders': { parent: 'Digestive Diseases', because: 'It runs from your mouth to your anus and includes your esophagus, stomach, and small and large intestines.' },
  'Back Injuries': { parent: 'Back Pain', because: 'The lower back is the most common site of back injuries and back pain.' },
  Scars: { parent: 'Skin Conditions', because: 'Many skin problems, such as acne, also affect your appearance.' },
  Rashes: { parent: 'Skin Conditions', because: 'can cause rashes, hives, and other skin conditions' },
  Acne: { parent: 'Skin Conditions', because: 'Many skin problems, such as acne, also affect your appearance.' },
  'Yeast Infections': { parent: 'Fungal Infections', because: "If you have ever had athlete's foot or a yeast infection, you can blame a fungus." },
  'Uterine Fibroids': { parent: 'Uterine Diseases', because: 'Causes can include hormones, thyroid problems, fibroids, polyps, cancer, infection, or pregnancy.' },
  'Tonsils and Adenoids': { parent: 'Throat Disorders', because: 'Tonsillitis - an infection in the tonsils' },
  'Sore Throat': { parent: 'Throat Disorders', because: "You've probably had a sore throat." },
  Concussion: { parent: 'Head Injuries', because: 'But other head injuries can be more severe, such as a skull fracture, concussion, or traumatic brain injury.' },
  'Genital Herpes': { parent: 'Sexually Transmitted Diseases', because: 'Genital herpes is a sexually transmitted disease (STD) caused by a herpes simplex virus (HSV).' },
  HPV: { parent: 'Sexually Transmitted Diseases', because: 'There are more than 20 types of STDs, including - Chlamydia - Gonorrhea - Genital herpes - HIV/AIDS - HPV' },
  Gonorrhea: { parent: 'Sexually Transmitted Diseases', because: 'There are more than 20 types of STDs, including - Chlamydia - Gonorrhea' },
  'Eye Infections': { parent: 'Eye Diseases', because: 'Conjunctivitis - an infection also known as pinkeye' },
  'Motion Sickness': { parent: 'Dizziness and Vertigo', because: 'Motion sickness can also make you dizzy.' },
  'Dizziness and Vertigo': { parent: 'Balance Problems', because: 'Have you ever felt dizzy, lightheaded, or as if the room is spinning around you?' },
  'Sun Exposure': { parent: 'Skin Conditions', because: 'Sunburns are a sign of skin damage.' },
  Tears: { parent: 'Eye Diseases', because: 'Tear glands produce tears, and tear ducts carry the tears from the glands to the surface of your eye.' },
  'Oral Cancer': { parent: 'Mouth Disorders', because: 'Oral cancer can form in any part of the mouth or throat.' },
  // One disease of one germ, under the page on its class of germs (the germ-class page alone pads: see
  // faqRelevance.ts; as the second source beside the disease's own page it says what holds for all of
  // them, "Antibiotics do not work for viral infections"). Each child page says what its germ is.
  Measles: { parent: 'Viral Infections', because: 'Measles is an infectious disease caused by a virus.' },
  Mumps: { parent: 'Viral Infections', because: 'Mumps is an illness caused by the mumps virus.' },
  Rubella: { parent: 'Viral Infections', because: 'Rubella is an infection caused by a virus.' },
  Chickenpox: { parent: 'Viral Infections', because: 'Chickenpox is an infection caused by the varicella-zoster virus.' },
  'Fifth Disease': { parent: 'Viral Infections', because: 'Fifth disease is a viral infection caused by parvovirus B19.' },
  'Infectious Mononucleosis': { parent: 'Viral Infections', because: 'Infectious mononucleosis, or "mono", is an infection usually caused by the Epstein-Barr virus.' },
  'Cytomegalovirus Infections': { parent: 'Viral Infections', because: 'Cytomegalovirus (CMV) is a virus found around the world.' },
  Dengue: { parent: 'Viral Infections', because: 'Dengue is an infection caused by a virus.' },
  'Zika Virus': { parent: 'Viral Infections', because: 'Zika is a virus that is spread by mosquitoes.' },
  Chikungunya: { parent: 'Viral Infections', because: 'Chikungunya is a virus that spread by the same kinds of mosquitoes that spread dengue and Zika virus.' },
  Trichomoniasis: { parent: 'Sexually Transmitted Diseases', because: 'Trichomoniasis is a sexually transmitted disease caused by a parasite.' },
  // A part of the back under the back.
  'Spine Injuries and Disorders': { parent: 'Back Pain', because: 'Your backbone, or spine, is made up of 26 bone discs called vertebrae.' },
};

// Tried and dropped: "Thyroid Diseases" under "Endocrine Diseases" (read on dev, it brought "Your endocrine
// system includes eight major glands" and hormone levels to a thyroid-nodule biopsy question); one
// parasite's disease under "Parasitic Diseases" (beside malaria it brought "Contaminated water supplies
// can lead to Giardia infections": that page is a list of other parasites).

/** The reviewed parent page of a topic, if any. */
export function parentTopicOf(focus: string): string | null {
  return PARENT_TOPICS[focus]?.parent ?? null;
}
