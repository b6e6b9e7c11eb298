import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { type Request, type TestApp, client, orderAt, startTestApp } from '../../test/harness';
import { launchChromium, screenshot, signedInPage, registerStaff } from './browser';

let app: TestApp;
let request: Request;
let browser: Browser;
const password = 'arbitrator password 1';

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A real (viewable) 64×48 PNG: an orange photo stand-in, so the screenshot shows the inline image. */
function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}
const PNG = solidPng(64, 48, [230, 120, 40]);
const PDF = Buffer.from(`%PDF-1.4\n% receipt ${randomBytes(4).toString('hex')}\n%%EOF\n`);

test('an arbitrator reviews the evidence pack and resolves a dispute with a split', async () => {
  const arbitrator = await registerStaff(app, ['arbitrator'], { password });
  const order = await orderAt(request, 'delivered', { listing: { title: 'Cracked camera', price: { amount: 10_000, currency: 'EUR' } } });
  const { buyer, seller } = order;
  const opened = await request('POST', `/v1/orders/${order.id}/dispute`, { token: buyer.token, body: { reason: 'damaged', description: 'The lens arrived cracked.' } });
  expect(opened.status).toBe(200);
  const disputeId: string = opened.body.dispute.id;
  await request('POST', `/v1/orders/${order.id}/messages`, { token: buyer.token, body: { body: 'The lens is cracked, see photo.' } });
  await request('POST', `/v1/disputes/${disputeId}/messages`, { token: seller.token, body: { body: 'It left here intact.' } });
  await request('POST', `/v1/disputes/${disputeId}/messages`, {
    token: buyer.token,
    body: { body: `The box was dented on one corner and the lens hood was loose inside. ${'The courier left it in the rain. '.repeat(6)}` },
  });
  const image = await request('POST', `/v1/disputes/${disputeId}/evidence`, {
    token: buyer.token,
    body: { kind: 'file', filename: 'lens.png', content_type: 'image/png', content_base64: PNG.toString('base64') },
  });
  const pdf = await request('POST', `/v1/disputes/${disputeId}/evidence`, {
    token: seller.token,
    body: { kind: 'file', filename: 'receipt.pdf', content_type: 'application/pdf', content_base64: PDF.toString('base64') },
  });
  await request('POST', `/v1/disputes/${disputeId}/evidence`, { token: seller.token, body: { kind: 'text', text: 'Packed with bubble wrap.' } });

  const page = await signedInPage(browser, app, arbitrator, password);
  await page.goto(`${app.url}/console/disputes`);
  const row = page.getByTestId(`dispute-row-${disputeId}`);
  await row.waitFor();
  await expect(row.getByTestId('dispute-assignee').textContent()).resolves.toBe('me');
  await expect(row.getByTestId('dispute-sla').getAttribute('data-breached')).resolves.toBe('false');
  await screenshot(page, 'disputes');

  await page.getByTestId(`dispute-link-${disputeId}`).click();
  const detail = page.getByTestId('dispute-detail');
  await detail.waitFor();
  // The evidence pack: image shown inline (fetched with the session cookie), PDF as a link, messages, timeline, shipment.
  await page.locator(`[data-testid="evidence-image-${image.body.id}"] img, img[data-testid="evidence-image-${image.body.id}"]`).first().waitFor();
  // The img is there before its blob URL (the fetch): wait for the URL rather than count at once.
  await page.locator(`img[src^="blob:"]`).first().waitFor();
  await page.getByTestId(`evidence-pdf-${pdf.body.id}`).waitFor();
  await page.getByText('Packed with bubble wrap.').waitFor();
  await page.getByTestId('order-messages').getByText('The lens is cracked, see photo.').waitFor();
  await page.getByTestId('dispute-messages').getByText('It left here intact.').waitFor();
  await page.getByTestId('dispute-timeline').getByText('disputed').first().waitFor();
  await page.getByTestId('dispute-shipment').getByText('1234567890').waitFor();
  await screenshot(page, 'dispute-detail');
  // Who said what, readably, however long the message: author (role) and date on one line above it, the message the thread's full width.
  for (const [thread, authors] of [
    ['order-messages', ['Buyer']],
    ['dispute-messages', ['Seller', 'Buyer']],
  ] as const) {
    const list = page.getByTestId(thread);
    const messages = await list.getByTestId('message').all();
    expect(messages).toHaveLength(authors.length);
    const listBox = (await list.boundingBox())!;
    for (const [i, message] of messages.entries()) {
      await expect(message.getByTestId('message-author').textContent()).resolves.toBe(authors[i]);
      const [header, body] = await Promise.all([message.getByTestId('message-header').boundingBox(), message.getByTestId('message-body').boundingBox()]);
      expect(header!.width).toBeGreaterThan(60);
      expect(header!.height).toBeLessThan(40); // one line, not a letter per line
      expect(header!.y + header!.height).toBeLessThanOrEqual(body!.y);
      expect(body!.width).toBeGreaterThan(0.9 * listBox.width);
    }
  }

  // Refund 30.00 of 100.00 to the buyer, release the rest.
  const input = page.locator('[data-testid="split-input"] input, input[data-testid="split-input"]').first();
  await input.fill('30');
  await page.getByTestId('split-refund').getByText('30.00').waitFor();
  await expect(page.locator('[data-testid="split-slider"] .ant-slider-handle, .ant-slider-handle').first().getAttribute('aria-valuenow')).resolves.toBe('3000');
  await page.getByTestId('resolution-note').fill('Damage in transit is shared.');
  await page.getByTestId('resolve-split').click();
  await page.locator('[data-testid="resolution-result"][data-resolution="split"]').waitFor();
  await screenshot(page, 'dispute-resolved');

  const after = await request('GET', `/v1/orders/${order.id}`, { token: buyer.token });
  expect(after.body).toMatchObject({ status: 'completed', refunded: { amount: 3_000, currency: 'EUR' } });
  const dispute = await request('GET', `/v1/disputes/${disputeId}`, { token: buyer.token });
  expect(dispute.body).toMatchObject({
    status: 'resolved',
    resolution: 'split',
    refund_amount: { amount: 3_000, currency: 'EUR' },
    resolution_note: 'Damage in transit is shared.',
  });
  const staff = await request('GET', `/v1/admin/disputes/${disputeId}`, { token: arbitrator.token });
  expect(staff.body).toMatchObject({ status: 'resolved', resolved_by: arbitrator.id });
  // The seller keeps 70 % of their 9 000 share, pending until the payout hold passes.
  expect((await request('GET', '/v1/me/balance', { token: seller.token })).body.balances).toEqual([{ currency: 'EUR', pending: 6_300, available: 0 }]);
  await page.close();
});
