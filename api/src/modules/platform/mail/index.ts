export { type MailContent, type MailTemplate } from './mail-template';
export { deliverMail, sendMail } from './send-mail';
