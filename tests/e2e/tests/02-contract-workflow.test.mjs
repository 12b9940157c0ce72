// The contract's whole journey, each person in a browser of their own. The unit completes its
// details, fixing a tax code it mistyped, then submits and prints its contract. The district
// office finds it in progress. The Centre receives, signs and records the payment. The district
// office then finds the unit active, and the unit follows its paid contract.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';

import {
  accounts,
  artifactsDir,
  baseUrl,
  openBrowser,
  screenshot,
  signIn,
  textOf,
} from '../lib/harness.mjs';

const unitCode = accounts.unit.username;
const validTaxCode = '0304541339';
const mistypedTaxCode = '0304541338';

let unit;
let district;
let centre;
let contractNumber;

before(async () => {
  [unit, district, centre] = await Promise.all([openBrowser(), openBrowser(), openBrowser()]);
});

after(async () => {
  await Promise.all([unit.close(), district.close(), centre.close()]);
});

/** Returns the text of the dashboard row of the unit with `code`. */
async function dashboardRow(page, code) {
  const row = page.locator('.unit-table tbody tr', { hasText: code }).first();
  await row.waitFor();
  return (await row.innerText()).replace(/\s+/g, ' ');
}

/** Returns the count the dashboard chart shows for a status label. */
async function chartCount(page, label) {
  const bar = page.locator('.bar-button', { hasText: label });
  return Number(await bar.locator('.bar-count').innerText());
}

test('unit signs in to its page', async () => {
  const page = unit.page;
  await signIn(page, accounts.unit);
  assert.equal(new URL(page.url()).pathname, `/units/${unitCode}`);
  await page.waitForSelector('#detail-tax_code');
  assert.equal(await textOf(page, 'h1'), 'TTGDTX Quận 1');
  await page.waitForSelector('.explanation');
  const quote = await textOf(page, '.card.highlight');
  assert.match(quote, /Đây là hợp đồng đầu tiên của đơn vị/);
  assert.match(quote, /400\.000 ₫/);
  assert.match(quote, /4\.800\.000 ₫/);
  assert.match(quote, /Bốn triệu tám trăm nghìn đồng/);
  await screenshot(page, '02-unit-home');
});

test('unit sees tax code message as typed', async () => {
  const page = unit.page;
  await page.fill('#detail-address', '235 Cống Quỳnh, Phường Nguyễn Cư Trinh, Quận 1');
  await page.fill('#detail-phone', '028 3836 5421');
  await page.fill('#detail-invoice_email', 'ketoan.ttgdtxq1@hcm.edu.vn');
  await page.focus('#detail-tax_code');
  await page.keyboard.type(mistypedTaxCode);
  // Still in the field: a check digit that cannot match shows at once.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'detail-tax_code');
  const error = await page.waitForSelector('#detail-tax_code-error');
  assert.match(await error.innerText(), /chữ số thứ 10 không khớp với 9 chữ số đầu/);
  assert.equal(await page.getAttribute('#detail-tax_code', 'aria-invalid'), 'true');
  await page.fill('#detail-representative', 'Nguyễn Thị Minh Hà');
  await page.fill('#detail-representative_title', 'Giám đốc');
  await page.fill('#detail-account_number', '9527.1.1054321');
  await page.fill('#detail-account_bank', 'Kho bạc Nhà nước Quận 1');
  await screenshot(page, '02-unit-tax-code-error');

  await page.click('.details-form button[type=submit]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'detail-tax_code');
  assert.match(await textOf(page, '.details-form [role=alert]'), /Một số ô chưa hợp lệ/);
});

test('unit fixes tax code and saves', async () => {
  const page = unit.page;
  await page.fill('#detail-tax_code', validTaxCode);
  assert.equal(await page.locator('#detail-tax_code-error').count(), 0);
  await page.click('.details-form button[type=submit]');
  await page.waitForSelector('text=Đã lưu thông tin đơn vị.');
  assert.match(await textOf(page, 'section:has(.details-form)'), /Thông tin đã đủ để gửi hợp đồng/);
  assert.equal(await page.inputValue('#detail-tax_code'), validTaxCode);
  await screenshot(page, '02-unit-details-saved');
});

test('unit draws up and submits contract', async () => {
  const page = unit.page;
  await page.click('text=Làm hợp đồng theo báo giá này');
  await page.waitForURL(/\/units\/\d+\/contracts\/\d+$/);
  await page.waitForSelector('text=Gửi hợp đồng');
  assert.equal(await textOf(page, 'h1'), 'Hợp đồng (bản nháp, chưa có số)');
  await screenshot(page, '02-contract-draft');

  await page.click('button:has-text("Gửi hợp đồng")');
  await page.waitForSelector('text=Đã gửi hợp đồng.');
  const heading = await page.waitForSelector('h1:has-text("Hợp đồng số")');
  contractNumber = (await heading.innerText()).replace('Hợp đồng số ', '').trim();
  assert.match(contractNumber, /^\d+\/\d{4}$/);
  assert.match(await textOf(page, '.badge'), /Đơn vị đã gửi/);
  await screenshot(page, '02-contract-submitted');
});

test('unit prints two copies', async () => {
  const page = unit.page;
  await page.click('text=Bản in hợp đồng');
  await page.waitForSelector('.contract-copy');
  assert.equal(await page.locator('.contract-copy').count(), 2);
  const copy = await textOf(page, '.contract-copy');
  assert.match(copy, new RegExp(`Số: ${contractNumber}`));
  assert.match(copy, /TTGDTX Quận 1/);
  assert.match(copy, new RegExp(`Mã số thuế\\s*:?\\s*${validTaxCode}`));
  assert.match(copy, /400\.000 đồng\/tháng × 12 tháng = 4\.800\.000 đồng/);
  assert.match(copy, /Bằng chữ: Bốn triệu tám trăm nghìn đồng/);
  await screenshot(page, '02-print-screen');

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  await screenshot(page, '02-print-media');
  const pdf = await page.pdf({
    path: path.join(artifactsDir, '02-contract.pdf'),
    preferCSSPageSize: true,
  });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g);
  assert.equal(pages.length, 2, 'each copy fits one A4 page');
  await page.emulateMedia({ media: 'screen' });
});

