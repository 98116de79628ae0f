//// Run through the compiler's entry module (as `gleam run` does): prints,
//// then panics; the runtime error report goes to standard error and the
//// exit status is 1.

@external(erlang, "gt_ffi", "println")
fn println(s: String) -> Nil

fn check(n: Int) -> Int {
  case n > 2 {
    True -> panic as "n is too large"
    False -> n
  }
}

pub fn main() -> Nil {
  println("before the panic ✓")
  let _ = check(1)
  let _ = check(3)
  println("not reached")
}
