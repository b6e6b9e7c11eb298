import type { MailContent } from './mail-template';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Plain text and HTML bodies carrying the same words: clients that show either lose nothing. */
export function renderMail(content: MailContent): { subject: string; text: string; html: string } {
  const text = [
    ...content.paragraphs,
    ...(content.code ? [content.code] : []),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
    ...(content.footer ? ['--', content.footer] : []),
  ].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:560px;margin:auto;color:#1f1f1f">',
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    content.code ? `<p style="font-size:28px;letter-spacing:6px;font-weight:600">${escapeHtml(content.code)}</p>` : '',
    content.action
      ? `<p><a href="${escapeHtml(content.action.url)}" style="background:#1677ff;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(content.action.label)}</a></p>`
      : '',
    content.footer ? `<hr><p style="color:#666;font-size:12px">${escapeHtml(content.footer)}</p>` : '',
    '</body></html>',
  ].join('');
  return { subject: content.subject, text, html };
}
