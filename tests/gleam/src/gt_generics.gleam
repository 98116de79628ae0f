//// Generic types and functions: a Maybe type, a Result pipeline, pairs,
//// and functions polymorphic in their element type.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

pub type Maybe(a) {
  Just(a)
  Nothing
}

pub type Pair(a, b) {
  Pair(first: a, second: b)
}

fn maybe_map(m: Maybe(a), f: fn(a) -> b) -> Maybe(b) {
  case m {
    Just(x) -> Just(f(x))
    Nothing -> Nothing
  }
}

fn with_default(m: Maybe(a), d: a) -> a {
  case m {
    Just(x) -> x
    Nothing -> d
  }
}

fn find(l: List(a), pred: fn(a) -> Bool) -> Maybe(a) {
  case l {
    [] -> Nothing
    [x, ..rest] ->
      case pred(x) {
        True -> Just(x)
        False -> find(rest, pred)
      }
  }
}

fn swap(p: Pair(a, b)) -> Pair(b, a) {
  Pair(p.second, p.first)
}

fn zip(a: List(a), b: List(b)) -> List(Pair(a, b)) {
  case a, b {
    [x, ..xs], [y, ..ys] -> [Pair(x, y), ..zip(xs, ys)]
    _, _ -> []
  }
}

fn parse_positive(n: Int) -> Result(Int, String) {
  case n > 0 {
    True -> Ok(n)
    False -> Error("not positive")
  }
}

fn result_then(r: Result(a, e), f: fn(a) -> Result(b, e)) -> Result(b, e) {
  case r {
    Ok(x) -> f(x)
    Error(e) -> Error(e)
  }
}

pub fn main() -> Nil {
  print(find([1, 4, 9, 16], fn(x) { x > 5 }))
  print(find(["a", "bb"], fn(x) { x == "ccc" }))
  print(maybe_map(Just(20), fn(x) { x * 2 }) |> with_default(0))
  print(maybe_map(Nothing, fn(x) { x * 2 }) |> with_default(-1))
  print(swap(Pair("left", 1.5)))
  print(zip([1, 2, 3], ["one", "two"]))
  print(result_then(parse_positive(3), fn(x) { Ok(x * 10) }))
  print(result_then(parse_positive(-3), fn(x) { Ok(x * 10) }))
  print(result_then(Ok(1), fn(_) { Error(#("nested", [Nothing, Just(Nil)])) }))
}
