import type { MailTemplate } from '../../../platform/mail';

export const verifyEmail: MailTemplate<{ name: string; url: string; hours: number }> = {
  en: ({ name, url, hours }) => ({
    subject: 'Confirm your email address',
    paragraphs: [`Hello ${name},`, `Confirm this address to start selling and buying on Agora. Follow the link within ${hours} hours.`],
    action: { label: 'Confirm my email', url },
    footer: 'The link works once. If you did not sign up, ignore this message.',
  }),
  fr: ({ name, url, hours }) => ({
    subject: 'Confirmez votre adresse e-mail',
    paragraphs: [`Bonjour ${name},`, `Confirmez cette adresse pour vendre et acheter sur Agora. Suivez le lien dans les ${hours} heures.`],
    action: { label: 'Confirmer mon adresse', url },
    footer: 'Le lien ne sert qu’une fois. Si vous n’êtes pas à l’origine de cette inscription, ignorez ce message.',
  }),
};
