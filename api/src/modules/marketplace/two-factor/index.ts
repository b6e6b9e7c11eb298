export { type Actor, eraseTwoFactor, stepUp } from './two-factor.service';
export { type SignInResult, completeSignIn, signIn } from './two-step-sign-in.service';
export { hasConfirmedTotp } from './totp-credentials.repository';
export { ENCRYPTED_TABLES } from './encrypted-tables';
export { TwoFactorChallenge } from './two-factor.schemas';
