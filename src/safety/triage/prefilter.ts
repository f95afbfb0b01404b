/**
 * A cheap first pass over the whole question: a concept whose pattern cannot match anywhere in the text
 * cannot match in any of its clauses, so the clause-by-clause reading (negation, past frame, habit…) is
 * only done for the few concepts that can. Most questions mention two or three signs at most, so this
 * is most of triage's speed.
 *
 * The whole-text test uses a *looser* copy of each pattern: negative look-arounds and ^/$ anchors are
 * dropped, because they can fail in the whole text where they hold inside one clause ("^12 weeks"
 * at the start of a clause, "(?<!born )" with "born" in the previous clause). Every clause is a
 * contiguous piece of the normalised text, so whatever a pattern finds in a clause, its looser copy
 * finds in the whole text.
 */
export function loosen(pattern: RegExp): RegExp {
  const src = pattern.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      out += src.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      continue;
    }
    if (src.startsWith('(?!', i) || src.startsWith('(?<!', i)) {
      i = closingParen(src, i);
      continue;
    }
    if (ch === '^' || ch === '$') continue;
    out += ch;
  }
  return new RegExp(out, pattern.flags.replace('g', ''));
}

/** Index of the parenthesis closing the group that opens at `open`, skipping escapes and classes. */
function closingParen(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return src.length;
}
