import { t } from '../../i18n/index.js';

/** Plain links that work without JavaScript; the script only upgrades "Copy link" to copy. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const tt = encodeURIComponent(title);
  const links = [
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${tt}` },
    { name: 'LINE', href: `https://social-plugins.line.me/lineit/share?url=${u}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'E-mail', href: `mailto:?subject=${tt}&body=${u}` },
  ];
  return (
    <section data-section="share" class="share" aria-labelledby="share-heading">
      <h2 id="share-heading" class="share-title">
        {t.question.share}
      </h2>
      <ul>
        {links.map((l) => (
          <li>
            <a href={l.href} rel="noopener noreferrer nofollow" target="_blank" class={`share-${l.name.toLowerCase()}`}>
              {l.name}
            </a>
          </li>
        ))}
        <li>
          <a href={url} class="share-copy" data-copy={url}>
            {t.question.copyLink}
          </a>
        </li>
      </ul>
    </section>
  );
}
