// An automated accessibility check of each main screen with axe-core, against WCAG 2.1 A and AA
// rules: labels, contrast, landmarks, ARIA use. It complements the keyboard checks of the other
// files, and cannot replace a review with a screen reader.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';

import { accounts, baseUrl, openBrowser, signIn } from '../lib/harness.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let visitor;
let unit;
let district;
let centre;

before(async () => {
  [visitor, unit, district, centre] = await Promise.all([
    openBrowser(),
    openBrowser(),
    openBrowser(),
    openBrowser(),
  ]);
  await Promise.all([
    signIn(unit.page, accounts.unit),
    signIn(district.page, accounts.district),
    signIn(centre.page, accounts.centre),
  ]);
});

after(async () => {
  await Promise.all([visitor, unit, district, centre].map((browser) => browser.close()));
});

/** Opens `path`, waits for `selector` and returns axe-core's violations, one line each. */
async function violations(page, path, selector) {
  await page.goto(`${baseUrl}${path}`);
  return violationsHere(page, selector);
}

/** Waits for `selector` on the page as it is and returns axe-core's violations. */
async function violationsHere(page, selector) {
  await page.waitForSelector(selector);
  await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => {
      const where = violation.nodes.map((node) => node.target.join(' ')).slice(0, 3);
      return `${violation.id} (${violation.impact}): ${where.join(', ')}`;
    });
  });
  return found;
}

const screens = [
  ['lookup', () => visitor.page, '/lookup/79760118', '.unit-card'],
  ['sign-in', () => visitor.page, '/sign-in', '#username'],
  ['unit page', () => unit.page, `/units/${accounts.unit.username}`, '.explanation'],
  ['dashboard', () => district.page, '/dashboard', '.unit-table'],
  ['work queue', () => centre.page, '/queues/unpaid', 'main h1'],
  ['units', () => centre.page, '/admin/units', 'tbody tr'],
  ['accounts', () => centre.page, '/admin/accounts', 'tbody tr'],
];

for (const [name, page, path, selector] of screens) {
  test(`${name} passes axe checks`, async () => {
    assert.deepEqual(await violations(page(), path, selector), []);
  });
}

test('contract page passes axe checks', async () => {
  const page = unit.page;
  await page.goto(`${baseUrl}/units/${accounts.unit.username}`);
  await page.click('section[aria-labelledby=contracts-heading] tbody a');
  assert.deepEqual(await violationsHere(page, '.timeline li'), []);
});

test('print page passes axe checks', async () => {
  const page = unit.page;
  await page.click('text=Bản in hợp đồng');
  assert.deepEqual(await violationsHere(page, '.contract-copy'), []);
});
