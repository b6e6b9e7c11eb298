import type { MailTemplate } from '../../../platform/mail';

// Sent to the new address: following the link proves the inbox, and only then does the account move to it.
export const confirmNewEmail: MailTemplate<{ name: string; url: string; hours: number }> = {
  en: ({ name, url, hours }) => ({
    subject: 'Confirm your new email address',
    paragraphs: [`Hello ${name},`, `Confirm this address to make it the one of your Agora account. Follow the link within ${hours} hours.`],
    action: { label: 'Use this address', url },
    footer: 'The link works once. If you did not ask for this, ignore this message: nothing changes.',
  }),
  fr: ({ name, url, hours }) => ({
    subject: 'Confirmez votre nouvelle adresse e-mail',
    paragraphs: [`Bonjour ${name},`, `Confirmez cette adresse pour qu’elle devienne celle de votre compte Agora. Suivez le lien dans les ${hours} heures.`],
    action: { label: 'Utiliser cette adresse', url },
    footer: 'Le lien ne sert qu’une fois. Si vous n’avez rien demandé, ignorez ce message : rien ne change.',
  }),
};
