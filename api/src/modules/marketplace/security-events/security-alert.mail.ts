import type { MailTemplate } from '../../platform/mail';
import type { SecurityEventKind } from './security-event-kinds';

const WHAT: Record<'en' | 'fr', Record<SecurityEventKind, string>> = {
  en: {
    login_new_device: 'Your account was signed in to from a new device',
    password_changed: 'Your password was changed',
    password_reset: 'Your password was reset, and every session was signed out',
    email_changed: 'The email address of your account was changed',
    two_factor_enabled: 'Two-step verification was turned on',
    two_factor_disabled: 'Two-step verification was turned off',
    recovery_codes_regenerated: 'New recovery codes were made; the old ones no longer work',
    oidc_linked: 'A sign-in provider was linked to your account',
    oidc_unlinked: 'A sign-in provider was unlinked from your account',
    signed_out_everywhere: 'Every session of your account was signed out',
    account_deleted: 'Your account was deleted',
  },
  fr: {
    login_new_device: 'Une connexion à votre compte a eu lieu depuis un nouvel appareil',
    password_changed: 'Votre mot de passe a été modifié',
    password_reset: 'Votre mot de passe a été réinitialisé et toutes les sessions ont été fermées',
    email_changed: 'L’adresse e-mail de votre compte a été modifiée',
    two_factor_enabled: 'La validation en deux étapes a été activée',
    two_factor_disabled: 'La validation en deux étapes a été désactivée',
    recovery_codes_regenerated: 'De nouveaux codes de secours ont été créés ; les anciens ne fonctionnent plus',
    oidc_linked: 'Un fournisseur de connexion a été associé à votre compte',
    oidc_unlinked: 'Un fournisseur de connexion a été dissocié de votre compte',
    signed_out_everywhere: 'Toutes les sessions de votre compte ont été fermées',
    account_deleted: 'Votre compte a été supprimé',
  },
};

// A deleted account has no password left to reset: its owner can only reach support.
const FOOTER = {
  en: (kind: SecurityEventKind) =>
    kind === 'account_deleted'
      ? 'If you did not ask for this, contact support at once: we keep what the law requires for a while.'
      : 'If this was you, there is nothing to do. If not, reset your password now and contact support.',
  fr: (kind: SecurityEventKind) =>
    kind === 'account_deleted'
      ? 'Si vous ne l’avez pas demandé, contactez le support sans attendre : nous conservons un temps ce que la loi exige.'
      : 'Si c’était vous, il n’y a rien à faire. Sinon, réinitialisez votre mot de passe et contactez le support.',
};

export const securityAlert: MailTemplate<{ kind: SecurityEventKind; at: Date; device: string | null; network: string | null }> = {
  en: ({ kind, at, device, network }) => ({
    subject: `Security alert: ${WHAT.en[kind].toLowerCase()}`,
    paragraphs: [`${WHAT.en[kind]} on ${at.toUTCString()}.`, ...(device || network ? [`Device: ${device ?? 'unknown'}; network: ${network ?? 'unknown'}.`] : [])],
    footer: FOOTER.en(kind),
  }),
  fr: ({ kind, at, device, network }) => ({
    subject: `Alerte de sécurité : ${WHAT.fr[kind].toLowerCase()}`,
    paragraphs: [
      `${WHAT.fr[kind]} le ${at.toLocaleString('fr-FR', { timeZone: 'UTC' })} (UTC).`,
      ...(device || network ? [`Appareil : ${device ?? 'inconnu'} ; réseau : ${network ?? 'inconnu'}.`] : []),
    ],
    footer: FOOTER.fr(kind),
  }),
};
