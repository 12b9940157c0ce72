// Search without diacritics, and the Centre's management of units and accounts. The Centre
// registers a school under Quận 1's office, gives it an account and cancels a contract drawn up
// by mistake. The district office then finds the school on its dashboard by typing its name
// without diacritics. The day filters count on the contract that 02-contract-workflow signs.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { accounts, baseUrl, openBrowser, screenshot, signIn, textOf } from '../lib/harness.mjs';

const newUnit = { code: '79760901', name: 'THCS Lê Qúy Đôn (cơ sở Quận 1)' };
const newUsername = 'thcs-lqd-q1';

let centre;
let district;

before(async () => {
  [centre, district] = await Promise.all([openBrowser(), openBrowser()]);
  await Promise.all([signIn(centre.page, accounts.centre), signIn(district.page, accounts.district)]);
});

after(async () => {
  await Promise.all([centre.close(), district.close()]);
});

test('centre search ignores diacritics', async () => {
  const page = centre.page;
  await page.click('nav >> text=Đơn vị');
  await page.waitForSelector('#units-search');
  await page.fill('#units-search', 'le quy don');
  const row = page.locator('tbody tr', { hasText: 'THPT Lê Qúy Đôn' });
  await row.waitFor();
  assert.equal(await page.locator('tbody tr').count(), 1);
  await page.fill('#units-search', 'TRAN DAI NGHIA');
  await page.locator('tbody tr', { hasText: 'THPT Trần Đại Nghĩa' }).waitFor();
  await screenshot(page, '03-centre-units-search');
});

test('centre registers a unit', async () => {
  const page = centre.page;
  await page.fill('#register-code', newUnit.code);
  await page.fill('#register-name', newUnit.name);
  await page.selectOption('#register-area_code', '760');
  await page.selectOption('#register-office_id', { label: 'Phòng Giáo dục và Đào tạo Quận 1' });
  await page.click('form:has(#register-code) button[type=submit]');
  await page.waitForSelector(`text=Đã thêm đơn vị ${newUnit.code}.`);
  await screenshot(page, '03-centre-unit-registered');
});

test('centre rejects duplicate unit code', async () => {
  const page = centre.page;
  await page.fill('#register-code', newUnit.code);
  await page.fill('#register-name', 'Trùng mã');
  await page.selectOption('#register-area_code', '760');
  await page.click('form:has(#register-code) button[type=submit]');
  await page.waitForSelector('text=Mã đơn vị này đã được đăng ký.');
});

test('centre creates, disables and enables account', async () => {
  const page = centre.page;
  await page.click('nav >> text=Tài khoản');
  await page.waitForSelector('#account-username');
  await page.fill('#account-username', newUsername);
  await page.selectOption('#account-role', 'unit');
  await page.fill('#account-unit_code', newUnit.code);
  await page.click('form:has(#account-username) button[type=submit]');
  await page.waitForSelector(`text=Mật khẩu của ${newUsername}:`);
  const notice = await textOf(page, 'main .notice.success');
  assert.match(notice, /Mật khẩu chỉ hiện một lần/);
  assert.match(await textOf(page, 'main .notice .secret'), /^\S{16}$/);
  const row = page.locator('tbody tr', { hasText: newUsername });
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(newUnit.code));
  await screenshot(page, '03-centre-accounts');

  await row.locator('button:has-text("Khóa")').click();
  await page.waitForSelector(`text=${newUsername}: Đã khóa`);
  await row.locator('button:has-text("Mở khóa")').waitFor();
  await row.locator('button:has-text("Mở khóa")').click();
  await page.waitForSelector(`text=${newUsername}: Đang hoạt động`);
});

test('centre cancels a contract with a reason', async () => {
  const page = centre.page;
  await page.goto(`${baseUrl}/units/${newUnit.code}`);
  await page.click('text=Làm hợp đồng theo báo giá này');
  await page.waitForSelector('button:has-text("Hủy hợp đồng")');
  await page.click('button:has-text("Hủy hợp đồng")');
  await page.click('button:has-text("Xác nhận hủy")');
  const error = await page.waitForSelector('[id$="-reason-error"]');
  assert.match(await error.innerText(), /Ghi lý do hủy/);

  await page.fill('textarea[id$="-reason"]', 'Đơn vị đăng ký nhầm cơ sở');
  await page.click('button:has-text("Xác nhận hủy")');
  await page.waitForSelector('text=Đã hủy hợp đồng.');
  await page.waitForSelector('.facts >> text=Đơn vị đăng ký nhầm cơ sở');
  assert.match(await textOf(page, '.facts .badge'), /Đã hủy/);
  await screenshot(page, '03-contract-cancelled');
});

test('centre opens an office dashboard', async () => {
  const page = centre.page;
  await page.goto(`${baseUrl}/dashboard`);
  await page.selectOption('#office-picker', { label: 'Phòng Giáo dục và Đào tạo Quận 1' });
  await page.waitForURL(/\/offices\/\d+$/);
  await page.waitForSelector('.unit-table');
  assert.match(await textOf(page, 'h2.office-name'), /Quận 1/);
});

test('district search without diacritics', async () => {
  const page = district.page;
  await page.reload();
  await page.waitForSelector('#unit-search');
  assert.equal(await page.locator('.unit-table tbody tr').count(), 2);
  await page.fill('#unit-search', 'le quy don');
  await page.waitForSelector('text=Đang hiện 1 trên 2 đơn vị');
  assert.equal(await textOf(page, '.unit-table tbody tr a'), newUnit.name);
  await screenshot(page, '03-dashboard-search');
});

test('district filters by status and days', async () => {
  const page = district.page;
  await page.click('text=Xóa bộ lọc');
  await page.selectOption('#status-filter', 'never_contracted');
  await page.waitForSelector('text=Đang hiện 1 trên 2 đơn vị');
  assert.equal(await textOf(page, '.unit-table tbody tr a'), newUnit.name);
  assert.equal(await page.getAttribute('.bar-button:has-text("Chưa từng ký hợp đồng")', 'aria-pressed'), 'true');

  await page.click('text=Xóa bộ lọc');
  await page.fill('#expiry-filter', '400');
  await page.waitForSelector('text=Đang hiện 1 trên 2 đơn vị');
  assert.equal(await textOf(page, '.unit-table tbody tr a'), 'TTGDTX Quận 1');
  await page.fill('#expiry-filter', '30');
  await page.waitForSelector('text=Không có đơn vị nào khớp bộ lọc');
  await page.fill('#expiry-filter', '');
  await page.fill('#deadline-filter', '800');
  await page.waitForSelector('text=Đang hiện 1 trên 2 đơn vị');
  await screenshot(page, '03-dashboard-filters');

  await page.click('text=Xóa bộ lọc');
  await page.click('.bar-button:has-text("Đang hiệu lực")');
  await page.waitForSelector('text=Đang hiện 1 trên 2 đơn vị');
  assert.equal(await page.inputValue('#status-filter'), 'active');
});

test('district office sees one notice for a unit outside its scope', async () => {
  const page = district.page;
  // THPT Trưng Vương is managed by the Department, not by Quận 1's office.
  await page.goto(`${baseUrl}/units/79760001`);
  await page.waitForSelector('text=không thuộc phạm vi tài khoản của bạn');
  assert.equal(await page.locator('text=Mã lỗi').count(), 0, 'no raw error code is shown');
  await page.click('text=Tra cứu công khai đơn vị này');
  await page.waitForSelector('text=THPT Trưng Vương');
  await screenshot(page, '03-district-unit-out-of-scope');
});
