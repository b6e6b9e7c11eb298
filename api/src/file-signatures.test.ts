import { sniffFileType } from './file-signatures';

describe('file type from its signature', () => {
  test.each([
    [Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'), 'image/webp'],
    // Another RIFF file (a WAV) is no picture.
    [Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1'), undefined],
    [Buffer.from('RIFF\x10\x00\x00\x00WEB', 'latin1'), undefined],
    [Buffer.from([0xff, 0xd8, 0xff, 0xdb]), 'image/jpeg'],
    [Buffer.from('%PDF-1.7\n'), 'application/pdf'],
    [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), undefined],
  ])('%p → %p', (head, type) => {
    expect(sniffFileType(head)).toBe(type);
  });
});
