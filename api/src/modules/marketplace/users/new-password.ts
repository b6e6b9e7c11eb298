import { DomainError } from '../../../errors';
import { passwordWeakness } from './password-policy';

/** The registration policy for a password chosen later (reset, change), against the account's own words: 422 `weak_password` naming `field`. */
export function assertAcceptablePassword(password: string, account: { email: string; display_name: string }, field: string): void {
  const weakness = passwordWeakness(password, [account.email, account.email.split('@')[0]!, account.display_name]);
  if (weakness) throw new DomainError('invalid', 'weak_password', `The new password ${weakness}`, [{ field, message: weakness }]);
}
