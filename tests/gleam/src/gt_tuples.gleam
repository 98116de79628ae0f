//// Tuples: construction, index access, nested patterns and tuples in lists.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

fn classify(t: #(Int, String)) -> String {
  case t {
    #(0, _) -> "zero"
    #(n, "x") if n > 0 -> "positive x"
    #(_, s) -> "other " <> s
  }
}

fn min_max(l: List(Int)) -> #(Int, Int) {
  case l {
    [] -> #(0, 0)
    [x, ..rest] -> do_min_max(rest, #(x, x))
  }
}

fn do_min_max(l: List(Int), acc: #(Int, Int)) -> #(Int, Int) {
  case l {
    [] -> acc
    [x, ..rest] -> {
      let lo = case x < acc.0 {
        True -> x
        False -> acc.0
      }
      let hi = case x > acc.1 {
        True -> x
        False -> acc.1
      }
      do_min_max(rest, #(lo, hi))
    }
  }
}

pub fn main() -> Nil {
  let t = #(1, "two", 3.0, #(4, [5]))
  print(t)
  print(t.0)
  print(t.1)
  print({ t.3 }.1)
  print([classify(#(0, "a")), classify(#(5, "x")), classify(#(-1, "y"))])
  print(min_max([5, 3, 9, -2, 7]))
  let #(a, #(b, c)) = #("a", #(2, [3]))
  print(#(c, b, a))
  print(#())
}
