//// `let assert`, `panic`, `todo` and `assert`, each caught in Erlang: the
//// error Gleam raises carries its kind, message, module, function, line
//// and (for let assert) the value that did not match.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

@external(erlang, "gt_ffi", "catch_error")
fn catch_error(f: fn() -> a) -> Result(a, b)

@external(erlang, "gt_ffi", "erl_error")
fn erl_error(reason: a) -> b

fn first(l: List(Int)) -> Int {
  let assert [x, ..] = l
  x
}

fn first_with_message(l: List(Int)) -> Int {
  let assert [x, ..] = l as "the list must not be empty"
  x
}

fn unwrap(r: Result(Int, String)) -> Int {
  let assert Ok(v) = r
  v
}

fn must_be_small(n: Int) -> Int {
  assert n < 10
  n
}

fn must_be_small_msg(n: Int) -> Int {
  assert n < 10 as "too big"
  n
}

fn unfinished() -> Int {
  todo as "write this later"
}

fn unfinished_plain() -> Int {
  todo
}

fn boom(n: Int) -> Int {
  case n {
    0 -> panic as "zero is not allowed"
    _ -> 100 / n
  }
}

pub fn main() -> Nil {
  print(catch_error(fn() { first([5, 6]) }))
  print(catch_error(fn() { first([]) }))
  print(catch_error(fn() { first_with_message([]) }))
  print(catch_error(fn() { unwrap(Error("nope")) }))
  print(catch_error(fn() { must_be_small(3) }))
  print(catch_error(fn() { must_be_small(30) }))
  print(catch_error(fn() { must_be_small_msg(31) }))
  print(catch_error(fn() { unfinished() }))
  print(catch_error(fn() { unfinished_plain() }))
  print(catch_error(fn() { boom(0) }))
  print(catch_error(fn() { boom(4) }))
  print(catch_error(fn() { panic }))
  print(catch_error(fn() { erl_error(#("custom", 1)) }))
}
