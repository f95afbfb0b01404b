import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../context.js';
import { isValidationError, pageCtx, requireSignIn, safeNext } from '../http/page-context.js';
import { t } from '../i18n/index.js';
import { FieldError, FormErrors, Notices } from '../views/components.js';
import type { ViewCtx } from '../views/context.js';
import { CsrfField, Layout } from '../views/layout.js';
import { sendPage } from '../views/render.js';
import { checkCredentials, requestPasswordReset, resetPassword, sendVerification, signUp, verifyEmail } from './accounts.js';
import { createSession, destroySession, SESSION_COOKIE, SESSION_DAYS } from './sessions.js';
import { DomainError } from '../errors.js';

type Form = Record<string, string | undefined>;

function Field(props: { name: string; label: string; type?: string; value?: string; error?: string; autocomplete?: string; hint?: string; required?: boolean }) {
  const id = `f-${props.name}`;
  return (
    <div class={`field${props.error ? ' has-error' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <input
        id={id}
        name={props.name}
        type={(props.type ?? 'text') as 'text'}
        value={props.type === 'password' ? undefined : props.value}
        autocomplete={props.autocomplete}
        required={props.required ?? true}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${id}-error` : props.hint ? `${id}-hint` : undefined}
      />
      <FieldError id={id} error={props.error} />
    </div>
  );
}

/** Honeypot: a field people never see or fill; bots that fill every input give themselves away. */
export function Honeypot() {
  return (
    <div class="hp" aria-hidden="true">
      <label for="f-website">Leave this empty</label>
      <input id="f-website" name="website" type="text" tabindex={-1} autocomplete="off" />
    </div>
  );
}

export function honeypotFilled(body: unknown): boolean {
  return !!(body && typeof body === 'object' && (body as Form).website);
}

function SignInPage({ ctx, form, error, next, message }: { ctx: ViewCtx; form: Form; error?: string; next: string; message?: string }) {
  return (
    <Layout ctx={ctx} meta={{ title: t.accounts.signInTitle, noindex: true }}>
      <div class="narrow">
        <h1>{t.accounts.signInTitle}</h1>
        <Notices flash={message} error={error} />
        <form method="post" action="/sign-in" class="stack">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="next" value={next} />
          <Field name="email" label={t.accounts.email} type="email" value={form.email} autocomplete="email" />
          <Field name="password" label={t.accounts.password} type="password" autocomplete="current-password" />
          <button type="submit">{t.accounts.signInTitle}</button>
        </form>
        <p>
          <a href="/forgot-password">{t.accounts.forgot}</a> · <a href="/sign-up">{t.nav.signUp}</a>
        </p>
      </div>
    </Layout>
  );
}

function SignUpPage({ ctx, form, errors }: { ctx: ViewCtx; form: Form; errors?: Record<string, string> }) {
  return (
    <Layout ctx={ctx} meta={{ title: t.accounts.signUpTitle, noindex: true }}>
      <div class="narrow">
        <h1>{t.accounts.signUpTitle}</h1>
        <p>{t.accounts.signUpIntro}</p>
        <FormErrors fields={errors} />
        <form method="post" action="/sign-up" class="stack" novalidate>
          <CsrfField ctx={ctx} />
          <Honeypot />
          <Field name="displayName" label={t.accounts.displayName} value={form.displayName} error={errors?.displayName} autocomplete="nickname" />
          <Field name="email" label={t.accounts.email} type="email" value={form.email} error={errors?.email} autocomplete="email" />
          <Field name="password" label={t.accounts.password} type="password" error={errors?.password} autocomplete="new-password" hint="At least 10 characters." />
          <button type="submit">{t.accounts.signUpTitle}</button>
        </form>
        <p>
          Already have an account? <a href="/sign-in">{t.nav.signIn}</a>
        </p>
      </div>
    </Layout>
  );
}

function MessagePage({ ctx, title, message }: { ctx: ViewCtx; title: string; message: string }) {
  return (
    <Layout ctx={ctx} meta={{ title, noindex: true }}>
      <div class="narrow">
        <h1>{title}</h1>
        <p role="status">{message}</p>
        <p>
          <a href="/">Home</a>
        </p>
      </div>
    </Layout>
  );
}

