//// Labelled arguments: in any order, mixed with positional ones, and the
//// shorthand `label:` form.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

fn greet(greeting greeting: String, name name: String) -> String {
  greeting <> ", " <> name <> "!"
}

fn span(from start: Int, to end: Int, step step: Int) -> List(Int) {
  case start > end {
    True -> []
    False -> [start, ..span(from: start + step, to: end, step: step)]
  }
}

fn describe(item: String, count count: Int, price price: Float) -> #(String, Int, Float) {
  #(item, count, price)
}

pub fn main() -> Nil {
  print(greet(greeting: "Hello", name: "Joe"))
  print(greet(name: "Mike", greeting: "Hi"))
  print(span(to: 10, step: 3, from: 1))
  print(describe("apple", price: 0.5, count: 3))
  let name = "Robert"
  let greeting = "Hey"
  print(greet(name:, greeting:))
}
