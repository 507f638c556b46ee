// The Maven `test` phase runs the Vitest suite unless tests are skipped (-DskipTests / -Dmaven.test.skip=true).
import { spawnSync } from 'node:child_process';

const skip = process.argv.slice(2).some((a) => a === 'true');
if (skip) {
  console.log('web: tests skipped');
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['test', '--silent'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
