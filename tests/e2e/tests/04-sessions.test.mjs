// Sessions. Two tabs share one session, and an expired access token is renewed silently with
// the refresh token. A save from a tab showing stale details is rejected with a way to reload.
// Signing out in one tab signs out the other. A session whose refresh token is no longer valid
// ends with a clear message.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { accounts, baseUrl, openBrowser, screenshot, signIn, textOf } from '../lib/harness.mjs';

const unitPage = `${baseUrl}/units/${accounts.unit.username}`;

let browser;
let first;
let second;

before(async () => {
  browser = await openBrowser();
  first = browser.page;
  await signIn(first, accounts.unit);
  second = await browser.context.newPage();
});

after(async () => {
  await browser.close();
});

function storedSession(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('hopdong.session')));
}

/** Replaces fields of the stored session, as an expired or revoked token would leave it. */
function tamperSession(page, fields) {
  return page.evaluate((changes) => {
    const session = JSON.parse(localStorage.getItem('hopdong.session'));
    localStorage.setItem('hopdong.session', JSON.stringify({ ...session, ...changes }));
  }, fields);
}

test('second tab shares the session', async () => {
  await second.goto(unitPage);
  await second.waitForSelector('#detail-tax_code');
  assert.equal(await textOf(second, 'h1'), 'TTGDTX Quận 1');
});

test('expired access token renews silently', async () => {
  const before = await storedSession(second);
  await tamperSession(second, { access_token: 'expired.token.value' });
  await second.reload();
  await second.waitForSelector('#detail-tax_code');
  assert.equal(await textOf(second, 'h1'), 'TTGDTX Quận 1');
  const after = await storedSession(second);
  assert.notEqual(after.refresh_token, before.refresh_token, 'the refresh token was rotated');
  assert.notEqual(after.access_token, 'expired.token.value');

  // The first tab keeps no copy of the old tokens, so its next request uses the rotated ones.
  await first.goto(unitPage);
  await first.waitForSelector('#detail-tax_code');
  assert.deepEqual(await storedSession(first), after);
});

test('token about to expire renews first', async () => {
  const before = await storedSession(first);
  await tamperSession(first, { expires_at_ms: Date.now() });
  await first.reload();
  await first.waitForSelector('#detail-tax_code');
  const after = await storedSession(first);
  // The access token may come out identical when issued within the same second, so the
  // rotated refresh token shows that the refresh happened.
  assert.notEqual(after.refresh_token, before.refresh_token);
  assert.ok(after.expires_at_ms > Date.now() + 60_000);
});

test('stale details save reports conflict', async () => {
  await Promise.all([first.goto(unitPage), second.goto(unitPage)]);
  await Promise.all([first.waitForSelector('#detail-phone'), second.waitForSelector('#detail-phone')]);
  await first.fill('#detail-phone', '028 3836 5422');
  await first.click('.details-form button[type=submit]');
  await first.waitForSelector('text=Đã lưu thông tin đơn vị.');

  await second.fill('#detail-website', 'https://ttgdtxq1.hcm.edu.vn');
  await second.click('.details-form button[type=submit]');
  const alert = await second.waitForSelector('.details-form [role=alert]');
  assert.match(await alert.innerText(), /Thông tin vừa được người khác thay đổi/);
  await screenshot(second, '04-details-conflict');
  await second.click('.details-form button:has-text("Thử lại")');
  await second.waitForFunction(
    () => document.querySelector('#detail-phone').value === '028 3836 5422',
  );
  assert.equal(await second.inputValue('#detail-website'), '');
});

test('sign-out ends session in both tabs', async () => {
  await second.goto(unitPage);
  await second.waitForSelector('#detail-tax_code');
  await first.click('button:has-text("Đăng xuất")');
  await first.waitForURL(`${baseUrl}/sign-in`);
  await second.waitForSelector('#username');
  assert.match(await textOf(second, 'main'), /Bạn đã đăng xuất ở một thẻ khác/);
  assert.equal(new URL(second.url()).pathname, `/units/${accounts.unit.username}`);
  assert.equal(await storedSession(second), null);
  await screenshot(second, '04-signed-out-elsewhere');
});

test('sign-in in one tab reaches the other', async () => {
  await second.fill('#username', accounts.unit.username);
  await second.fill('#password', accounts.unit.password);
  await second.click('form button[type=submit]');
  await second.waitForSelector('#detail-tax_code');
  await first.waitForURL(unitPage);
  await first.waitForSelector('#detail-tax_code');
});

test('revoked refresh token ends session', async () => {
  await tamperSession(first, { access_token: 'expired.token.value', refresh_token: 'revoked' });
  await first.reload();
  await first.waitForSelector('#username');
  assert.match(await textOf(first, 'main'), /Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại/);
  assert.equal(await storedSession(first), null);
  await screenshot(first, '04-session-expired');
});
