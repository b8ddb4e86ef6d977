/**
 * Debian's Chromium, driven by playwright-core. Installed by the project itself when missing
 * (about 50 s, once per machine), so `npm test` needs no browser download from elsewhere;
 * with Debian's Noto fonts, without which Urdu is drawn as empty boxes in the screenshots.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const URDU_FONT = '/usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf';

/** Enough for apt-get update and the install on a slow mirror. */
export const CHROMIUM_INSTALL_TIMEOUT_MS = 600_000;

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function ensureChromium(): void {
  const missing = [
    ...(existsSync(CHROMIUM_PATH) ? [] : ['chromium']),
    ...(existsSync(URDU_FONT) ? [] : ['fonts-noto-core']),
  ];
  if (missing.length === 0) return;
  const asRoot = process.getuid?.() === 0 ? '' : 'sudo -n ';
  execSync(`${asRoot}apt-get update && ${asRoot}apt-get install -y ${missing.join(' ')}`, {
    shell: '/bin/sh',
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: CHROMIUM_INSTALL_TIMEOUT_MS,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium was not installed at ${CHROMIUM_PATH}`);
}

export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}
