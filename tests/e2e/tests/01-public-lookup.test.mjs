// The public lookup: anyone finds a unit by its code, and a malformed or unknown code gets a
// clear message.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { accounts, baseUrl, openBrowser, screenshot, textOf } from '../lib/harness.mjs';

let browser;
let page;

before(async () => {
  browser = await openBrowser();
  page = browser.page;
});

after(async () => {
  await browser.close();
});

test('lookup starts in Vietnamese', async () => {
  await page.goto(baseUrl);
  await page.waitForSelector('#lookup-code');
  assert.equal(await textOf(page, 'h1'), 'Tra cứu đơn vị');
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  await screenshot(page, '01-lookup');
});

test('lookup finds a unit by code', async () => {
  await page.fill('#lookup-code', accounts.unit.username);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.unit-card');
  assert.equal(await textOf(page, '.unit-card h2'), 'TTGDTX Quận 1');
  const facts = await textOf(page, '.unit-card');
  assert.match(facts, /Quận 1 \(Nội thành\)/);
  assert.match(facts, /Phòng Giáo dục và Đào tạo Quận 1/);
  assert.match(facts, /Chưa từng ký hợp đồng/);
  assert.equal(new URL(page.url()).pathname, `/lookup/${accounts.unit.username}`);
  await screenshot(page, '01-lookup-found');
});

test('malformed code shows format message', async () => {
  await page.fill('#lookup-code', '7976-01');
  await page.click('form button[type=submit]');
  const error = await textOf(page, '#lookup-code-error');
  assert.equal(error, 'Mã “7976-01” không đúng dạng: mã đơn vị gồm đúng 8 chữ số, ví dụ 79760118.');
  assert.equal(await page.getAttribute('#lookup-code', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#lookup-code', 'aria-describedby'), /lookup-code-error/);
  await screenshot(page, '01-lookup-malformed');
});

test('other province code rejected by server', async () => {
  await page.fill('#lookup-code', '12345678');
  await page.click('form button[type=submit]');
  await page.waitForSelector('#lookup-code-error');
  assert.match(await textOf(page, '#lookup-code-error'), /bắt đầu bằng mã tỉnh/);
});

test('unknown code says nothing matches', async () => {
  await page.fill('#lookup-code', '79760999');
  await page.click('form button[type=submit]');
  const alert = await page.waitForSelector('[role=alert]');
  assert.match(await alert.innerText(), /Không có đơn vị nào mang mã 79760999/);
  await screenshot(page, '01-lookup-unknown');
});

test('unknown address shows not-found page', async () => {
  await page.goto(`${baseUrl}/no/such/page`);
  await page.waitForSelector('h1');
  assert.equal(await textOf(page, 'h1'), 'Không tìm thấy trang');
});

test('lookup works with keyboard alone', async () => {
  await page.goto(baseUrl);
  await page.waitForSelector('#lookup-code');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Enter');
  for (let presses = 0; presses < 10; presses += 1) {
    if (await page.evaluate(() => document.activeElement.id === 'lookup-code')) {
      break;
    }
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'lookup-code');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'the focused field shows a focus outline');
  await page.keyboard.type(accounts.unit.username);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.unit-card');
  await screenshot(page, '01-lookup-keyboard');
});
