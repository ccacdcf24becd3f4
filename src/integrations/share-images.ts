/**
 * Draws the share images (Open Graph cards) after Astro has built the pages.
 * Drawing is the slow part of a build (about 30 ms per image), so it runs on
 * every core in worker threads, and each image is kept in a cache named by
 * the hash of its words and of the drawing code: a rebuild with unchanged
 * content draws nothing.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ShareImageJob } from '../lib/publish/share-cards.ts';

const MANIFEST = 'share-manifest.json';

/** The drawing code and fonts: any change to them redraws every image. */
function rendererVersion(root: string): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(root, 'src/lib/publish/share-image.ts')));
  for (const pkg of ['satori', '@resvg/resvg-js', '@fontsource/noto-sans', '@fontsource/noto-sans-sc']) {
    hash.update(readFileSync(join(root, 'node_modules', pkg, 'package.json')));
  }
  return hash.digest('hex');
}

const keyOf = (version: string, job: ShareImageJob) =>
  createHash('sha256').update(version).update(JSON.stringify(job.card)).digest('hex').slice(0, 32);

async function draw(root: string, jobs: { job: ShareImageJob; cached: string }[], log: (m: string) => void): Promise<void> {
  if (jobs.length === 0) return;
  const size = Math.max(1, Math.min(availableParallelism(), jobs.length));
  const workers = Array.from({ length: size }, () => new Worker(join(root, 'src/integrations/share-image-worker.ts')));
  let next = 0;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const send = () => {
            if (next >= jobs.length) return resolve();
            const id = next++;
            worker.postMessage({ id, card: jobs[id]!.job.card });
          };
          worker.on('message', (reply: { id: number; png?: Uint8Array; error?: string }) => {
            const item = jobs[reply.id]!;
            if (reply.error || !reply.png) return reject(new Error(`share image ${item.job.path}: ${reply.error}`));
            writeFileSync(item.cached, reply.png);
            done++;
            send();
          });
          worker.on('error', reject);
          send();
        }),
    ),
  );
  await Promise.all(workers.map((w) => w.terminate()));
  log(`drew ${done} share images on ${size} threads in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export function shareImages(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'fiw-share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const manifest = join(out, MANIFEST);
        if (!existsSync(manifest)) return;
        const jobs = JSON.parse(readFileSync(manifest, 'utf8')) as ShareImageJob[];
        rmSync(manifest);
        // The benchmark points this elsewhere to measure a cold build (its sites share this node_modules).
        const cache = process.env.FIW_SHARE_IMAGE_CACHE ?? join(root, 'node_modules/.cache/fiw-share-images');
        mkdirSync(cache, { recursive: true });
        const version = rendererVersion(root);
        const planned = jobs.map((job) => ({ job, cached: join(cache, `${keyOf(version, job)}.png`) }));
        const missing = [...new Map(planned.filter((p) => !existsSync(p.cached)).map((p) => [p.cached, p])).values()];
        await draw(root, missing, (m) => logger.info(m));
        for (const { job, cached } of planned) {
          const target = join(out, job.path);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(cached, target);
        }
        logger.info(`${planned.length} share images (${planned.length - missing.length} from the cache)`);
      },
    },
  };
}
