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

export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const escaped = terms.filter((t) => t.length > 0).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (escaped.length === 0) return <>{text}</>;
  const re = new RegExp(`(${escaped.join('|')})`, 'giu');
  return <>{text.split(re).map((part, i) => (i % 2 === 1 ? <mark>{part}</mark> : part))}</>;
}
