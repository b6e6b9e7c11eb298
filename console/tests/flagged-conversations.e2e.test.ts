import type { Browser, Page } from 'playwright-core';
import { type Request, type TestApp, type TestUser, client, makeListing, makeStaff, registerUser, startTestApp } from '../../test/harness';
import { launchChromium, screenshot, signedInPage } from './browser';

let app: TestApp;
let request: Request;
let browser: Browser;
let page: Page;
let moderator: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  // Moderators hold reports.read and reports.decide: they read the queue and clear flags.
  moderator = await makeStaff(app, ['moderator']);
  browser = await launchChromium();
  page = await signedInPage(browser, app, moderator, 'correct horse battery');
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A buyer writes to a seller until the off-platform detector flags the conversation (CONVERSATION_FLAG_AFTER's default: three findings). */
async function flaggedConversation() {
  const seller = await registerUser(request, { display_name: 'Sally Seller' });
  const buyer = await registerUser(request, { display_name: 'Bruno Buyer' });
  const listing = await makeListing(request, seller, { title: 'Teak garden bench' });
  const opened = await request('POST', `/v1/listings/${listing.id}/conversations`, { token: buyer.token, body: { body: 'Hello, is the bench still available?' } });
  expect(opened.status).toBe(201);
  const conversationId: string = opened.body.conversation_id;
  const messageIds: string[] = [opened.body.id];
  for (const body of ['mail me at bob@example.com', 'or call 06 12 34 56 78', 'pay me directly by bank transfer']) {
    const sent = await request('POST', `/v1/conversations/${conversationId}/messages`, { token: buyer.token, body: { body } });
    expect(sent.status).toBe(201);
    expect(sent.body.warnings).not.toEqual([]);
    messageIds.push(sent.body.id);
  }
  return { seller, conversationId, messageIds };
}

test('a conversation flagged for contact details is read in the console as a thread with its authors, and its flag cleared', async () => {
  const { conversationId } = await flaggedConversation();

  await page.goto(`${app.url}/console/conversations`);
  const row = page.getByTestId(`conversation-row-${conversationId}`);
  await row.waitFor();
  expect(await row.textContent()).toContain('Bruno Buyer');
  expect(await row.textContent()).toContain('Sally Seller');
  await screenshot(page, 'flagged-conversations');

  await row.getByTestId('conversation-link').click();
  await page.waitForURL(`**/console/conversations/${conversationId}`);
  const thread = page.getByTestId('message-thread');
  await thread.waitFor();
  const messages = thread.getByTestId('thread-message');
  await messages.nth(3).waitFor();
  expect(await messages.count()).toBe(4);
  expect(await thread.getByTestId('thread-author').allTextContents()).toEqual(['Bruno Buyer', 'Bruno Buyer', 'Bruno Buyer', 'Bruno Buyer']);
  expect(await thread.getByTestId('thread-body').nth(1).textContent()).toBe('mail me at bob@example.com');
  // The greeting is clean; the three others are highlighted with what the detector found.
  expect(await Promise.all((await messages.all()).map((m) => m.getAttribute('data-warned')))).toEqual(['false', 'true', 'true', 'true']);
  // The author's name sits above the body, not beside it in a narrow column.
  const [author, body] = [await messages.nth(1).getByTestId('thread-author').boundingBox(), await messages.nth(1).getByTestId('thread-body').boundingBox()];
  expect(body!.y).toBeGreaterThanOrEqual(author!.y + author!.height);
  expect(body!.width).toBeGreaterThan(600);
  const detail = page.getByTestId('conversation-detail');
  expect(await detail.textContent()).toContain('Teak garden bench');
  await screenshot(page, 'flagged-conversation');

  await page.getByTestId('clear-flag').click();
  await page.getByRole('button', { name: 'Clear flag' }).last().click();
  await detail.getByText(/^cleared /).waitFor();
  expect(await page.getByTestId('clear-flag').isDisabled()).toBe(true);
  const conversation = await app.ctx.db.selectFrom('conversations').select(['flagged_at', 'contact_attempts']).where('id', '=', conversationId).executeTakeFirstOrThrow();
  expect(conversation).toEqual({ flagged_at: null, contact_attempts: 0 });

  await page.goto(`${app.url}/console/conversations`);
  await page.getByText('No flagged conversations.').waitFor();
});

test('a reported message is shown on the report queue among the messages around it, highlighted', async () => {
  const { seller, messageIds } = await flaggedConversation();
  const report = await request('POST', '/v1/reports', { token: seller.token, body: { target_type: 'message', target_id: messageIds[1], reason: 'fraud' } });
  expect(report.status).toBe(201);

  await page.goto(`${app.url}/console/reports`);
  const row = page.getByTestId(`report-row-${report.body.id}`);
  await row.waitFor();
  await row.getByRole('button', { name: /expand row/i }).click();
  const thread = page.getByTestId('message-thread');
  await thread.getByTestId('thread-message').nth(3).waitFor();
  const messages = await thread.getByTestId('thread-message').all();
  expect(await Promise.all(messages.map((m) => m.getAttribute('data-message-id')))).toEqual(messageIds);
  expect(await Promise.all(messages.map((m) => m.getAttribute('data-reported')))).toEqual(['false', 'true', 'false', 'false']);
  expect(await thread.getByTestId('thread-author').first().textContent()).toBe('Bruno Buyer');
  await screenshot(page, 'report-message-context');
});
