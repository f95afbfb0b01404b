import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { t } from '../i18n/index.js';
import type { ViewCtx } from './context.js';

export interface Meta {
  title: string;
  description?: string;
  canonical?: string;
  /** Open Graph type: 'article' for question pages. */
  ogType?: string;
  jsonLd?: object[];
  noindex?: boolean;
  /** The page shows the standing notices itself (question pages), so the footer need not repeat them. */
  ownNotices?: boolean;
}

export function CsrfField({ ctx }: { ctx: ViewCtx }) {
  return <input type="hidden" name="_csrf" value={ctx.csrf()} />;
}

export function Layout({ ctx, meta, children }: { ctx: ViewCtx; meta: Meta; children: ComponentChildren }) {
  const user = ctx.user;
  const fullTitle = meta.title === ctx.siteName ? meta.title : `${meta.title} | ${ctx.siteName}`;
  const canonical = meta.canonical ? `${ctx.publicUrl}${meta.canonical}` : undefined;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {meta.description && <meta name="description" content={meta.description} />}
        {canonical && <link rel="canonical" href={canonical} />}
        {meta.noindex && <meta name="robots" content="noindex" />}
        <meta property="og:site_name" content={ctx.siteName} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:type" content={meta.ogType ?? 'website'} />
        {canonical && <meta property="og:url" content={canonical} />}
        {meta.description && <meta property="og:description" content={meta.description} />}
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={meta.title} />
        {meta.description && <meta name="twitter:description" content={meta.description} />}
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/app.js" defer></script>
        {(meta.jsonLd ?? []).map((ld) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(ld) }} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          {t.site.skipToContent}
        </a>
        {user ? (
          <header class="site-header">
            <HeaderContent ctx={ctx} />
          </header>
        ) : (
          <header class="site-header" dangerouslySetInnerHTML={{ __html: anonymousHeaderHtml(ctx.siteName) }} />
        )}
        <main id="main" class="wrap">
          {children}
        </main>
        <footer class="site-footer" dangerouslySetInnerHTML={{ __html: footerHtml(!!meta.ownNotices) }} />
      </body>
    </html>
  );
}

/** The header's links and search box; what differs between readers is only who is signed in. */
function HeaderContent({ ctx }: { ctx: ViewCtx }) {
  const user = ctx.user;
  return (
    <>
      <div class="wrap header-row">
        <a class="brand" href="/">
          {ctx.siteName}
        </a>
        <nav aria-label="Main">
          <ul class="nav">
            <li>
              <a href="/departments">{t.nav.departments}</a>
            </li>
            <li>
              <a href="/faq">{t.nav.faq}</a>
            </li>
            <li>
              <a href="/ask" class="button small">
                {t.nav.ask}
              </a>
            </li>
            {user && (user.role === 'doctor') && (
              <li>
                <a href="/doctor/queue">{t.nav.queue}</a>
              </li>
            )}
            {user && (user.role === 'moderator' || user.role === 'admin') && (
              <li>
                <a href="/moderation">{t.nav.moderation}</a>
              </li>
            )}
            {user && user.role === 'admin' && (
              <li>
                <a href="/admin">{t.nav.admin}</a>
              </li>
            )}
            {user ? (
              <>
                <li>
                  <a href="/me">
                    {t.nav.myQuestions}
                    {ctx.unreadNotifications ? <span class="badge" aria-label={`${ctx.unreadNotifications} unread notifications`}>{ctx.unreadNotifications}</span> : null}
                  </a>
                </li>
                <li>
                  <form method="post" action="/sign-out" class="inline">
                    <CsrfField ctx={ctx} />
                    <button type="submit" class="link">
                      {t.nav.signOut}
                    </button>
                  </form>
                </li>
              </>
            ) : (
              <>
                <li>
                  <a href="/sign-in">{t.nav.signIn}</a>
                </li>
                <li>
                  <a href="/sign-up">{t.nav.signUp}</a>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
      <div class="wrap">
        <form role="search" method="get" action="/search" class="search-form">
          <label for="site-search" class="visually-hidden">
            {t.nav.search}
          </label>
          <input id="site-search" type="search" name="q" placeholder={t.nav.searchPlaceholder} />
          <button type="submit">{t.nav.search}</button>
        </form>
      </div>
    </>
  );
}

function FooterContent({ ownNotices }: { ownNotices: boolean }) {
  return (
    <div class="wrap">
      {!ownNotices && (
        <>
          <p class="notice">{t.site.notDiagnosis}</p>
          <p class="notice emergency-line">{t.site.emergency}</p>
        </>
      )}
      <p>
        <a href="/privacy">{t.nav.privacy}</a> · <a href="/terms">{t.nav.terms}</a> · <a href="/faq">{t.nav.faq}</a>
      </p>
    </div>
  );
}

/*
 * Every anonymous page (most of the traffic: readers and search) has the same header and footer.
 * They were ~60 virtual nodes built and rendered on each request; now they are rendered once per
 * site name (and notice variant) by the same components and reused as strings, byte for byte.
 */
const anonymousHeaders = new Map<string, string>();
const footers = new Map<boolean, string>();

function anonymousHeaderHtml(siteName: string): string {
  let html = anonymousHeaders.get(siteName);
  if (html === undefined) {
    html = renderToString(<HeaderContent ctx={{ user: null, csrf: () => '', path: '/', siteName, publicUrl: '' }} />);
    anonymousHeaders.set(siteName, html);
  }
  return html;
}

function footerHtml(ownNotices: boolean): string {
  let html = footers.get(ownNotices);
  if (html === undefined) {
    html = renderToString(<FooterContent ownNotices={ownNotices} />);
    footers.set(ownNotices, html);
  }
  return html;
}

/** JSON inside <script> must not be able to close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
