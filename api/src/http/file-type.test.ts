import { sniffContentType } from './file-type';

describe('document type from magic bytes', () => {
  test.each([
    [Buffer.from('%PDF-1.7\n'), 'application/pdf'],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
    [Buffer.from('GIF89a'), undefined],
    [Buffer.from('%PDF'), undefined],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47]), undefined],
    [Buffer.alloc(0), undefined],
    // A WebP is a picture, not an identity document.
    [Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'), undefined],
  ])('%p → %p', (head, type) => {
    expect(sniffContentType(head)).toBe(type);
  });
});
