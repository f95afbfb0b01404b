import type { TriageCategory } from './categories.js';

export interface EmergencyNumber {
  label: string;
  number: string;
}

/** The operator configures its own; these are the defaults the product brief names. */
export const DEFAULT_EMERGENCY_NUMBERS: EmergencyNumber[] = [
  { label: 'Emergency (Taiwan)', number: '119' },
  { label: 'Suicide prevention line (Taiwan)', number: '1925' },
  { label: 'Emergency (United States)', number: '911' },
  { label: 'Suicide & Crisis Lifeline (United States)', number: '988' },
];

// A crisis line is told apart from an ambulance number by its label, so operators can add their own.
const CRISIS_LINE = /suicide|crisis|lifeline|mental|samaritan|hotline|自殺|自杀|生命線|生命线|安心/i;

/**
 * What to do right now, in plain language. First aid that any emergency operator would also give;
 * never a diagnosis and never a medicine to take, except one the person has already been prescribed.
 */
const CATEGORY_LINES: Record<TriageCategory, string> = {
  'chest-pain':
    'Chest pain or pressure that comes with breathlessness, sweating or pain spreading to the arm, jaw or back needs to be checked at once. Stop what you are doing, sit down, and do not drive yourself to hospital.',
  stroke:
    'A drooping face, a weak arm or leg, or trouble speaking need help at once: every minute counts. Note the time the signs started and tell the operator.',
  'suicide-self-harm':
    'If you are thinking about ending your life or hurting yourself, you are not alone and help is there now.',
  'severe-bleeding':
    'Press firmly on the wound with a clean cloth or your hand and keep pressing while you wait for help. If blood soaks through, add more cloth on top; do not lift the first layer.',
  anaphylaxis:
    'Swelling of the throat, tongue or lips, or trouble breathing after a sting, a food or a medicine can get worse quickly. If an adrenaline (epinephrine) auto-injector has been prescribed, use it as you were shown, and call even if you feel better.',
  'poisoning-overdose':
    'Keep the container, packet or bottle and tell the operator what was taken, how much and when. Do not try to make anyone vomit unless the operator tells you to.',
  'breathing-difficulty':
    'Sit upright, loosen tight clothing and stay as calm as you can while you wait. If a reliever inhaler has been prescribed, use it as you were shown.',
  seizure:
    'A seizure that lasts more than five minutes, or seizures that follow one another, need emergency help. Move hard or sharp objects away, do not hold the person down or put anything in their mouth, and once the shaking stops turn them on their side.',
  'infant-fever':
    'A fever in a baby younger than three months needs to be seen by a doctor urgently, even if the baby otherwise seems well.',
  'pregnancy-bleeding':
    'Bleeding during pregnancy needs to be checked urgently. Lie down while you wait and keep any pads to show the medical team.',
  'head-injury':
    'After a blow to the head with loss of consciousness, keep the person still, do not leave them alone, and do not give them anything to eat or drink until they have been checked.',
};

function list(numbers: EmergencyNumber[]): string {
  return numbers.map((n) => `${n.label}: ${n.number}`).join('; ');
}

/**
 * The guidance shown at once when triage finds a red flag (also without JavaScript).
 * `numbers` are the operator's; an empty list falls back to "your local emergency number".
 */
export function emergencyGuidance(
  categories: TriageCategory[],
  numbers: EmergencyNumber[],
): { title: string; paragraphs: string[] } {
  const crisisLines = numbers.filter((n) => CRISIS_LINE.test(n.label));
  const emergencyLines = numbers.filter((n) => !CRISIS_LINE.test(n.label));
  const callNow =
    emergencyLines.length > 0
      ? `Call your emergency number now: ${list(emergencyLines)}.`
      : 'Call your local emergency number now.';

  const paragraphs = [
    `${callNow} Do not wait for an answer here: doctors on this site reply in hours or days, not minutes.`,
  ];
  for (const category of categories) {
    paragraphs.push(CATEGORY_LINES[category]);
    if (category === 'suicide-self-harm') {
      paragraphs.push(
        crisisLines.length > 0
          ? `Call a crisis line to talk to someone now: ${list(crisisLines)}. If you might act on these thoughts soon, call the emergency number. If you can, stay with someone you trust and put away anything you could use to hurt yourself.`
          : 'Call a crisis line or your emergency number to talk to someone now. If you can, stay with someone you trust and put away anything you could use to hurt yourself.',
      );
    }
  }
  paragraphs.push(
    'This message was shown automatically because of words in your question. It is not a diagnosis. If you are unsure whether this is an emergency, it is safer to call.',
  );
  return { title: 'This may be an emergency: get help now', paragraphs };
}
