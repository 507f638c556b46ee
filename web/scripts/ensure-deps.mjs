// Runs `npm ci` only when node_modules is missing or package-lock.json changed since the last install, so a warm
// Maven build does not reinstall anything. Uses the machine's node and npm; nothing downloads a Node or a browser.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const marker = 'node_modules/.openar-lock-sha256';
const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');

if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === lockHash) {
  console.log('web: node_modules matches package-lock.json, no install needed');
  process.exit(0);
}
console.log('web: installing dependencies (npm ci)');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (result.status !== 0) {
  console.error(`web: npm ci failed (exit ${result.status ?? result.signal})`);
  process.exit(result.status ?? 1);
}
writeFileSync(marker, `${lockHash}\n`);
