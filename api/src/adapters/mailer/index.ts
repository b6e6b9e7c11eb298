export { type MailMessage, type Mailer, createMailer } from './mailer';
