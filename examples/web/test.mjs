// The page in real headless Chromium: serves the repository, loads
// examples/web/, waits for web_demo to end, checks the visible output and
// that the process list showed the demo's processes while it ran, and
// saves screenshots to out/web-running.png and out/web.png. Needs `build.sh` to have run and
// Debian's chromium (or $CHROMIUM).
//
//   node examples/web/test.mjs

import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, serve } from './server.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOT = join(ROOT, 'out', 'web.png');
const RUNNING = join(ROOT, 'out', 'web-running.png');

function check(ok, what) {
  if (!ok) throw new Error(`check failed: ${what}`);
  console.log(`ok    ${what}`);
}

const server = await serve(0);
const url = `http://127.0.0.1:${server.address().port}/examples/web/`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const t0 = Date.now();
  await page.goto(url);

  // While it runs: the demo's registered processes are listed.
  await page.waitForSelector('#procs td:text-is("collector")', { timeout: 30_000 });
  const during = await page.locator('#procs tbody tr').count();
  check(during >= 7, `process list shows the demo's processes while it runs (${during} rows)`);
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  await page.screenshot({ path: RUNNING });

  await page.waitForFunction(() => ['ended', 'failed'].includes(document.body.dataset.state), null, {
    timeout: 60_000,
  });
  const secs = ((Date.now() - t0) / 1000).toFixed(2);
  const state = await page.locator('#state').innerText();
  const output = await page.locator('#output').innerText();
  const stats = await page.locator('#stats').innerText();
  console.log(`page: ${state} after ${secs} s; ${stats}`);
  await page.screenshot({ path: SHOT });
  console.log(`screenshots: ${RUNNING} (running), ${SHOT} (ended)`);

  check(state === 'ended, exit status 0', `the program ended normally ("${state}")`);
  check(output.startsWith('web_demo: 4 workers, 6 rounds each\n'), 'output starts with the banner');
  for (let id = 1; id <= 4; id++) {
    check(output.includes(`worker ${id}: round 6/6 -> `), `worker ${id} printed its last round`);
  }
  check(/tick 1\n/.test(output), 'the ticker printed');
  check(/all 4 workers finished, checksum \d+\nweb_demo: done\n?$/.test(output), 'output ends with done');
  const frames = Number(/(\d+) frames/.exec(stats)?.[1] ?? 0);
  check(frames > 20, `work was sliced across animation frames (${frames})`);
  check(errors.length === 0, `no page errors${errors.length ? `: ${errors.join('; ')}` : ''}`);
} catch (e) {
  failed = true;
  console.error(e.message);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
