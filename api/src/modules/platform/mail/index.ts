export { type MailTemplate } from './mail-template';
export { sendMail } from './send-mail';
