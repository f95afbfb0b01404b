/**
 * A tiny HTTP client with a cookie jar, speaking real HTTP to a test server,
 * that knows how to pick the CSRF token out of a form page.
 */
export class Client {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response & { text_: string }> {
    const res = await fetch(this.base + path, { headers: { cookie: this.cookieHeader(), accept: 'text/html', ...headers }, redirect: 'manual' });
    this.remember(res);
    const text_ = await res.text();
    return Object.assign(res, { text_ });
  }

  /** Posts a form; with `csrfFrom`, first loads that page and sends its token. */
  async postForm(path: string, fields: Record<string, string>, opts: { csrfFrom?: string; noToken?: boolean } = {}): Promise<Response & { text_: string }> {
    const body = new URLSearchParams(fields);
    if (!opts.noToken) {
      const page = await this.get(opts.csrfFrom ?? path);
      const token = page.text_.match(/name="_csrf" value="([^"]+)"/)?.[1];
      if (!token) throw new Error(`no CSRF token on ${opts.csrfFrom ?? path} (status ${page.status})`);
      body.set('_csrf', token);
    }
    const res = await fetch(this.base + path, {
      method: 'POST',
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: body.toString(),
      redirect: 'manual',
    });
    this.remember(res);
    const text_ = await res.text();
    return Object.assign(res, { text_ });
  }

  async signIn(email: string, password: string) {
    const res = await this.postForm('/sign-in', { email, password }, { csrfFrom: '/sign-in' });
    if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`);
    return res;
  }
}

export async function api(base: string, method: string, path: string, opts: { token?: string; body?: unknown } = {}) {
  const res = await fetch(base + path, {
    method,
    headers: { ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}
