export { eraseTwoFactor, twoFactorStatus } from './two-factor.service';
export { type SignInResult, challengeResponse, continueSignIn, signIn } from './two-step-sign-in.service';
export { hasConfirmedTotp } from './totp-credentials.repository';
export { ENCRYPTED_TABLES } from './encrypted-tables';
export { TwoFactorChallenge } from './two-factor.schemas';
