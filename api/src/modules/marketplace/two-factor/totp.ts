import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

// RFC 6238 as authenticator apps expect it: SHA-1, 6 digits, 30-second steps (otplib's defaults).
const PERIOD_SECONDS = 30;
const ISSUER = 'Agora';

/** A new base32 secret (160 bits). */
export const newTotpSecret = (): string => generateSecret();

/** What an authenticator app scans: the otpauth:// URI, and the same as a PNG QR code data URL. */
export async function provisioning(secret: string, accountName: string): Promise<{ otpauth_uri: string; qr_data_url: string }> {
  const otpauth_uri = generateURI({ issuer: ISSUER, label: accountName, secret });
  return { otpauth_uri, qr_data_url: await QRCode.toDataURL(otpauth_uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 }) };
}

/**
 * The time step a code belongs to when it is valid now (one step of clock drift either way) and
 * later than `afterStep`, the last step this secret accepted: a code works once. Undefined otherwise.
 */
export async function matchTotp(secret: string, code: string, now: Date, afterStep: number | null): Promise<number | undefined> {
  const epoch = Math.floor(now.getTime() / 1000);
  const result = await verify({ secret, token: code, epoch, period: PERIOD_SECONDS, epochTolerance: PERIOD_SECONDS });
  if (!result.valid) return undefined;
  const step = Math.floor(epoch / PERIOD_SECONDS) + result.delta;
  return afterStep === null || step > afterStep ? step : undefined;
}
