import pino, { type Logger } from 'pino';

export type { Logger };

// Tokens, passwords and personal data never reach the logs.
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.token',
  '*.email',
  '*.password_hash',
  '*.token_hash',
  '*.legal_name',
  '*.address',
  '*.phone',
  '*.account_holder',
  '*.iban',
  '*.content_base64',
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' } });
}
