//// Pattern matching on lists: empty, single, fixed prefixes, spreads,
//// nested lists, and list prepends.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

fn describe(l: List(Int)) -> String {
  case l {
    [] -> "empty"
    [_] -> "one"
    [a, b] if a == b -> "two equal"
    [_, _] -> "two"
    [1, 2, 3, ..] -> "starts 1 2 3"
    [x, ..rest] if x > 100 -> "big head, rest " <> describe(rest)
    _ -> "many"
  }
}

fn reverse(l: List(a)) -> List(a) {
  do_reverse(l, [])
}

fn do_reverse(l: List(a), acc: List(a)) -> List(a) {
  case l {
    [] -> acc
    [x, ..rest] -> do_reverse(rest, [x, ..acc])
  }
}

fn pairs(l: List(a)) -> List(#(a, a)) {
  case l {
    [a, b, ..rest] -> [#(a, b), ..pairs(rest)]
    _ -> []
  }
}

fn flatten(l: List(List(a))) -> List(a) {
  case l {
    [] -> []
    [[], ..rest] -> flatten(rest)
    [[x, ..xs], ..rest] -> [x, ..flatten([xs, ..rest])]
  }
}

fn range(from: Int, to: Int) -> List(Int) {
  case from > to {
    True -> []
    False -> [from, ..range(from + 1, to)]
  }
}

pub fn main() -> Nil {
  print([
    describe([]),
    describe([7]),
    describe([3, 3]),
    describe([3, 4]),
    describe([1, 2, 3, 4]),
    describe([200, 5]),
    describe([5, 6, 7]),
  ])
  print(reverse(range(1, 10)))
  print(pairs(["a", "b", "c", "d", "e"]))
  print(flatten([[1, 2], [], [3], [4, 5, 6]]))
  let base = [3, 4]
  print([1, 2, ..base])
  print(case id([[1], [2, 3]]) {
    [[a], [b, c]] -> a + b + c
    _ -> 0
  })
}

/// Keeps values opaque to the compiler, so comparisons run at run time.
@external(erlang, "gt_ffi", "id")
fn id(x: a) -> a
