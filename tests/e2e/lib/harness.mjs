// Shared set-up of the end-to-end tests: the server's address and demo accounts (from run.sh),
// a fresh headless Chromium per person, sign-in and screenshots.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const artifactsDir = path.join(here, '..', 'artifacts');
fs.mkdirSync(artifactsDir, { recursive: true });

function required(name) {
  const value = process.env[name];
  assert.ok(value, `${name} is not set: run the tests through tests/e2e/run.sh`);
  return value;
}

export const baseUrl = required('E2E_BASE_URL');

export const accounts = {
  centre: { username: 'centre', password: required('E2E_CENTRE_PASSWORD') },
  district: {
    username: required('E2E_DISTRICT_USERNAME'),
    password: required('E2E_DISTRICT_PASSWORD'),
  },
  unit: { username: required('E2E_UNIT_USERNAME'), password: required('E2E_UNIT_PASSWORD') },
};

// The flags keep Chromium from reaching the network on its own; a closed network refuses
// those connections, which slows every start.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts a browser with an empty profile, as a new user's, and returns its first tab.
 * Errors thrown in the page are collected in `pageErrors`; `close()` fails the test if any.
 */
export async function openBrowser({ width = 1280, height = 900, locale = 'en-US' } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'hopdong-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: { width, height },
    locale,
  });
  const pageErrors = [];
  const watch = (page) => {
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) {
        pageErrors.push(message.text());
      }
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
      assert.deepEqual(pageErrors, [], 'the page reported errors');
    },
  };
}

/** Signs in through the sign-in page and waits for the account's first page. */
export async function signIn(page, { username, password }) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('form button[type=submit]');
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** Saves a full-page screenshot as artifacts/NAME.png. */
export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/** Returns the text of the first element matching `selector`, trimmed. */
export async function textOf(page, selector) {
  return (await page.locator(selector).first().innerText()).trim();
}
