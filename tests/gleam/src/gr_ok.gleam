//// Run through the compiler's entry module: a program that ends normally
//// exits 0, with unicode output written as UTF-8.

@external(erlang, "gt_ffi", "println")
fn println(s: String) -> Nil

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

pub fn main() -> Nil {
  println("héllo wörld ✓ 🎉")
  print("ünïcode")
  print(<<0xCA, 0xFE>>)
}
