//// Case expressions: guards with arithmetic and boolean operators,
//// alternative patterns, multiple subjects, assignments in patterns and
//// string/float guards.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

fn fizzbuzz(n: Int) -> String {
  case n % 3, n % 5 {
    0, 0 -> "FizzBuzz"
    0, _ -> "Fizz"
    _, 0 -> "Buzz"
    _, _ -> "."
  }
}

fn kind(n: Int) -> String {
  case n {
    0 | 1 | 2 -> "tiny"
    n if n < 0 -> "negative"
    n if n >= 100 && n < 1000 -> "hundreds"
    n if n % 2 == 0 || n == 7 -> "even or seven"
    _ -> "odd"
  }
}

fn grade(score: Float) -> String {
  case score {
    s if s >=. 90.0 -> "A"
    s if s >=. 75.5 -> "B"
    _ -> "C"
  }
}

fn first_two(l: List(#(String, Int))) -> String {
  case l {
    [#(name, n) as first, ..] if n > 10 -> name <> " big " <> first.0
    [#("special", _), ..] -> "special"
    [_, #(name, _), ..] -> "second " <> name
    _ -> "none"
  }
}

pub fn main() -> Nil {
  print(list(1, 15, []))
  print([kind(1), kind(-5), kind(500), kind(8), kind(7), kind(9)])
  print([grade(95.0), grade(75.5), grade(10.0)])
  print([
    first_two([#("x", 20)]),
    first_two([#("special", 1)]),
    first_two([#("a", 1), #("b", 2)]),
    first_two([]),
  ])
  print(case id(True), id(False) {
    True, True -> 1
    True, False -> 2
    _, _ -> 3
  })
}

fn list(from: Int, to: Int, acc: List(String)) -> List(String) {
  case to < from {
    True -> acc
    False -> list(from, to - 1, [fizzbuzz(to), ..acc])
  }
}

/// Keeps values opaque to the compiler, so comparisons run at run time.
@external(erlang, "gt_ffi", "id")
fn id(x: a) -> a
