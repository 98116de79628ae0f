//// Processes through @external: spawning closures, sending messages,
//// selective receive by tag, a ping-pong pair, a ring of processes and a
//// monitor seeing a crash.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

@external(erlang, "gt_ffi", "spawn_fn")
fn spawn(f: fn() -> a) -> Pid

@external(erlang, "gt_ffi", "send")
fn send(to: Pid, msg: a) -> Nil

@external(erlang, "gt_ffi", "receive_any")
fn receive_any(timeout: Int) -> Result(a, Nil)

@external(erlang, "gt_ffi", "receive_tagged")
fn receive_tagged(tag: t, timeout: Int) -> Result(a, Nil)

@external(erlang, "gt_ffi", "self_pid")
fn self() -> Pid

@external(erlang, "gt_ffi", "monitor")
fn monitor(pid: Pid) -> Ref

@external(erlang, "erlang", "exit")
fn exit(reason: a) -> b

pub type Pid

pub type Ref

pub type Msg {
  Ping(from: Pid, n: Int)
  Pong(n: Int)
  Stop
}

fn ponger() -> Nil {
  case receive_any(1000) {
    Ok(Ping(from, n)) -> {
      send(from, Pong(n + 1))
      ponger()
    }
    _ -> Nil
  }
}

fn ping_loop(p: Pid, n: Int, left: Int) -> Int {
  case left {
    0 -> n
    _ -> {
      send(p, Ping(self(), n))
      let assert Ok(Pong(m)) = receive_any(1000)
      ping_loop(p, m, left - 1)
    }
  }
}

fn relay(next: Pid) -> Nil {
  let assert Ok(n) = receive_tagged("token", 1000)
  send(next, #("token", n + 1))
  Nil
}

fn ring(size: Int, next: Pid) -> Pid {
  case size {
    0 -> next
    _ -> ring(size - 1, spawn(fn() { relay(next) }))
  }
}

pub fn main() -> Nil {
  let p = spawn(ponger)
  print(ping_loop(p, 0, 1000))
  send(p, Stop)
  let me = self()
  let first = ring(500, me)
  send(first, #("token", 0))
  print(receive_tagged("token", 5000))
  send(me, #("b", 2))
  send(me, #("a", 1))
  print(receive_tagged("a", 0))
  print(receive_tagged("b", 0))
  print(receive_tagged("c", 0))
  // exit/1, not an error: an error would also print a logger report with
  // the pid in it.
  let doomed = spawn(fn() { exit("stopped on purpose") })
  let _ = monitor(doomed)
  case receive_any(1000) {
    Ok(#(tag, _, kind, _, reason)) -> print(#(tag, kind, reason))
    _ -> print("no DOWN")
  }
}
