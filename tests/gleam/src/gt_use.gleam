//// `use`: callbacks written as straight-line code, for results, for
//// resource-style wrappers and for list iteration.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

fn try(r: Result(a, e), next: fn(a) -> Result(b, e)) -> Result(b, e) {
  case r {
    Ok(x) -> next(x)
    Error(e) -> Error(e)
  }
}

fn parse_digit(c: String) -> Result(Int, String) {
  case c {
    "0" -> Ok(0)
    "1" -> Ok(1)
    "2" -> Ok(2)
    "3" -> Ok(3)
    _ -> Error("bad digit " <> c)
  }
}

fn add_digits(a: String, b: String) -> Result(Int, String) {
  use x <- try(parse_digit(a))
  use y <- try(parse_digit(b))
  Ok(x * 10 + y)
}

fn with_log(name: String, f: fn() -> a) -> a {
  print(#("enter", name))
  let r = f()
  print(#("leave", name))
  r
}

fn each(l: List(a), f: fn(a) -> Nil) -> Nil {
  case l {
    [] -> Nil
    [x, ..rest] -> {
      f(x)
      each(rest, f)
    }
  }
}

pub fn main() -> Nil {
  print(add_digits("1", "3"))
  print(add_digits("1", "x"))
  let v = {
    use <- with_log("block")
    21 * 2
  }
  print(v)
  use x <- each([1, 2, 3])
  print(x * x)
}
