//// Pipes: into plain calls, into captures with `_` in any position, into
//// anonymous functions, and long chains.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

fn add(a: Int, b: Int) -> Int {
  a + b
}

fn sub(a: Int, b: Int) -> Int {
  a - b
}

fn map(l: List(a), f: fn(a) -> b) -> List(b) {
  case l {
    [] -> []
    [x, ..r] -> [f(x), ..map(r, f)]
  }
}

fn filter(l: List(a), f: fn(a) -> Bool) -> List(a) {
  case l {
    [] -> []
    [x, ..r] ->
      case f(x) {
        True -> [x, ..filter(r, f)]
        False -> filter(r, f)
      }
  }
}

fn sum(l: List(Int)) -> Int {
  case l {
    [] -> 0
    [x, ..r] -> x + sum(r)
  }
}

pub fn main() -> Nil {
  5 |> add(3) |> print
  5 |> sub(3) |> print
  5 |> sub(3, _) |> print
  10 |> fn(x) { x * x } |> print
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
  |> map(fn(x) { x * 3 })
  |> filter(fn(x) { x % 2 == 0 })
  |> sum
  |> print
  let f = add(100, _)
  [1, 2] |> map(f) |> print
}