test('district sees unit in progress', async () => {
  const page = district.page;
  await signIn(page, accounts.district);
  assert.equal(new URL(page.url()).pathname, '/dashboard');
  await page.waitForSelector('.bar-button');
  assert.match(await dashboardRow(page, unitCode), /Đang làm hợp đồng/);
  assert.equal(await chartCount(page, 'Đang làm hợp đồng'), 1);
  await screenshot(page, '02-dashboard-in-progress');
});

test('centre receives the signed copies', async () => {
  const page = centre.page;
  await signIn(page, accounts.centre);
  assert.equal(new URL(page.url()).pathname, '/queues/submitted');
  const item = page.locator('.queue-item', { hasText: contractNumber });
  await item.waitFor();
  await screenshot(page, '02-queue-submitted');
  await item.locator('button:has-text("Đã nhận hai bản có chữ ký")').click();
  await page.waitForSelector(`text=Hợp đồng số ${contractNumber}: Đã ghi nhận Trung tâm nhận hợp đồng.`);
  await page.locator('.queue-item', { hasText: contractNumber }).waitFor({ state: 'detached' });
});

test('centre signs the contract', async () => {
  const page = centre.page;
  await page.click('.tabs >> text=Đã nhận, chờ ký');
  const item = page.locator('.queue-item', { hasText: contractNumber });
  await item.waitFor();
  await screenshot(page, '02-queue-received');
  await item.locator('button:has-text("Ký hợp đồng")').click();
  await page.waitForSelector(`text=Hợp đồng số ${contractNumber}: Đã ký hợp đồng.`);
});

test('centre records the payment', async () => {
  const page = centre.page;
  await page.click('.tabs >> text=Đã ký, chưa thu đủ');
  const item = page.locator('.queue-item', { hasText: contractNumber });
  await item.waitFor();
  await item.locator('summary:has-text("Ghi nhận thanh toán")').click();
  const amount = item.locator('input[id$="-amount"]');
  assert.equal(await amount.inputValue(), '4.800.000');
  await item.locator('input[id$="-reference"]').fill('KB-2026-000123');
  await screenshot(page, '02-queue-payment');
  await item.locator('form button[type=submit]').click();
  await page.waitForSelector(`text=Hợp đồng số ${contractNumber}: Đã ghi nhận thanh toán.`);
  await page.waitForSelector('text=Mọi hợp đồng đã ký đều đã thu đủ tiền.');
  await screenshot(page, '02-queue-paid');
});

test('district sees unit become active', async () => {
  const page = district.page;
  await page.reload();
  await page.waitForSelector('.bar-button');
  assert.match(await dashboardRow(page, unitCode), /Đang hiệu lực/);
  assert.equal(await chartCount(page, 'Đang làm hợp đồng'), 0);
  assert.equal(await chartCount(page, 'Đang hiệu lực'), 1);

  await page.click('.unit-table >> text=Xem hợp đồng');
  const contracts = page.locator('.expanded-row');
  await contracts.locator('table').waitFor();
  const text = await contracts.innerText();
  assert.match(text, new RegExp(contractNumber));
  assert.match(text, /Đã ký/);
  assert.match(text, /Đã thanh toán đủ/);
  await screenshot(page, '02-dashboard-active');
});

test('unit follows state, payment and invoice', async () => {
  const page = unit.page;
  await page.goto(`${baseUrl}/units/${unitCode}`);
  await page.waitForSelector('#contracts-heading');
  await page.click(`text=${contractNumber}`);
  await page.waitForSelector('.timeline li >> nth=3');
  const summary = await textOf(page, '.facts');
  assert.match(summary, /Đã ký/);
  assert.match(summary, /Đã thanh toán đủ/);
  assert.match(summary, /Hóa đơn điện tử được gửi đến ketoan\.ttgdtxq1@hcm\.edu\.vn/);
  assert.match(await textOf(page, '.plain-list'), /4\.800\.000 ₫ · \d\d\/\d\d\/\d{4} · Chuyển khoản qua Kho bạc · KB-2026-000123/);
  assert.equal(await page.locator('.timeline li').count(), 4);
  await screenshot(page, '02-unit-contract-paid');
});
