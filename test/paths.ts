import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the real data the tests read lives. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const STORY = join(ROOT, 'data', 'article.txt');
export const SHARED_EVAL = resolve(ROOT, '..', 'shared', 'eval');
export const RIVERTON = join(SHARED_EVAL, 'articles', 'riverton-flood-barrier.txt');
/** A clone on its own has no ../shared: tests that read it skip, saying why. */
export const HAS_SHARED = existsSync(RIVERTON);
export const NO_SHARED = 'skipped: ../shared/eval is not beside this clone';
/** An article of our own, in the same style, for methods the shared ones do not exercise. */
export const PORT_STRIKE = join(ROOT, 'test', 'fixtures', 'port-workers-strike.txt');
export const TRADE_DISPUTE = join(ROOT, 'test', 'fixtures', 'trade-dispute.txt');
export const VALLEY_DROUGHT = join(ROOT, 'test', 'fixtures', 'valley-drought.txt');
export const WILDFIRE = join(ROOT, 'test', 'fixtures', 'wildfire-evacuation.txt');
export const HOSPITAL_BREACH = join(ROOT, 'test', 'fixtures', 'hospital-data-breach.txt');
export const SCHOOL_BOARD = join(ROOT, 'test', 'fixtures', 'school-board-vote.txt');
export const BORDER_POST = join(ROOT, 'test', 'fixtures', 'border-tariff-post.txt');
export const AIRLINE_MERGER = join(ROOT, 'test', 'fixtures', 'airline-merger.txt');
export const MEASLES = join(ROOT, 'test', 'fixtures', 'measles-outbreak.txt');
export const TRANSIT_FARES = join(ROOT, 'test', 'fixtures', 'transit-fare-hike.txt');
