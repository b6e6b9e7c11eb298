import { generate } from 'otplib';
import { matchTotp, newTotpSecret } from './totp';

// RFC 6238 with one step of drift either way, and each step accepted once.

const at = (seconds: number) => new Date(seconds * 1000);
const STEP = 30;
const T = 1_800_000_000; // a step boundary (divisible by 30)

describe('TOTP codes', () => {
  const secret = newTotpSecret();

  test('a code matches its own step and the steps either side, not two away', async () => {
    const code = await generate({ secret, epoch: T });
    expect(await matchTotp(secret, code, at(T), null)).toBe(T / STEP);
    expect(await matchTotp(secret, code, at(T + STEP), null)).toBe(T / STEP);
    expect(await matchTotp(secret, code, at(T - STEP), null)).toBe(T / STEP);
    expect(await matchTotp(secret, code, at(T + 2 * STEP), null)).toBeUndefined();
    expect(await matchTotp(secret, code, at(T - 2 * STEP), null)).toBeUndefined();
  });

  test('a code of a step already used (or earlier) is refused: no replay', async () => {
    const code = await generate({ secret, epoch: T });
    expect(await matchTotp(secret, code, at(T), T / STEP)).toBeUndefined();
    expect(await matchTotp(secret, code, at(T), T / STEP + 1)).toBeUndefined();
    expect(await matchTotp(secret, code, at(T), T / STEP - 1)).toBe(T / STEP);
  });

  test("another secret's code does not match", async () => {
    expect(await matchTotp(secret, await generate({ secret: newTotpSecret(), epoch: T }), at(T), null)).toBeUndefined();
  });
});
