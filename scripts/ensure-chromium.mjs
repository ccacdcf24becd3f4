// The browser tests drive Debian's Chromium; they never download a browser.
// Installs it with apt-get when missing and we are allowed to, else says how.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log("Chromium is missing: installing Debian's chromium package (about 30 s)...");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  if (!existsSync(CHROMIUM)) {
    console.error('Installing chromium did not produce /usr/bin/chromium.');
    process.exit(1);
  }
}
