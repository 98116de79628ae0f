//// Run through the compiler's entry module: a failing `let assert` shows
//// the unmatched value in the report.

@external(erlang, "gt_ffi", "println")
fn println(s: String) -> Nil

fn parse(s: String) -> Result(Int, String) {
  case s {
    "one" -> Ok(1)
    _ -> Error("unknown word: " <> s)
  }
}

pub fn main() -> Nil {
  let assert Ok(a) = parse("one")
  println("parsed one")
  let assert Ok(_) = parse("two")
  println("unreachable")
  let _ = a
  Nil
}
