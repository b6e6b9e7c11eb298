import type { MailTemplate } from '../../../platform/mail';

export const resetPassword: MailTemplate<{ name: string; url: string; minutes: number }> = {
  en: ({ name, url, minutes }) => ({
    subject: 'Choose a new password',
    paragraphs: [`Hello ${name},`, `Someone, maybe you, asked to reset the password of your Agora account. Follow the link within ${minutes} minutes to choose a new one.`],
    action: { label: 'Choose a new password', url },
    footer: 'The link works once, and using it signs out every device. If you did not ask, ignore this message: your password has not changed.',
  }),
  fr: ({ name, url, minutes }) => ({
    subject: 'Choisissez un nouveau mot de passe',
    paragraphs: [
      `Bonjour ${name},`,
      `Quelqu’un, peut-être vous, a demandé à réinitialiser le mot de passe de votre compte Agora. Suivez le lien dans les ${minutes} minutes pour en choisir un nouveau.`,
    ],
    action: { label: 'Choisir un nouveau mot de passe', url },
    footer: 'Le lien ne sert qu’une fois et déconnecte tous vos appareils. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe n’a pas changé.',
  }),
};
