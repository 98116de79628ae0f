//// Tail recursion over large inputs: loops of millions of steps run in
//// constant stack, and big lists are built and consumed.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

fn count(n: Int, acc: Int) -> Int {
  case n {
    0 -> acc
    _ -> count(n - 1, acc + n)
  }
}

fn build(n: Int, acc: List(Int)) -> List(Int) {
  case n {
    0 -> acc
    _ -> build(n - 1, [n, ..acc])
  }
}

fn sum(l: List(Int), acc: Int) -> Int {
  case l {
    [] -> acc
    [x, ..rest] -> sum(rest, acc + x)
  }
}

fn length(l: List(a), acc: Int) -> Int {
  case l {
    [] -> acc
    [_, ..rest] -> length(rest, acc + 1)
  }
}

fn collatz(n: Int, steps: Int) -> Int {
  case n {
    1 -> steps
    _ ->
      case n % 2 {
        0 -> collatz(n / 2, steps + 1)
        _ -> collatz(3 * n + 1, steps + 1)
      }
  }
}

fn longest(from: Int, to: Int, best: #(Int, Int)) -> #(Int, Int) {
  case from > to {
    True -> best
    False -> {
      let s = collatz(from, 0)
      case s > best.1 {
        True -> longest(from + 1, to, #(from, s))
        False -> longest(from + 1, to, best)
      }
    }
  }
}

pub fn main() -> Nil {
  print(count(3_000_000, 0))
  let l = build(1_000_000, [])
  print(length(l, 0))
  print(sum(l, 0))
  print(longest(1, 30_000, #(1, 0)))
}
