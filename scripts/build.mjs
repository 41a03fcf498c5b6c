// `npm run build`: compiles src/ and commands/ to dist/ (what `npm start` and production run), dropping compiled files
// whose source is gone. With --if-stale (npm start's prestart) it does nothing when no source, no tsconfig and no
// lock file changed since the last build, so starting costs a few milliseconds, not a compile.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const stamp = join(dist, '.tsbuildinfo');
const SOURCES = ['src', 'commands'];

/** Every file and folder under dir (folders too: a deleted file changes its folder's time). */
function walk(dir) {
  const found = [dir];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    else found.push(path);
  }
  return found;
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

if (process.argv.includes('--if-stale') && existsSync(stamp)) {
  const inputs = [
    ...SOURCES.flatMap((dir) => walk(join(root, dir))),
    ...['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((f) => join(root, f)),
  ];
  const built = mtime(stamp);
  if (inputs.every((path) => mtime(path) <= built)) process.exit(0);
}

// Compiled files whose TypeScript source was deleted or renamed would still be loaded (a removed command, say).
for (const dir of SOURCES) {
  const out = join(dist, dir);
  if (!existsSync(out)) continue;
  for (const path of walk(out)) {
    if (!path.endsWith('.js')) continue;
    const source = join(root, relative(dist, path)).replace(/\.js$/u, '.ts');
    if (!existsSync(source)) rmSync(path);
  }
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) {
  process.stderr.write('build failed: the TypeScript above does not compile\n');
  process.exit(run.status ?? 1);
}
const now = new Date();
utimesSync(stamp, now, now);
