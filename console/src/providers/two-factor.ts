import type { RecoveryCodes, TotpEnrolment, TwoFactorStatus } from '../types';
import { apiFetch } from './http';

// The signed-in user's own second factor (/v1/me/2fa/*): reachable before enrolment, unlike staff routes.

export const twoFactorStatus = () => apiFetch<TwoFactorStatus>('/v1/me/2fa');

/** A new secret, pending until confirmed; the API wants a recent step-up (`step_up_required` otherwise). */
export const startTotpEnrolment = () => apiFetch<TotpEnrolment>('/v1/me/2fa/totp', { method: 'POST' });

export const confirmTotp = (code: string) => apiFetch<RecoveryCodes>('/v1/me/2fa/totp/confirm', { method: 'POST', body: { code } });

export const stepUpWithPassword = (password: string) => apiFetch<void>('/v1/auth/step-up', { method: 'POST', body: { password } });
