import type { MailTemplate } from '../../../platform/mail';

// Sent to the current address when a change is asked for: its owner hears of it before it happens.
export const emailChangeRequested: MailTemplate<{ name: string; newEmail: string; resetUrl: string }> = {
  en: ({ name, newEmail, resetUrl }) => ({
    subject: 'A change of your email address was requested',
    paragraphs: [
      `Hello ${name},`,
      `Someone signed in to your Agora account asked to move it to ${newEmail}. Nothing changes unless that address confirms.`,
      'If it was not you, choose a new password now: it signs out every device.',
    ],
    action: { label: 'Reset my password', url: resetUrl },
  }),
  fr: ({ name, newEmail, resetUrl }) => ({
    subject: 'Un changement de votre adresse e-mail a été demandé',
    paragraphs: [
      `Bonjour ${name},`,
      `Une personne connectée à votre compte Agora a demandé à le déplacer vers ${newEmail}. Rien ne change tant que cette adresse n’a pas confirmé.`,
      'Si ce n’était pas vous, choisissez un nouveau mot de passe maintenant : cela déconnecte tous les appareils.',
    ],
    action: { label: 'Réinitialiser mon mot de passe', url: resetUrl },
  }),
};
