import { randomBytes } from 'node:crypto';
import { parse, serialize } from 'cookie';

// A sign-in with a provider must end in the browser that started it: otherwise someone could start one,
// approve it with their own provider account and send the callback link to a victim, whose app would
// then be signed in to the sender's account (login CSRF). The start sets this random value in a cookie
// (HttpOnly, SameSite=Lax: the provider's redirect back is a top-level GET), the flow keeps its hash,
// and the callback answers only with the same cookie. One value per browser serves flows in parallel tabs.
const NAME = 'agora_oidc_browser';
const VALUE = /^[A-Za-z0-9_-]{43}$/;
const MAX_AGE_SECONDS = 600;

const nameFor = (secure: boolean) => (secure ? `__Host-${NAME}` : NAME);

/** The browser's binding value, if it sent a well-formed one. */
export function browserBindingOf(header: (name: string) => string | undefined, secure: boolean): string | undefined {
  const value = parse(header('cookie') ?? '')[nameFor(secure)];
  return value && VALUE.test(value) ? value : undefined;
}

/** The browser's value (a new one if it has none) and the Set-Cookie keeping it for the flow's lifetime. */
export function bindBrowser(header: (name: string) => string | undefined, secure: boolean): { value: string; setCookie: string } {
  const value = browserBindingOf(header, secure) ?? randomBytes(32).toString('base64url');
  return { value, setCookie: serialize(nameFor(secure), value, { path: '/', maxAge: MAX_AGE_SECONDS, sameSite: 'lax', httpOnly: true, secure }) };
}
