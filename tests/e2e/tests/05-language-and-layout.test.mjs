// Language and layout: Vietnamese by default, English one click away and remembered, money and
// dates in each language's form, and pages that fit a 375-pixel phone.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { accounts, baseUrl, openBrowser, screenshot, signIn, textOf } from '../lib/harness.mjs';

let browser;
let page;

before(async () => {
  browser = await openBrowser();
  page = browser.page;
});

after(async () => {
  await browser.close();
});

test('English switch changes the page', async () => {
  await page.goto(baseUrl);
  await page.waitForSelector('#lookup-code');
  assert.equal(await textOf(page, 'h1'), 'Tra cứu đơn vị');
  await page.click('button.lang-switch');
  await page.waitForSelector('h1:has-text("Look up a unit")');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await textOf(page, 'button.lang-switch'), 'Tiếng Việt');
  await screenshot(page, '05-english-lookup');
});

test('English choice is remembered', async () => {
  await page.reload();
  await page.waitForSelector('h1:has-text("Look up a unit")');
  const other = await browser.context.newPage();
  await other.goto(baseUrl);
  await other.waitForSelector('h1:has-text("Look up a unit")');
  await other.close();
});

test('English quote formats money and dates', async () => {
  await signIn(page, accounts.unit);
  await page.waitForSelector('.explanation');
  const quote = await textOf(page, '.card.highlight');
  assert.match(quote, /Quote for the next contract/);
  assert.match(quote, /2,400,000 ₫/, 'English grouping with commas');
  assert.match(quote, /\d\d\/\d\d\/\d{4}/, 'dates read dd/mm/yyyy');
  assert.match(await textOf(page, '.explanation'), /^Renewal of the contract/);
  assert.match(await textOf(page, 'label[for=detail-tax_code]'), /Tax code/);
  await screenshot(page, '05-english-unit');
});

test('server field message shown in English', async () => {
  // Every check of the server runs in the app too, so no typed value reaches this path. The
  // test replaces the server's response with one that a rule added only on the server gives.
  await page.route('**/api/v1/units/*', async (route) => {
    if (route.request().method() !== 'PUT') {
      return route.continue();
    }
    const message = 'account_bank "Kho bac Q1" is not a treasury or bank known to the Centre';
    return route.fulfill({
      status: 422,
      contentType: 'application/json',
      body: JSON.stringify({
        error: {
          code: 'validation_failed',
          message,
          fields: [{ field: 'account_bank', code: 'bank_unknown', message }],
        },
      }),
    });
  });
  await page.fill('#detail-account_bank', 'Kho bac Q1');
  await page.click('.details-form button[type=submit]');
  const error = await page.waitForSelector('#detail-account_bank-error');
  assert.equal(
    await error.innerText(),
    'Account_bank "Kho bac Q1" is not a treasury or bank known to the Centre.',
  );
  assert.equal(await page.evaluate(() => document.activeElement.id), 'detail-account_bank');
  await page.unroute('**/api/v1/units/*');
  await page.reload();
  await page.waitForSelector('#detail-account_bank');
});

test('Vietnamese quote formats money and dates', async () => {
  await page.click('button.lang-switch');
  await page.waitForSelector('text=Báo giá hợp đồng tiếp theo');
  await page.waitForSelector('.explanation:has-text("gia hạn")');
  const quote = await textOf(page, '.card.highlight');
  assert.match(quote, /2\.400\.000 ₫/, 'Vietnamese grouping with dots');
  assert.match(quote, /Duy trì/);
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
});

test('pages fit a 375-pixel phone', async () => {
  const phone = await openBrowser({ width: 375, height: 812 });
  try {
    const overflow = () =>
      phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await phone.page.goto(baseUrl);
    await phone.page.waitForSelector('#lookup-code');
    assert.equal(await overflow(), 0, 'lookup page scrolls sideways');
    await screenshot(phone.page, '05-phone-lookup');

    await signIn(phone.page, accounts.unit);
    await phone.page.waitForSelector('#detail-tax_code');
    await phone.page.waitForSelector('.explanation');
    assert.equal(await overflow(), 0, 'unit page scrolls sideways');
    await screenshot(phone.page, '05-phone-unit');

    await phone.page.click('button:has-text("Đăng xuất")');
    await phone.page.waitForURL(`${baseUrl}/sign-in`);
    await signIn(phone.page, accounts.district);
    await phone.page.waitForSelector('.unit-table');
    assert.equal(await overflow(), 0, 'dashboard scrolls sideways');
    await screenshot(phone.page, '05-phone-dashboard');
  } finally {
    await phone.close();
  }
});
