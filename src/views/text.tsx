import type { ComponentChildren } from 'preact';

/** Plain text as paragraphs; preact escapes every string, so patient text can never become markup. */
export function Paragraphs({ text }: { text: string }) {
  const paras = text.split(/\n\s*\n|\r\n\s*\r\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <>
      {paras.map((p) => (
        <p>{withLineBreaks(p)}</p>
      ))}
    </>
  );
}

function withLineBreaks(p: string): ComponentChildren {
  const lines = p.split(/\r?\n/);
  return lines.flatMap((line, i) => (i === 0 ? [line] : [<br />, line]));
}

/** Generated text with [n] citation markers linked to the numbered sources below it. */
export function CitedParagraphs({ text, idPrefix }: { text: string; idPrefix: string }) {
  const paras = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <>
      {paras.map((p) => (
        <p>
          {p.split(/(\[\d+\])/).map((part) => {
            const m = part.match(/^\[(\d+)\]$/);
            return m ? (
              <sup class="cite">
                <a href={`#${idPrefix}-${m[1]}`} aria-label={`Source ${m[1]}`}>
                  [{m[1]}]
                </a>
              </sup>
            ) : (
              part
            );
          })}
        </p>
      ))}
    </>
  );
}

/** The parts of `text`, alternating unmatched (even indices) and matched (odd), like split with a capture group. */
function splitMatches(text: string, pattern: RegExp | undefined): string[] {
  if (!pattern) return [text];
  // exec only advances through the text with the global flag; without it the loop would not end.
  if (!pattern.global) pattern = new RegExp(pattern.source, `${pattern.flags}g`);
  const parts: string[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    parts.push(text.slice(last, m.index), m[0]);
    last = pattern.lastIndex;
  }
  parts.push(text.slice(last));
  return parts;
}

/** Text with the parts `pattern` matches (search/highlight.ts builds it) marked; preact escapes every part. */
export function Highlighted({ text, pattern }: { text: string; pattern: RegExp | undefined }) {
  return <>{splitMatches(text, pattern).map((part, i) => (i % 2 === 1 ? <mark>{part}</mark> : part))}</>;
}
