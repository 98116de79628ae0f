//// Records: field access, record update, shared fields across variants,
//// and records nested in records.

@external(erlang, "gt_ffi", "print")
fn print(x: a) -> Nil

pub type Person {
  Person(name: String, age: Int, email: String, tags: List(String))
}

pub type Account {
  Admin(name: String, level: Int)
  Guest(name: String)
}

pub type Team {
  Team(lead: Person, size: Int)
}

pub fn main() -> Nil {
  let p = Person(name: "Ada", age: 36, email: "ada@example.com", tags: [])
  print(p)
  print(p.name)
  let older = Person(..p, age: p.age + 1, tags: ["math", ..p.tags])
  print(older)
  print(p.age)
  let accounts = [Admin("root", 9), Guest("visitor")]
  print(names(accounts))
  let t = Team(lead: older, size: 4)
  let t2 = Team(..t, lead: Person(..t.lead, email: "ada@new.example"))
  print(t2.lead.email)
  print(t2)
}

fn names(l: List(Account)) -> List(String) {
  case l {
    [] -> []
    [a, ..rest] -> [a.name, ..names(rest)]
  }
}
