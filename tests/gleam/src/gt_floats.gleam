//// Floats: arithmetic, Gleam's division by zero (0.0), comparison
//// operators, printing of awkward values and conversions through Erlang.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

@external(erlang, "gt_ffi", "float_to_string")
fn to_string(f: Float) -> String

@external(erlang, "erlang", "float")
fn to_float(i: Int) -> Float

@external(erlang, "erlang", "round")
fn round(f: Float) -> Int

@external(erlang, "erlang", "trunc")
fn trunc(f: Float) -> Int

@external(erlang, "math", "sqrt")
fn sqrt(f: Float) -> Float

@external(erlang, "math", "pow")
fn pow(a: Float, b: Float) -> Float

pub fn main() -> Nil {
  print([1.5 +. 2.25, 0.1 +. 0.2, 1.0 -. 3.5, 2.5 *. 4.0, 1.0 /. 3.0])
  print([1.0 /. 0.0, -1.0 /. 0.0, 0.0 /. 0.0])
  print([1.0e100, 1.0e-100, 123_456.789, 5.0e-324, 1.7976931348623157e308])
  print([to_string(0.1), to_string(100.0), to_string(1.0e21), to_string(-0.0)])
  print([round(2.5), round(-2.5), trunc(-3.9), round(1.0e20)])
  print([to_float(3), to_float(-12_345_678_901)])
  print([sqrt(2.0), pow(2.0, 0.5), pow(10.0, 15.0)])
  let #(a, b, c) = #(id(1.0), id(2.0), id(-0.0))
  print([a <. b, b <=. b, a >. b, a >=. c, a == 1.0])
  print(c == 0.0)
  print(sum(1, 0.0))
}

fn sum(i: Int, acc: Float) -> Float {
  case i > 1000 {
    True -> acc
    False -> sum(i + 1, acc +. 1.0 /. to_float(i * i))
  }
}

/// Keeps values opaque to the compiler, so comparisons run at run time.
@external(erlang, "gt_ffi", "id")
fn id(x: a) -> a
