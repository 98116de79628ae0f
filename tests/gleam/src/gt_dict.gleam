//// Erlang maps through @external, as Gleam's dict is: many keys (past
//// the 32-key flat form), updates, lookups of present and missing keys.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

@external(erlang, "gt_ffi", "map_new")
fn new() -> Dict(k, v)

@external(erlang, "gt_ffi", "map_put")
fn insert(k: k, v: v, m: Dict(k, v)) -> Dict(k, v)

@external(erlang, "gt_ffi", "map_get")
fn get(k: k, m: Dict(k, v)) -> Result(v, Nil)

@external(erlang, "gt_ffi", "map_count")
fn size(m: Dict(k, v)) -> Int

pub type Dict(k, v)

fn fill(m: Dict(Int, Int), i: Int, n: Int) -> Dict(Int, Int) {
  case i > n {
    True -> m
    False -> fill(insert(i, i * i, m), i + 1, n)
  }
}

fn total(m: Dict(Int, Int), i: Int, acc: Int) -> Int {
  case get(i, m) {
    Ok(v) -> total(m, i + 1, acc + v)
    Error(Nil) -> acc
  }
}

pub fn main() -> Nil {
  let small = new() |> insert("b", 2, _) |> insert("a", 1, _)
  print(small)
  print(get("a", small))
  print(get("z", small))
  let big = fill(new(), 1, 50_000)
  print(size(big))
  print(total(big, 1, 0))
  let big2 = insert(7, -1, big)
  print(#(get(7, big), get(7, big2), size(big2)))
  let keyed = new() |> insert(#(1, "x"), [1.5], _) |> insert(#(1, "y"), [], _)
  print(keyed)
}
