// Runs every fixture of a directory (`NAME.out` beside `NAME.beam`) from
// one pack, each in a fresh VM, and compares what `NAME:main()` prints on
// standard output with `NAME.out`, byte for byte, as
// std-host/tests/fixtures.rs does for `beamr run`.
//
//   node fixtures.mjs BEAMR.wasm PACK FIXTURE_DIR LABEL [KNOWN_FAILURES.txt]
//
// A fixture listed in the known-failures file (as `LABEL/NAME`) is
// expected to differ; one that matches anyway fails the run, so the list
// only shrinks. Exits 1 on any problem.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { compile, createVm } from '../js/beamr.mjs';

const [wasmPath, packPath, dir, label, knownPath] = process.argv.slice(2);
const LIMIT_MS = 60_000;

const known = new Set(
  knownPath && existsSync(knownPath)
    ? readFileSync(knownPath, 'utf8')
        .split('\n')
        .map((l) => l.split('#')[0].trim())
        .filter(Boolean)
    : [],
);
const wasm = await compile(readFileSync(wasmPath));
const pack = readFileSync(packPath);

/** Runs `name:main()`; its stdout bytes, or null on a timeout. */
async function run(name) {
  const chunks = [];
  const vm = await createVm(wasm, pack, {
    output: (fd, bytes) => fd === 1 && chunks.push(bytes),
  });
  try {
    vm.start(name, 'main');
    const deadline = performance.now() + LIMIT_MS;
    const status = vm.run({
      yieldTo: () => {
        if (performance.now() > deadline) throw new Error('timed out');
        return new Promise((r) => setImmediate(r));
      },
    });
    await status;
    return Buffer.concat(chunks);
  } catch (e) {
    if (e.message === 'timed out') return null;
    throw e;
  } finally {
    vm.free();
  }
}

function firstDifference(got, want) {
  const g = got.toString('utf8').split('\n');
  const w = want.toString('utf8').split('\n');
  for (let i = 0; i < Math.min(g.length, w.length); i++) {
    if (g[i] !== w[i]) return `got  ${g[i]}\nwant ${w[i]}`;
  }
  return 'output length differs';
}

const names = readdirSync(dir)
  .filter((f) => f.endsWith('.out'))
  .map((f) => f.slice(0, -4))
  .sort();
let pass = 0;
let xfail = 0;
const problems = [];
const t0 = performance.now();
for (const name of names) {
  const id = `${label}/${name}`;
  const want = readFileSync(join(dir, `${name}.out`));
  let got;
  const t = performance.now();
  try {
    got = await run(name);
  } catch (e) {
    got = null;
    console.log(`ERROR ${id}: ${e.message}`);
  }
  const ok = got !== null && Buffer.compare(got, want) === 0;
  const ms = `(${(performance.now() - t).toFixed(0)} ms)`;
  if (ok && !known.has(id)) {
    pass++;
    console.log(`PASS  ${id} ${ms}`);
  } else if (!ok && known.has(id)) {
    xfail++;
    console.log(`XFAIL ${id} ${ms}`);
  } else if (ok) {
    problems.push(`${id} now passes: remove it from the known failures`);
  } else {
    problems.push(`${id} differs:\n${got === null ? 'timed out or failed' : firstDifference(got, want)}`);
  }
}
const secs = ((performance.now() - t0) / 1000).toFixed(2);
console.log(
  `wasm fixtures: ${pass} passed, ${problems.length} failed, ${xfail} expected failures (${secs} s)`,
);
if (problems.length) {
  console.log(problems.join('\n'));
  process.exit(1);
}
