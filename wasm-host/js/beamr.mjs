// beamr for JavaScript: wraps the C-ABI exports of `beamr_wasm.wasm`
// (wasm-host/src/ffi.rs) for Node 20+ and browsers, with no dependencies.
//
//   import { compile, createVm } from './beamr.mjs';
//   const wasm = await compile(fetch('beamr.wasm'));   // or bytes, once
//   const vm = await createVm(wasm, packBytes, { stdout: (s) => log(s) });
//   vm.start('hello', 'main');
//   const status = await vm.run();                     // or vm.step(ms) per frame
//
// Every VM gets its own instance of the compiled module (its own memory
// and atom table), so VMs never see each other and freeing one returns
// all of its memory. See docs/wasm.md.

const STATES = ['running', 'sleeping', 'blocked', 'ended'];
const BLOCKED = 'the main process waits for a message that can never arrive\n';

/** Compiles the module from a URL, a `fetch` Response (or its promise),
 *  bytes, or returns an already compiled WebAssembly.Module. */
export async function compile(source) {
  source = await source;
  if (source instanceof WebAssembly.Module) return source;
  if (typeof source === 'string' || source instanceof URL) source = await fetch(source);
  if (typeof Response !== 'undefined' && source instanceof Response) {
    if (!source.ok) throw new Error(`cannot fetch ${source.url}: ${source.status}`);
    // compileStreaming needs the application/wasm type; bytes work anywhere.
    return WebAssembly.compile(await source.arrayBuffer());
  }
  return WebAssembly.compile(source);
}

/** A VM whose modules come from `pack` (bytes of a `beamr pack` file).
 *  Options: `stdout(text)`, `stderr(text)` get decoded UTF-8 as it is
 *  written; `output(fd, bytes)` gets the raw bytes (fd 1 or 2). Without
 *  any of them, output goes to the console. */
export async function createVm(module, pack, options = {}) {
  const vm = new Vm(options);
  const instance = await WebAssembly.instantiate(await compile(module), { env: vm.imports() });
  vm.attach(instance);
  vm.loadPack(pack);
  return vm;
}

/** Waits for the next macrotask without the 1 ms+ clamp of setTimeout. */
function nextTask() {
  if (typeof setImmediate === 'function') return new Promise((r) => setImmediate(r));
  return new Promise((r) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => r();
    ch.port2.postMessage(0);
  });
}

export class Vm {
  constructor({ stdout, stderr, output } = {}) {
    const dec = [null, new TextDecoder(), new TextDecoder()];
    const text = [null, stdout, stderr];
    const fallback = !stdout && !stderr && !output;
    this.output = (fd, bytes) => {
      fd = fd === 2 ? 2 : 1;
      if (output) output(fd, bytes);
      const f = text[fd];
      if (f) f(dec[fd].decode(bytes, { stream: true }));
      else if (fallback) (fd === 2 ? console.error : console.log)(dec[fd].decode(bytes, { stream: true }));
    };
    this.status = null;
  }

  /** The functions the module imports from `env`. */
  imports() {
    const mem = () => new Uint8Array(this.x.memory.buffer);
    return {
      beamr_monotonic_ms: () => performance.now(),
      beamr_system_ms: () => performance.timeOrigin + performance.now(),
      // Copied: the memory may grow (and move) before a callback looks.
      beamr_write: (fd, ptr, len) => this.output(fd, mem().slice(ptr, ptr + len)),
      beamr_random: (ptr, len) => crypto.getRandomValues(mem().subarray(ptr, ptr + len)),
    };
  }

  attach(instance) {
    this.x = instance.exports;
    this.h = this.x.beamr_vm_new();
  }

  /** The handle's text buffer (an error or the process list). */
  text() {
    const p = this.x.beamr_text_ptr(this.h);
    const n = this.x.beamr_text_len(this.h);
    return new TextDecoder().decode(new Uint8Array(this.x.memory.buffer, p, n));
  }

  check(rc) {
    if (rc < 0) throw new Error(this.text());
    return rc;
  }

  /** Copies bytes into a fresh buffer in the module's memory. */
  put(bytes) {
    const p = this.x.beamr_alloc(bytes.length);
    new Uint8Array(this.x.memory.buffer, p, bytes.length).set(bytes);
    return p;
  }

  loadPack(pack) {
    const bytes = pack instanceof Uint8Array ? pack : new Uint8Array(pack);
    // The module takes the buffer over, valid pack or not.
    this.check(this.x.beamr_load_pack(this.h, this.put(bytes), bytes.length));
  }

  /** Boots the VM and spawns `module:fn()`, whose end is the program's. */
  start(module, fn = 'main') {
    const m = new TextEncoder().encode(module);
    const f = new TextEncoder().encode(fn);
    const mp = this.put(m);
    const fp = this.put(f);
    try {
      this.check(this.x.beamr_start(this.h, mp, m.length, fp, f.length));
    } finally {
      this.x.beamr_free(mp, m.length);
      this.x.beamr_free(fp, f.length);
    }
  }

  /** Runs for about `budgetMs` (at least one scheduler round) and says
   *  where the program is: `{state: 'running'}` (step again soon),
   *  `{state: 'sleeping', nextTimer}` (a `performance.now()` time),
   *  `{state: 'blocked'}` or `{state: 'ended', status}`. */
  step(budgetMs = 0) {
    const state = STATES[this.check(this.x.beamr_step(this.h, budgetMs))];
    if (state === 'ended') this.status = this.x.beamr_exit_status(this.h);
    if (state === 'sleeping') return { state, nextTimer: this.nextTimer() };
    if (state === 'ended') return { state, status: this.status };
    return { state };
  }

  /** The earliest pending timer (`performance.now()` milliseconds) or null. */
  nextTimer() {
    const t = this.x.beamr_next_timer(this.h);
    return t < 0 ? null : t;
  }

  /** Live processes: `{pid, name, status, queue, heap, reductions, current}`. */
  processes() {
    this.x.beamr_processes(this.h);
    return JSON.parse(this.text());
  }

  /** Runs the program to its end, yielding to the event loop between
   *  slices (`yieldTo()` returns a promise: the default is the next
   *  macrotask; a page may pass one resolving on the next animation frame)
   *  and sleeping while only timers are pending. Resolves to the exit
   *  status; a program that blocks forever ends with status 1, as with
   *  `beamr run`. */
  async run({ sliceMs = 8, yieldTo = nextTask } = {}) {
    for (;;) {
      const s = this.step(sliceMs);
      if (s.state === 'ended') return s.status;
      if (s.state === 'blocked') {
        this.output(2, new TextEncoder().encode(BLOCKED));
        return (this.status = 1);
      }
      if (s.state === 'sleeping') {
        const wait = s.nextTimer - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        else await yieldTo();
      } else {
        await yieldTo();
      }
    }
  }

  /** Frees the VM; the instance's memory goes with the last reference. */
  free() {
    if (this.h) this.x.beamr_vm_free(this.h);
    this.h = 0;
  }
}
