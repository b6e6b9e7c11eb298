export { type MailContent, type MailTemplate, LOCALES } from './mail-template';
export { sendMail } from './send-mail';