export async function accountRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;
  const accountDeps = { mailer: deps.mailer, publicUrl: deps.config.publicUrl, siteName: deps.config.siteName };
  const secure = deps.config.publicUrl.startsWith('https://');

  async function startSession(reply: FastifyReply, userId: number, oldCookie?: string) {
    // A new session id on every sign-in (no session fixation).
    if (oldCookie) await destroySession(db, oldCookie);
    const { cookie } = await createSession(db, userId);
    reply.setCookie(SESSION_COOKIE, cookie, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: SESSION_DAYS * 86400 });
  }

  app.get<{ Querystring: { next?: string; m?: string } }>('/sign-in', async (req, reply) => {
    const ctx = await pageCtx(deps, req, reply);
    const message = req.query.m === 'reset' ? t.accounts.resetDone : undefined;
    return sendPage(reply, <SignInPage ctx={ctx} form={{}} next={safeNext(req.query.next)} message={message} />);
  });

  app.post<{ Body: Form }>('/sign-in', { config: { rateLimit: { max: 10, timeWindow: '5 minutes' } } }, async (req, reply) => {
    const form = req.body ?? {};
    try {
      const user = await checkCredentials(db, form.email ?? '', form.password ?? '');
      await startSession(reply, user.id, req.cookies[SESSION_COOKIE]);
      return reply.redirect(safeNext(form.next), 303);
    } catch (err) {
      if (!(err instanceof DomainError) || (err.code !== 'validation' && err.code !== 'forbidden')) throw err;
      const ctx = await pageCtx(deps, req, reply);
      return sendPage(reply, <SignInPage ctx={ctx} form={{ email: form.email }} error={err.message} next={safeNext(form.next)} />, 400);
    }
  });

  app.post('/sign-out', async (req, reply) => {
    const sid = req.cookies[SESSION_COOKIE];
    if (sid) await destroySession(db, sid);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/', 303);
  });

  app.get('/sign-up', async (req, reply) => {
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(reply, <SignUpPage ctx={ctx} form={{}} />);
  });

  app.post<{ Body: Form }>('/sign-up', { config: { rateLimit: { max: 5, timeWindow: '10 minutes' } } }, async (req, reply) => {
    const form = req.body ?? {};
    if (honeypotFilled(form)) return reply.redirect('/', 303); // say nothing useful to a bot
    try {
      const user = await signUp(db, accountDeps, form);
      await startSession(reply, user.id, req.cookies[SESSION_COOKIE]);
      return reply.redirect('/me?welcome=1', 303);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      const ctx = await pageCtx(deps, req, reply);
      return sendPage(reply, <SignUpPage ctx={ctx} form={{ email: form.email, displayName: form.displayName }} errors={err.fields} />, 400);
    }
  });

  app.get<{ Querystring: { token?: string } }>('/verify-email', async (req, reply) => {
    const ctx = await pageCtx(deps, req, reply);
    try {
      await verifyEmail(db, req.query.token ?? '');
      return sendPage(reply, <MessagePage ctx={ctx} title="E-mail verified" message={t.accounts.verified} />);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      return sendPage(reply, <MessagePage ctx={ctx} title="Link expired" message={err.message} />, 400);
    }
  });

  app.post('/verify-email/resend', { config: { rateLimit: { max: 3, timeWindow: '10 minutes' } } }, async (req, reply) => {
    if (!requireSignIn(req, reply)) return;
    if (!req.user!.email_verified_at) await sendVerification(db, accountDeps, req.user!);
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(reply, <MessagePage ctx={ctx} title="Check your e-mail" message={t.accounts.verifySent} />);
  });

  app.get('/forgot-password', async (req, reply) => {
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(
      reply,
      <Layout ctx={ctx} meta={{ title: t.accounts.resetTitle, noindex: true }}>
        <div class="narrow">
          <h1>{t.accounts.resetTitle}</h1>
          <form method="post" action="/forgot-password" class="stack">
            <CsrfField ctx={ctx} />
            <Field name="email" label={t.accounts.email} type="email" autocomplete="email" />
            <button type="submit">Send reset link</button>
          </form>
        </div>
      </Layout>,
    );
  });

  app.post<{ Body: Form }>('/forgot-password', { config: { rateLimit: { max: 5, timeWindow: '10 minutes' } } }, async (req, reply) => {
    await requestPasswordReset(db, accountDeps, req.body?.email ?? '');
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(reply, <MessagePage ctx={ctx} title={t.accounts.resetTitle} message={t.accounts.resetSent} />);
  });

  function ResetForm({ ctx, token, error }: { ctx: ViewCtx; token: string; error?: string }) {
    return (
      <Layout ctx={ctx} meta={{ title: t.accounts.resetTitle, noindex: true }}>
        <div class="narrow">
          <h1>{t.accounts.resetTitle}</h1>
          <form method="post" action="/reset-password" class="stack">
            <CsrfField ctx={ctx} />
            <input type="hidden" name="token" value={token} />
            <Field name="password" label={t.accounts.newPassword} type="password" autocomplete="new-password" error={error} hint="At least 10 characters." />
            <button type="submit">Change password</button>
          </form>
        </div>
      </Layout>
    );
  }

  app.get<{ Querystring: { token?: string } }>('/reset-password', async (req, reply) => {
    const ctx = await pageCtx(deps, req, reply);
    return sendPage(reply, <ResetForm ctx={ctx} token={req.query.token ?? ''} />);
  });

  app.post<{ Body: Form }>('/reset-password', { config: { rateLimit: { max: 10, timeWindow: '10 minutes' } } }, async (req, reply) => {
    try {
      await resetPassword(db, req.body?.token ?? '', req.body?.password ?? '');
      return reply.redirect('/sign-in?m=reset', 303);
    } catch (err) {
      if (!isValidationError(err)) throw err;
      const ctx = await pageCtx(deps, req, reply);
      return sendPage(reply, <ResetForm ctx={ctx} token={req.body?.token ?? ''} error={err.fields?.password ?? err.message} />, 400);
    }
  });
}
