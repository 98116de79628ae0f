//// Closures: capturing variables, returning functions, composing them,
//// counters threaded through folds, and functions stored in data.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

fn adder(n: Int) -> fn(Int) -> Int {
  fn(x) { x + n }
}

fn compose(f: fn(a) -> b, g: fn(b) -> c) -> fn(a) -> c {
  fn(x) { g(f(x)) }
}

fn twice(f: fn(a) -> a) -> fn(a) -> a {
  compose(f, f)
}

fn apply_all(fs: List(fn(Int) -> Int), x: Int) -> List(Int) {
  case fs {
    [] -> []
    [f, ..rest] -> [f(x), ..apply_all(rest, x)]
  }
}

fn curry(f: fn(a, b) -> c) -> fn(a) -> fn(b) -> c {
  fn(a) { fn(b) { f(a, b) } }
}

pub fn main() -> Nil {
  let add5 = adder(5)
  print(add5(10))
  let times3 = fn(x) { x * 3 }
  print(compose(add5, times3)(1))
  print(twice(twice(add5))(0))
  let offset = 1000
  let fs = [adder(1), times3, fn(x) { x - offset }, twice(times3)]
  print(apply_all(fs, 7))
  let pow = fn(b, e) { power(b, e, 1) }
  print(curry(pow)(2)(10))
  let label = "n="
  let show = fn(n: Int) { #(label, n) }
  print(show(3))
}

fn power(b: Int, e: Int, acc: Int) -> Int {
  case e {
    0 -> acc
    _ -> power(b, e - 1, acc * b)
  }
}
