/**
 * Headless Chromium for the review page tests: the Debian package `chromium` driven by
 * playwright-core (no browser download). Missing Chromium is an error, never a skip.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** A fresh browser profile (its own --user-data-dir) with downloads allowed. */
export async function launch(executable = CHROMIUM): Promise<BrowserContext> {
  if (!existsSync(executable)) {
    throw new Error(`Chromium is not installed at ${executable}: the review page cannot be tested. Install it with `
      + '`apt-get install chromium fonts-wqy-zenhei` (.ci/run does), or set CHROMIUM_PATH.');
  }
  const profile = mkdtempSync(join(tmpdir(), 'zhibiao-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: true,
    args: CHROMIUM_FLAGS,
    acceptDownloads: true,
    viewport: { width: 1600, height: 900 },
  });
}
