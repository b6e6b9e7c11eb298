import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig } from '../../config';
import { createMailer } from './mailer';

// Without SMTP_URL each message is an .eml file a person can open, readable by its owner only, and
// the log line says where it is and never what it says (a reset or verification token).

test('a message is written under MAIL_DIR with mode 0600, both parts inside, and logged by path without its token', async () => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'agora-mail-')), 'mail');
  const lines: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  );
  const mailer = createMailer(loadConfig({ MAIL_DIR: dir }), logger);
  const token = 'agm_s3cr3t-t0ken-never-logged';
  await mailer.send({
    to: 'ada@example.test',
    subject: 'Choose a new password',
    text: `Choose a new password: http://localhost:3000/reset-password?token=${token}`,
    html: `<p><a href="http://localhost:3000/reset-password?token=${token}">Choose a new password</a></p>`,
  });
  mailer.close();

  const [name] = readdirSync(dir);
  expect(name).toMatch(/\.eml$/);
  const file = path.join(dir, name!);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(statSync(dir).mode & 0o777).toBe(0o700);
  const eml = readFileSync(file, 'utf8');
  expect(eml).toMatch(/^To: ada@example\.test$/m);
  expect(eml).toMatch(/Content-Type: multipart\/alternative/);
  expect(eml).toMatch(/Content-Type: text\/plain/);
  expect(eml).toMatch(/Content-Type: text\/html/);

  expect(lines).toHaveLength(1);
  const logged = JSON.parse(lines[0]!);
  expect(logged).toMatchObject({ msg: 'mail written', file, subject: 'Choose a new password' });
  expect(lines[0]).not.toContain(token);
  expect(lines[0]).not.toContain('ada@example.test');
});
