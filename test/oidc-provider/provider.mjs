// A real OpenID provider (oidc-provider) for the OIDC e2e tests, run as a child process because the
// package is ESM-only. It listens on an ephemeral 127.0.0.1 port and prints its issuer URL as one line.
// One confidential client (CLIENT_ID / CLIENT_SECRET, REDIRECT_URI), PKCE required. The dev login
// form's login name is the account: `verified:<email>` or `unverified:<email>`, so each test chooses
// the email and whether the provider vouches for it; the subject is the login name itself.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { CLIENT_ID, CLIENT_SECRET, REDIRECT_URI } = process.env;

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [REDIRECT_URI], grant_types: ['authorization_code'], response_types: ['code'] }],
    pkce: { required: () => true },
    cookies: { keys: ['test-only-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    async findAccount(_ctx, sub) {
      const [trust, email] = sub.split(':');
      return { accountId: sub, claims: async () => ({ sub, email, email_verified: trust === 'verified', name: email.split('@')[0] }) };
    },
  });
  server.on('request', provider.callback());
  console.log(issuer);
});
