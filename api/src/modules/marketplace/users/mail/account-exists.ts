import type { MailTemplate } from '../../../platform/mail';

// Sent instead of an error when someone registers with a taken address: the answer to the caller is the
// same either way, and only the owner of the inbox learns the account exists.
export const accountExists: MailTemplate<{ resetUrl: string }> = {
  en: ({ resetUrl }) => ({
    subject: 'You already have an Agora account',
    paragraphs: ['Someone, maybe you, tried to create an Agora account with this address. You already have one.', 'If you forgot your password, you can choose a new one.'],
    action: { label: 'Reset my password', url: resetUrl },
    footer: 'If it was not you, you can ignore this message: nothing has changed.',
  }),
  fr: ({ resetUrl }) => ({
    subject: 'Vous avez déjà un compte Agora',
    paragraphs: [
      'Quelqu’un, peut-être vous, a tenté de créer un compte Agora avec cette adresse. Vous en avez déjà un.',
      'Si vous avez oublié votre mot de passe, vous pouvez en choisir un nouveau.',
    ],
    action: { label: 'Réinitialiser mon mot de passe', url: resetUrl },
    footer: 'Si ce n’était pas vous, ignorez ce message : rien n’a changé.',
  }),
};
