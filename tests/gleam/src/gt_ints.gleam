//// Integers: arbitrary precision, Gleam's division and remainder rules
//// (truncating, and 0 when dividing by 0), literals in other bases, and
//// boundaries around word sizes.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

@external(erlang, "erlang", "band")
fn band(a: Int, b: Int) -> Int

@external(erlang, "erlang", "bsl")
fn bsl(a: Int, b: Int) -> Int

@external(erlang, "erlang", "bsr")
fn bsr(a: Int, b: Int) -> Int

@external(erlang, "gt_ffi", "int_to_string")
fn to_string(i: Int) -> String

fn factorial(n: Int) -> Int {
  case n {
    0 -> 1
    _ -> n * factorial(n - 1)
  }
}

fn pow2(n: Int) -> Int {
  bsl(1, n)
}

pub fn main() -> Nil {
  print([7 / 2, -7 / 2, 7 / -2, -7 / -2, 7 / 0, 0 / 0])
  print([7 % 3, -7 % 3, 7 % -3, -7 % -3, 7 % 0])
  print([0xFF, 0o17, 0b1011, 1_000_000])
  print(factorial(25))
  print(to_string(factorial(30)))
  print([pow2(59) - 1, pow2(59), pow2(60), pow2(63), pow2(64), -pow2(63)])
  print(pow2(200) / pow2(100) == pow2(100))
  print(pow2(100) % 7)
  print(band(pow2(70) + 5, 0xFF))
  print(bsr(-pow2(70), 68))
  print(factorial(20) * factorial(20) - factorial(21))
  print(-9_223_372_036_854_775_808 - 1)
  print(576_460_752_303_423_487 + 1)
  print(-576_460_752_303_423_488 - 1)
  print(134_217_727 + 1)
  let #(a, b, c, d) = #(id(1), id(2), id(3), id(5))
  print([a < b, b <= b, c > d, d >= a, d == 5, d != 6])
}

/// Keeps values opaque to the compiler, so comparisons run at run time.
@external(erlang, "gt_ffi", "id")
fn id(x: a) -> a
