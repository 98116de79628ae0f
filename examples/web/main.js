// Runs web_demo:main() in beamr's wasm build, one slice per animation
// frame: each frame gives the VM a few milliseconds, then repaints the
// output and the process list, so the page never freezes however busy the
// Erlang processes are. While only timers are pending the VM is not
// stepped until the earliest is due. (Browsers pause animation frames in
// background tabs, and the program with them.)

import { compile, createVm } from '../../wasm-host/js/beamr.mjs';

const BUDGET_MS = 6; // of a 16.7 ms frame: the rest is the page's
const WASM = '../../out/web/beamr.wasm';
const PACK = '../../out/web/web_demo.pack';

const $ = (id) => document.getElementById(id);
const wasm = compile(fetch(WASM));
const pack = fetch(PACK).then((r) => {
  if (!r.ok) throw new Error(`cannot fetch ${PACK}: ${r.status}`);
  return r.arrayBuffer();
});

function append(text, cls) {
  const out = $('output');
  const span = document.createElement('span');
  if (cls) span.className = cls;
  span.textContent = text;
  out.append(span);
  out.scrollTop = out.scrollHeight;
}

function showProcesses(procs) {
  $('count').textContent = procs.length;
  const rows = procs.map((p) => {
    const tr = document.createElement('tr');
    tr.className = p.status;
    const cells = [p.pid, p.name ?? '', p.status, p.queue, p.heap, p.reductions, p.current ?? ''];
    cells.forEach((v, i) => {
      const td = document.createElement('td');
      td.textContent = v;
      if (i >= 3 && i <= 5) td.className = 'n';
      tr.append(td);
    });
    return tr;
  });
  $('procs').tBodies[0].replaceChildren(...rows);
}

function setState(state, text) {
  document.body.dataset.state = state;
  $('state').textContent = text ?? state;
}

async function run() {
  $('output').replaceChildren();
  $('again').disabled = true;
  setState('loading');
  const vm = await createVm(await wasm, await pack, {
    stdout: (s) => append(s),
    stderr: (s) => append(s, 'err'),
  });
  vm.start('web_demo', 'main');
  setState('running');
  const t0 = performance.now();
  let frames = 0;
  let worst = 0;
  let last = t0;
  let wakeAt = 0; // while only timers are pending: when the first is due

  // Every frame, busy or not, so the longest gap between frames measures
  // how responsive the page stayed; the VM gets a slice when it can run.
  const frame = (now) => {
    frames++;
    worst = Math.max(worst, now - last);
    last = now;
    let s = { state: 'sleeping' };
    if (performance.now() >= wakeAt) {
      s = vm.step(BUDGET_MS);
      wakeAt = s.state === 'sleeping' ? s.nextTimer : 0;
      showProcesses(vm.processes());
    }
    const secs = ((performance.now() - t0) / 1000).toFixed(2);
    $('stats').textContent = `${secs} s, ${frames} frames, longest frame ${worst.toFixed(0)} ms`;
    if (s.state === 'ended') {
      setState(s.status === 0 ? 'ended' : 'failed', `ended, exit status ${s.status}`);
      $('again').disabled = false;
      vm.free();
    } else if (s.state === 'blocked') {
      setState('failed', 'blocked: waiting for a message that can never arrive');
      vm.free();
    } else {
      setState('running', s.state === 'sleeping' ? 'running (waiting for a timer)' : 'running');
      requestAnimationFrame(frame);
    }
  };
  requestAnimationFrame(frame);
}

$('again').onclick = run;
run().catch((e) => {
  setState('failed', 'failed');
  append(`${e.stack ?? e}\n`, 'err');
});
