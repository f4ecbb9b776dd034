// One layout for every e-mail: Thai first, the same message in English below, plain text and HTML.
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface Bilingual {
  th: { subject: string; paragraphs: string[] };
  en: { subject: string; paragraphs: string[] };
  /** An optional call to action, e.g. a link to the console or an activation link. */
  link?: { href: string; th: string; en: string };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderMail(m: Bilingual): MailContent {
  const subject = `${m.th.subject} / ${m.en.subject}`;
  const textBlock = (lang: 'th' | 'en') =>
    [...m[lang].paragraphs, ...(m.link ? [`${m.link[lang]}: ${m.link.href}`] : [])].join('\n\n');
  const htmlBlock = (lang: 'th' | 'en') =>
    `<div lang="${lang}">${m[lang].paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}${
      m.link ? `<p><a href="${escapeHtml(m.link.href)}">${escapeHtml(m.link[lang])}</a></p>` : ''
    }</div>`;
  const footerTh = 'อีเมลฉบับนี้ส่งจากระบบบริการสถานพยาบาล สำนักงานประกันสังคม กรุณาอย่าตอบกลับ';
  const footerEn = 'Sent by the SSO hospital services system; please do not reply.';
  return {
    subject,
    text: `${textBlock('th')}\n\n-- \n${footerTh}\n\n==========\n\n${textBlock('en')}\n\n-- \n${footerEn}\n`,
    html: `<!doctype html><html><body style="font-family:Sarabun,Tahoma,sans-serif">${htmlBlock('th')}<p style="color:#666">${footerTh}</p><hr>${htmlBlock('en')}<p style="color:#666">${footerEn}</p></body></html>`,
  };
}
