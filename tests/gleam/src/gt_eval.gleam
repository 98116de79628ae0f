//// A small interpreter: a recursive expression type, an environment as an
//// association list, and errors as Results threaded with `use`.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

pub type Expr {
  Num(Int)
  Var(String)
  Add(Expr, Expr)
  Mul(Expr, Expr)
  Div(Expr, Expr)
  Let(name: String, value: Expr, body: Expr)
  If(cond: Expr, then: Expr, else_: Expr)
}

pub type EvalError {
  Unbound(String)
  DivByZero
}

fn lookup(env: List(#(String, Int)), name: String) -> Result(Int, EvalError) {
  case env {
    [] -> Error(Unbound(name))
    [#(k, v), ..] if k == name -> Ok(v)
    [_, ..rest] -> lookup(rest, name)
  }
}

fn bind(r: Result(a, e), f: fn(a) -> Result(b, e)) -> Result(b, e) {
  case r {
    Ok(v) -> f(v)
    Error(e) -> Error(e)
  }
}

fn eval(e: Expr, env: List(#(String, Int))) -> Result(Int, EvalError) {
  case e {
    Num(n) -> Ok(n)
    Var(name) -> lookup(env, name)
    Add(a, b) -> {
      use x <- bind(eval(a, env))
      use y <- bind(eval(b, env))
      Ok(x + y)
    }
    Mul(a, b) -> {
      use x <- bind(eval(a, env))
      use y <- bind(eval(b, env))
      Ok(x * y)
    }
    Div(a, b) -> {
      use x <- bind(eval(a, env))
      use y <- bind(eval(b, env))
      case y {
        0 -> Error(DivByZero)
        _ -> Ok(x / y)
      }
    }
    Let(name, value, body) -> {
      use v <- bind(eval(value, env))
      eval(body, [#(name, v), ..env])
    }
    If(c, t, f) -> {
      use v <- bind(eval(c, env))
      case v {
        0 -> eval(f, env)
        _ -> eval(t, env)
      }
    }
  }
}

fn sum_to(n: Int) -> Expr {
  case n {
    0 -> Num(0)
    _ -> Add(Num(n), sum_to(n - 1))
  }
}

pub fn main() -> Nil {
  print(eval(Add(Num(1), Mul(Num(2), Num(3))), []))
  print(eval(Let("x", Num(5), Mul(Var("x"), Var("x"))), []))
  print(eval(Var("y"), [#("x", 1)]))
  print(eval(Div(Num(1), Add(Num(1), Num(-1))), []))
  print(eval(If(Num(0), Num(1), Let("z", Num(9), Div(Var("z"), Num(2)))), []))
  print(eval(sum_to(5000), []))
  print(Let("a", Num(1), If(Var("a"), Num(2), Num(3))))
}
