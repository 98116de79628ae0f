//// Custom types: variants with and without fields, nested types, and
//// exhaustive case over them.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

pub type Shape {
  Circle(radius: Float)
  Rect(width: Float, height: Float)
  Triangle(a: Float, b: Float, c: Float)
  Point
}

pub type Tree {
  Leaf
  Node(left: Tree, value: Int, right: Tree)
}

fn area(s: Shape) -> Float {
  case s {
    Circle(r) -> 3.0 *. r *. r
    Rect(w, h) -> w *. h
    Triangle(a, b, _) -> a *. b /. 2.0
    Point -> 0.0
  }
}

fn insert(t: Tree, v: Int) -> Tree {
  case t {
    Leaf -> Node(Leaf, v, Leaf)
    Node(l, x, r) if v < x -> Node(insert(l, v), x, r)
    Node(l, x, r) if v > x -> Node(l, x, insert(r, v))
    _ -> t
  }
}

fn to_list(t: Tree, acc: List(Int)) -> List(Int) {
  case t {
    Leaf -> acc
    Node(l, v, r) -> to_list(l, [v, ..to_list(r, acc)])
  }
}

fn depth(t: Tree) -> Int {
  case t {
    Leaf -> 0
    Node(l, _, r) -> {
      let dl = depth(l)
      let dr = depth(r)
      case dl > dr {
        True -> dl + 1
        False -> dr + 1
      }
    }
  }
}

pub fn main() -> Nil {
  let shapes = [Circle(1.5), Rect(2.0, 3.5), Triangle(3.0, 4.0, 5.0), Point]
  print(shapes)
  print(list_map(shapes, area))
  let tree = list_fold([50, 30, 70, 20, 40, 60, 80, 30, 65], Leaf, insert)
  print(to_list(tree, []))
  print(depth(tree))
  print(tree)
}

fn list_map(l: List(a), f: fn(a) -> b) -> List(b) {
  case l {
    [] -> []
    [x, ..rest] -> [f(x), ..list_map(rest, f)]
  }
}

fn list_fold(l: List(a), acc: b, f: fn(b, a) -> b) -> b {
  case l {
    [] -> acc
    [x, ..rest] -> list_fold(rest, f(acc, x), f)
  }
}
