// The Nu HTML Checker (vnu-jar) needs Java. Installs Debian's headless JRE when missing and we can.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (spawnSync('java', ['-version']).status !== 0) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      'Java is missing (needed by the HTML checker). Install it with:\n  sudo apt-get update && sudo apt-get install -y default-jre-headless',
    );
    process.exit(1);
  }
  console.log("Java is missing: installing Debian's default-jre-headless...");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless > /dev/null', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
}
