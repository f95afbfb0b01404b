import { allMatches, type Candidate } from './kinds.js';

// ── @handles: forum and chat replies name people by their handle ("@sarah.khan thanks", "thank u @jess_oduya",
// "@怡君 謝謝妳"). A handle is how the people in the thread know each other, so it goes like a name; the @ stays, so
// the reply still reads as addressed to someone. An e-mail's @ has its local part before it and is left to the
// e-mail rule. A plain word after @ ("meds @bedtime") is believed only where a reply opens or after thanks; a handle
// with a dot, an underscore or a digit anywhere.
const LATIN_HANDLE = /(?<![\w.@])@([A-Za-z][A-Za-z0-9_.]{0,28}[A-Za-z0-9_])/g;
const HANDLE_MARKS = /[._\d]/;
const OPENS_OR_THANKS = /(?:^|[\n.!?。！？]\s*|\b(?:thanks?|thx|ty|thank (?:you|u)|cheers|hi|hey|hello|dear)[ \t,]*)$/i;
// Words that address a role, not a person ("@asker for me it seems…", "@all").
const NOT_A_HANDLE = /^(?:asker|op|all|everyone|everybody|here|admin|mods?|moderators?|doctor|dr|user|anyone)$/i;
// A Han handle has no spaces to end it: believed only when a space or punctuation closes it.
const HAN_HANDLE = /(?<![\w@])@([\u4e00-\u9fff]{2,4})(?=[\s,，.。:：!！?？、]|$)/g;

export function handleNames(scan: string): Candidate[] {
  const out: Candidate[] = [];
  if (!scan.includes('@')) return out;
  for (const m of allMatches(scan, LATIN_HANDLE)) {
    const handle = m[1].replace(/\.+$/, '');
    if (NOT_A_HANDLE.test(handle)) continue;
    if (!HANDLE_MARKS.test(handle) && !OPENS_OR_THANKS.test(scan.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    out.push({ kind: 'name', start: m.index! + 1, end: m.index! + 1 + handle.length });
  }
  for (const m of allMatches(scan, HAN_HANDLE)) out.push({ kind: 'name', start: m.index! + 1, end: m.index! + 1 + m[1].length });
  return out;
}
