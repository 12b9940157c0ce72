// Measures what a first visit costs: the bytes the browser downloads (as the server compresses
// them) and the time until the lookup form shows, in headless Chromium with an empty cache.
// Prints the numbers and writes them to artifacts/metrics.json.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { chromium } from 'playwright-core';

import { artifactsDir, baseUrl } from '../lib/harness.mjs';

const RUNS = 7;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Loads the start page in a new, empty browser context and returns its timings and bytes. */
async function firstVisit(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(baseUrl);
  await page.waitForSelector('#lookup-code', { state: 'visible' });
  const timing = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const mark = performance.getEntriesByName('hopdong-first-render')[0];
    return {
      responseEnd: navigation.responseEnd,
      domContentLoaded: navigation.domContentLoadedEventEnd,
      firstRender: mark ? mark.startTime : null,
      formVisible: performance.now(),
    };
  });
  const files = [];
  for (const response of responses) {
    const sizes = await response.request().sizes();
    const headers = await response.allHeaders();
    files.push({
      path: new URL(response.url()).pathname,
      status: response.status(),
      encoding: headers['content-encoding'] ?? 'identity',
      transferredBytes: sizes.responseBodySize,
      headerBytes: sizes.responseHeadersSize,
    });
  }
  await context.close();
  return { timing, files };
}

test('first visit size and time to first render', async () => {
  const browser = await chromium.launch({
    executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const visits = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      visits.push(await firstVisit(browser));
    }
  } finally {
    await browser.close();
  }

  const { files } = visits[0];
  for (const file of files) {
    assert.equal(file.status, 200, `${file.path} answered ${file.status}`);
  }
  const appFiles = files.filter((file) => !file.path.startsWith('/api/'));
  const wasm = appFiles.find((file) => file.path.endsWith('.wasm'));
  assert.ok(wasm, 'the WebAssembly module was downloaded');
  assert.equal(wasm.encoding, 'br', 'the server sends the build\'s Brotli copy of the module');
  const bodyBytes = appFiles.reduce((sum, file) => sum + file.transferredBytes, 0);

  const firstRenderMs = median(visits.map((visit) => visit.timing.firstRender));
  const formVisibleMs = median(visits.map((visit) => visit.timing.formVisible));
  const metrics = {
    measured: new Date().toISOString(),
    runs: RUNS,
    chromium: 'headless, empty cache per run, server on loopback',
    appDownloadBytes: bodyBytes,
    files: appFiles,
    medianFirstRenderMs: Math.round(firstRenderMs),
    medianLookupFormVisibleMs: Math.round(formVisibleMs),
    firstRenderMsPerRun: visits.map((visit) => Math.round(visit.timing.firstRender)),
  };
  fs.writeFileSync(path.join(artifactsDir, 'metrics.json'), `${JSON.stringify(metrics, null, 2)}\n`);

  for (const file of appFiles) {
    console.log(`  ${file.path.padEnd(28)} ${String(file.transferredBytes).padStart(8)} bytes (${file.encoding})`);
  }
  console.log(`  app download: ${bodyBytes} bytes as served`);
  console.log(`  time to first render: median ${metrics.medianFirstRenderMs} ms over ${RUNS} runs ` +
    `(lookup form visible at ${metrics.medianLookupFormVisibleMs} ms after navigation start)`);
});
