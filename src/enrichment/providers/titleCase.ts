const SMALL = new Set('a an the and or nor but of in on at to by for with from vs via as per into after over'.split(' '));
const ACRONYMS = new Set(
  'hiv aids std sti mri ct ent gerd ibs ibd uti ecg ekg eeg cbc tsh hpv hsv copd adhd ocd ptsd nsaid nsaids ppi bp gi dvt pcos hcg ivf iud psa tb hbv hcv rbc wbc pms tmj acl bmi covid-19 ldl hdl dna rna ii iii iv'.split(' '),
);

function capitalise(word: string): string {
  if (word.startsWith('(')) return `(${capitalise(word.slice(1))}`;
  if (ACRONYMS.has(word.toLowerCase())) return word.toUpperCase();
  // Keep words the source already wrote with inner capitals or all capitals ("McArdle", "ALL", "pH").
  if (/[A-Z]/.test(word.slice(1)) || /^[a-z]+[A-Z]/.test(word)) return word;
  return word
    .split('-')
    .map((part) => (part ? part[0].toUpperCase() + part.slice(1) : part))
    .join('-');
}

/** Headline style: major words capitalised, short function words lower-case except first and last. */
export function titleCase(text: string): string {
  const words = text.trim().split(/\s+/);
  return words
    .map((w, i) => {
      const bare = w.toLowerCase().replace(/[^a-z-]/g, '');
      if (i > 0 && i < words.length - 1 && SMALL.has(bare) && !/[:]$/.test(words[i - 1])) return w.toLowerCase();
      return capitalise(w);
    })
    .join(' ');
}
