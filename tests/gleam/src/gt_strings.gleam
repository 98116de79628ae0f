//// Strings: prefix patterns, concatenation, unicode text and escapes,
//// string equality in guards.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

@external(erlang, "gt_ffi", "println")
fn println(s: String) -> Nil

@external(erlang, "erlang", "byte_size")
fn byte_size(s: String) -> Int

fn command(line: String) -> String {
  case line {
    "say " <> rest -> "saying: " <> rest
    "add " <> n -> "adding " <> n
    "" -> "nothing"
    "ü" <> rest -> "umlaut then " <> rest
    other -> "unknown: " <> other
  }
}

fn repeat(s: String, n: Int) -> String {
  case n <= 0 {
    True -> ""
    False -> s <> repeat(s, n - 1)
  }
}

pub fn main() -> Nil {
  println(command("say hello"))
  println(command("add 42"))
  println(command(""))
  println(command("übel"))
  println(command("quit"))
  println(repeat("ab", 5))
  let greeting = "héllo wörld ✓ 🎉"
  println(greeting)
  print(greeting)
  print(byte_size(greeting))
  println("tab\there \"quoted\" back\\slash \u{1F600}")
  print("a" <> "b" == "ab")
  print(case id("abc") {
    s if s == "abc" -> True
    _ -> False
  })
}

/// Keeps values opaque to the compiler, so comparisons run at run time.
@external(erlang, "gt_ffi", "id")
fn id(x: a) -> a
