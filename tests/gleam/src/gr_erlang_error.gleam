//// Run through the compiler's entry module: an error raised by Erlang
//// code (a badarith) is reported with its class and the stack.

@external(erlang, "erlang", "error")
fn erl_error(reason: a) -> b

@external(erlang, "gt_ffi", "println")
fn println(s: String) -> Nil

pub fn main() -> Nil {
  println("about to fail")
  erl_error(#("bad", 42))
}
