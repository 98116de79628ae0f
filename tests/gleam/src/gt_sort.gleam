//// Generic sorting: merge sort and quicksort over any type with a
//// comparison function, on ints, strings and records, stable on ties.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

pub type Order {
  Lt
  Eq
  Gt
}

pub type Item {
  Item(key: Int, label: String)
}

fn compare_int(a: Int, b: Int) -> Order {
  case a < b, a == b {
    True, _ -> Lt
    _, True -> Eq
    _, _ -> Gt
  }
}

fn merge(a: List(x), b: List(x), cmp: fn(x, x) -> Order) -> List(x) {
  case a, b {
    [], _ -> b
    _, [] -> a
    [x, ..xs], [y, ..ys] ->
      case cmp(y, x) {
        Lt -> [y, ..merge(a, ys, cmp)]
        _ -> [x, ..merge(xs, b, cmp)]
      }
  }
}

fn split(l: List(x), a: List(x), b: List(x)) -> #(List(x), List(x)) {
  case l {
    [] -> #(a, b)
    [x, ..rest] -> split(rest, b, [x, ..a])
  }
}

fn merge_sort(l: List(x), cmp: fn(x, x) -> Order) -> List(x) {
  case l {
    [] | [_] -> l
    _ -> {
      let #(a, b) = split(l, [], [])
      merge(merge_sort(a, cmp), merge_sort(b, cmp), cmp)
    }
  }
}

fn partition(l: List(x), p: x, cmp, lo: List(x), hi: List(x)) {
  case l {
    [] -> #(lo, hi)
    [x, ..rest] ->
      case cmp(x, p) {
        Lt -> partition(rest, p, cmp, [x, ..lo], hi)
        _ -> partition(rest, p, cmp, lo, [x, ..hi])
      }
  }
}

fn quick_sort(l: List(x), cmp: fn(x, x) -> Order) -> List(x) {
  case l {
    [] -> []
    [p, ..rest] -> {
      let #(lo, hi) = partition(rest, p, cmp, [], [])
      append(quick_sort(lo, cmp), [p, ..quick_sort(hi, cmp)])
    }
  }
}

fn append(a: List(x), b: List(x)) -> List(x) {
  case a {
    [] -> b
    [x, ..rest] -> [x, ..append(rest, b)]
  }
}

fn pseudo_random(n: Int, seed: Int, acc: List(Int)) -> List(Int) {
  case n {
    0 -> acc
    _ -> {
      let next = { seed * 1_103_515_245 + 12_345 } % 2_147_483_648
      pseudo_random(n - 1, next, [next % 1000, ..acc])
    }
  }
}

fn is_sorted(l: List(Int)) -> Bool {
  case l {
    [a, b, ..rest] -> a <= b && is_sorted([b, ..rest])
    _ -> True
  }
}

pub fn main() -> Nil {
  print(merge_sort([5, 2, 9, 1, 5, 6], compare_int))
  print(quick_sort([5, 2, 9, 1, 5, 6], compare_int))
  let nums = pseudo_random(20_000, 42, [])
  print(is_sorted(merge_sort(nums, compare_int)))
  print(merge_sort(nums, compare_int) == quick_sort(nums, compare_int))
  let items = [Item(2, "b1"), Item(1, "a"), Item(2, "b2"), Item(0, "z"), Item(2, "b3")]
  print(merge_sort(items, fn(a, b) { compare_int(a.key, b.key) }))
  let words = ["pear", "apple", "fig", "banana"]
  print(merge_sort(words, fn(a, b) {
    case a == b {
      True -> Eq
      False ->
        case compare_strings(a, b) {
          True -> Lt
          False -> Gt
        }
    }
  }))
}

@external(erlang, "erlang", "<")
fn compare_strings(a: String, b: String) -> Bool
