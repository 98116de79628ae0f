//! Match specifications: `[{Head, Guards, Body}]`, compiled per call into a
//! small tree and run against objects.
//!
//! - Heads are patterns: `'_'` matches anything, `'$N'` (`N` = `0` or a
//!   number without leading zeros) binds or, bound already, must be `=:=`;
//!   tuples, lists and map patterns (`#{Key => Pattern}`, a subset match with
//!   literal keys) match structurally; anything else literally (`=:=`).
//! - Guards and bodies are expressions: variables, `'$_'` (the object),
//!   `'$$'` (all variables in number order), `{const, T}`, `{{...}}` (a tuple
//!   of expressions), lists and maps of expressions, and calls
//!   `{Function, Args...}` of the guard functions match specifications allow
//!   (type tests, comparisons, `andalso`/`orelse`/`and`/`or`/`xor`/`not`,
//!   `self`, `node`, `is_record`, and arithmetic/`element`/`hd`/... which call
//!   the VM's own `erlang` BIFs). Trace actions (`message`, `return_trace`,
//!   ...) are not allowed in ETS specs: `badarg`, as OTP.
//! - A guard that fails or raises makes the clause not match; a body that
//!   raises gives `'EXIT'`. Only the last body expression's value is used.
//!
//! Terms in a compiled spec point at the spec term (on the caller's heap),
//! so a compiled spec lives only as long as the BIF call that made it.

use crate::atom::{am, Atom};
use crate::bif::{BifFn, Ctx};
use crate::term::compare::{compare, eq, exact_eq};
use crate::term::Term;
use crate::vm::Vm;
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// Deepest nesting of a spec's terms we compile (the walk is recursive).
const MAX_DEPTH: usize = 2000;

#[derive(Debug)]
enum Pat {
    Any,
    Var(usize),
    Lit(Term),
    Tuple(Vec<Pat>),
    /// Elements and the tail of a list pattern.
    List(Vec<Pat>, Box<Pat>),
    Map(Vec<(Term, Pat)>),
}

#[derive(Copy, Clone, Debug)]
enum Test {
    Atom,
    Float,
    Integer,
    List,
    Number,
    Pid,
    Port,
    Reference,
    Tuple,
    Binary,
    Bitstring,
    Function,
    Map,
    Boolean,
}

#[derive(Copy, Clone, Debug)]
enum CmpOp {
    Gt,
    Ge,
    Lt,
    Le,
    ExactEq,
    ExactNe,
    Eq,
    Ne,
}

#[derive(Copy, Clone, Debug)]
enum Op {
    Test(Test),
    Cmp(CmpOp),
    AndAlso,
    OrElse,
    And,
    Or,
    Xor,
    Not,
    IsRecord,
    SelfPid,
    Node,
}

enum Expr {
    Lit(Term),
    Var(usize),
    Obj,
    All,
    Tuple(Vec<Expr>),
    List(Vec<Expr>, Box<Expr>),
    Map(Vec<(Expr, Expr)>),
    Op(Op, Vec<Expr>),
    /// An allowed `erlang` BIF (`None`: allowed but not implemented here,
    /// so calling it fails).
    Bif(Option<BifFn>, Vec<Expr>),
}

struct Clause {
    head: Pat,
    nvars: usize,
    guards: Vec<Expr>,
    body: Expr,
    /// The head's key element when it is a ground term.
    key: Option<Term>,
}

/// A compiled match specification.
pub struct MatchSpec {
    clauses: Vec<Clause>,
    vars: Vec<Term>,
}

/// What an atom means in a spec.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum AtomKind {
    Wild,
    Var(u32),
    Obj,
    All,
    Plain,
}

fn atom_kind(a: Atom) -> AtomKind {
    let n = a.name();
    match n {
        b"_" => AtomKind::Wild,
        b"$_" => AtomKind::Obj,
        b"$$" => AtomKind::All,
        [b'$', digits @ ..] if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) => {
            if digits.len() > 1 && digits[0] == b'0' {
                return AtomKind::Plain;
            }
            let mut v: u32 = 0;
            for &d in digits {
                match v
                    .checked_mul(10)
                    .and_then(|x| x.checked_add((d - b'0') as u32))
                {
                    Some(x) => v = x,
                    None => return AtomKind::Plain,
                }
            }
            AtomKind::Var(v)
        }
        _ => AtomKind::Plain,
    }
}

/// Variable numbers in a head, sorted and deduplicated.
fn head_vars(t: Term, out: &mut Vec<u32>, depth: usize) -> Option<()> {
    if depth > MAX_DEPTH {
        return None;
    }
    if let Some(a) = t.as_atom() {
        if let AtomKind::Var(n) = atom_kind(a) {
            out.push(n);
        }
    } else if let Some(el) = t.as_tuple() {
        for &e in el {
            head_vars(e, out, depth + 1)?;
        }
    } else if t.is_list() {
        let mut l = t;
        while let Some((h, tl)) = l.as_cons() {
            head_vars(h, out, depth + 1)?;
            l = tl;
        }
        head_vars(l, out, depth + 1)?;
    } else if t.is_map() {
        for (_, v) in crate::term::map::iter(t) {
            head_vars(v, out, depth + 1)?;
        }
    }
    Some(())
}

/// Whether `t` has no wildcards or variables (a literal in a head).
fn ground(t: Term, depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    if let Some(a) = t.as_atom() {
        return !matches!(atom_kind(a), AtomKind::Wild | AtomKind::Var(_));
    }
    if let Some(el) = t.as_tuple() {
        return el.iter().all(|&e| ground(e, depth + 1));
    }
    if t.is_list() {
        let mut l = t;
        while let Some((h, tl)) = l.as_cons() {
            if !ground(h, depth + 1) {
                return false;
            }
            l = tl;
        }
        return ground(l, depth + 1);
    }
    !t.is_map()
}

struct Compiler<'a> {
    vars: &'a [u32],
    bifs: &'a hashbrown::HashMap<(Atom, Atom, u32), BifFn>,
}

impl Compiler<'_> {
    fn slot(&self, n: u32) -> Option<usize> {
        self.vars.binary_search(&n).ok()
    }

    fn pat(&self, t: Term, depth: usize) -> Option<Pat> {
        if depth > MAX_DEPTH {
            return None;
        }
        if let Some(a) = t.as_atom() {
            return Some(match atom_kind(a) {
                AtomKind::Wild => Pat::Any,
                AtomKind::Var(n) => Pat::Var(self.slot(n)?),
                _ => Pat::Lit(t),
            });
        }
        if let Some(el) = t.as_tuple() {
            let mut v = Vec::with_capacity(el.len());
            for &e in el {
                v.push(self.pat(e, depth + 1)?);
            }
            return Some(Pat::Tuple(v));
        }
        if t.is_list() {
            let mut v = Vec::new();
            let mut l = t;
            while let Some((h, tl)) = l.as_cons() {
                v.push(self.pat(h, depth + 1)?);
                l = tl;
            }
            let tail = self.pat(l, depth + 1)?;
            return Some(Pat::List(v, Box::new(tail)));
        }
        if t.is_map() {
            let mut v = Vec::new();
            for (k, val) in crate::term::map::iter(t) {
                if !ground(k, depth + 1) {
                    return None;
                }
                v.push((k, self.pat(val, depth + 1)?));
            }
            return Some(Pat::Map(v));
        }
        Some(Pat::Lit(t))
    }

    fn expr(&self, t: Term, depth: usize) -> Option<Expr> {
        if depth > MAX_DEPTH {
            return None;
        }
        if let Some(a) = t.as_atom() {
            return Some(match atom_kind(a) {
                AtomKind::Var(n) => Expr::Var(self.slot(n)?),
                AtomKind::Obj => Expr::Obj,
                AtomKind::All => Expr::All,
                _ => Expr::Lit(t),
            });
        }
        if let Some(el) = t.as_tuple() {
            let (&f, args) = el.split_first()?;
            if args.is_empty() {
                if let Some(inner) = f.as_tuple() {
                    let mut v = Vec::with_capacity(inner.len());
                    for &e in inner {
                        v.push(self.expr(e, depth + 1)?);
                    }
                    return Some(Expr::Tuple(v));
                }
            }
            let name = f.as_atom()?;
            if name.name() == b"const" && args.len() == 1 {
                return Some(Expr::Lit(args[0]));
            }
            let mut v = Vec::with_capacity(args.len());
            for &e in args {
                v.push(self.expr(e, depth + 1)?);
            }
            return self.call(name, v);
        }
        if t.is_list() {
            let mut v = Vec::new();
            let mut l = t;
            while let Some((h, tl)) = l.as_cons() {
                v.push(self.expr(h, depth + 1)?);
                l = tl;
            }
            let tail = self.expr(l, depth + 1)?;
            return Some(Expr::List(v, Box::new(tail)));
        }
        if t.is_map() {
            let mut v = Vec::new();
            for (k, val) in crate::term::map::iter(t) {
                v.push((self.expr(k, depth + 1)?, self.expr(val, depth + 1)?));
            }
            return Some(Expr::Map(v));
        }
        Some(Expr::Lit(t))
    }

    fn call(&self, name: Atom, args: Vec<Expr>) -> Option<Expr> {
        let n = args.len();
        let op = |o: Op| Some(Expr::Op(o, Vec::new()));
        let native = match (name.name(), n) {
            (b"is_atom", 1) => op(Op::Test(Test::Atom)),
            (b"is_float", 1) => op(Op::Test(Test::Float)),
            (b"is_integer", 1) => op(Op::Test(Test::Integer)),
            (b"is_list", 1) => op(Op::Test(Test::List)),
            (b"is_number", 1) => op(Op::Test(Test::Number)),
            (b"is_pid", 1) => op(Op::Test(Test::Pid)),
            (b"is_port", 1) => op(Op::Test(Test::Port)),
            (b"is_reference", 1) => op(Op::Test(Test::Reference)),
            (b"is_tuple", 1) => op(Op::Test(Test::Tuple)),
            (b"is_binary", 1) => op(Op::Test(Test::Binary)),
            (b"is_bitstring", 1) => op(Op::Test(Test::Bitstring)),
            (b"is_function", 1) => op(Op::Test(Test::Function)),
            (b"is_map", 1) => op(Op::Test(Test::Map)),
            (b"is_boolean", 1) => op(Op::Test(Test::Boolean)),
            (b"is_record", 3) => op(Op::IsRecord),
            (b">", 2) => op(Op::Cmp(CmpOp::Gt)),
            (b">=", 2) => op(Op::Cmp(CmpOp::Ge)),
            (b"<", 2) => op(Op::Cmp(CmpOp::Lt)),
            (b"=<", 2) => op(Op::Cmp(CmpOp::Le)),
            (b"=:=", 2) => op(Op::Cmp(CmpOp::ExactEq)),
            (b"=/=", 2) => op(Op::Cmp(CmpOp::ExactNe)),
            (b"==", 2) => op(Op::Cmp(CmpOp::Eq)),
            (b"/=", 2) => op(Op::Cmp(CmpOp::Ne)),
            (b"andalso", 1..) => op(Op::AndAlso),
            (b"orelse", 1..) => op(Op::OrElse),
            (b"and", 1..) => op(Op::And),
            (b"or", 1..) => op(Op::Or),
            (b"xor", 2) => op(Op::Xor),
            (b"not", 1) => op(Op::Not),
            (b"self", 0) => op(Op::SelfPid),
            (b"node", 0) => op(Op::Node),
            _ => None,
        };
        if let Some(Expr::Op(o, _)) = native {
            return Some(Expr::Op(o, args));
        }
        const ALLOWED: &[(&str, u32)] = &[
            ("abs", 1),
            ("element", 2),
            ("hd", 1),
            ("tl", 1),
            ("length", 1),
            ("map_get", 2),
            ("map_size", 1),
            ("is_map_key", 2),
            ("node", 1),
            ("round", 1),
            ("trunc", 1),
            ("float", 1),
            ("ceil", 1),
            ("floor", 1),
            ("size", 1),
            ("bit_size", 1),
            ("byte_size", 1),
            ("tuple_size", 1),
            ("binary_part", 2),
            ("binary_part", 3),
            ("+", 1),
            ("+", 2),
            ("-", 1),
            ("-", 2),
            ("*", 2),
            ("/", 2),
            ("div", 2),
            ("rem", 2),
            ("band", 2),
            ("bor", 2),
            ("bxor", 2),
            ("bnot", 1),
            ("bsl", 2),
            ("bsr", 2),
            ("min", 2),
            ("max", 2),
        ];
        let nm = name.name();
        if !ALLOWED
            .iter()
            .any(|&(s, a)| s.as_bytes() == nm && a as usize == n)
        {
            return None;
        }
        let f = self.bifs.get(&(am::ERLANG, name, n as u32)).copied();
        Some(Expr::Bif(f, args))
    }
}

impl MatchSpec {
    /// Compiles `spec`; `None` when it is malformed (`badarg`). `keypos`
    /// (1-based) lets clauses with a literal key be found by lookup.
    pub fn compile(vm: &Vm, spec: Term, keypos: usize) -> Option<MatchSpec> {
        let mut clauses = Vec::new();
        let mut maxvars = 0;
        let mut l = spec;
        while let Some((c, tl)) = l.as_cons() {
            let [head, guards, body] = c.as_tuple()? else {
                return None;
            };
            let mut vars = Vec::new();
            head_vars(*head, &mut vars, 0)?;
            vars.sort_unstable();
            vars.dedup();
            let cx = Compiler {
                vars: &vars,
                bifs: &vm.code.bifs,
            };
            let hp = cx.pat(*head, 0)?;
            let gl = crate::bif::erlang::list_to_vec(*guards)?;
            let mut gs = Vec::with_capacity(gl.len());
            for g in gl {
                gs.push(cx.expr(g, 0)?);
            }
            let bl = crate::bif::erlang::list_to_vec(*body)?;
            let mut last = None;
            for b in bl {
                last = Some(cx.expr(b, 0)?);
            }
            let key = match head.as_tuple() {
                Some(el) if keypos >= 1 && keypos <= el.len() && ground(el[keypos - 1], 0) => {
                    Some(el[keypos - 1])
                }
                _ => None,
            };
            maxvars = maxvars.max(vars.len());
            clauses.push(Clause {
                head: hp,
                nvars: vars.len(),
                guards: gs,
                body: last?,
                key,
            });
            l = tl;
        }
        if !l.is_nil() {
            return None;
        }
        Some(MatchSpec {
            clauses,
            vars: alloc::vec![Term::NON_VALUE; maxvars],
        })
    }

    /// The spec of `ets:match/2` (`'$$'`) or `match_object/2` (`'$_'`) for
    /// `pattern`: `[{Pattern, [], [Body]}]` built on `h`.
    pub fn pattern_spec(h: &mut crate::heap::Heap, pattern: Term, object: bool) -> Term {
        let body = Term::atom(Atom::from_str(if object { "$_" } else { "$$" }));
        let b = h.list(&[body]);
        let c = h.tuple(&[pattern, Term::NIL, b]);
        h.list(&[c])
    }

    /// Keys that every clause's head pins down, if all of them do: only
    /// objects with these keys can match.
    pub fn keys(&self) -> Option<Vec<Term>> {
        self.clauses.iter().map(|c| c.key).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// Runs the spec on `obj`: the value of the first matching clause's body
    /// (`'EXIT'` if it raised), or `None` if no clause matches. The result
    /// may point into `obj` and at the spec.
    pub fn run(&mut self, ctx: &mut Ctx, obj: Term) -> Option<Term> {
        for c in &self.clauses {
            let vars = &mut self.vars[..c.nvars];
            for v in vars.iter_mut() {
                *v = Term::NON_VALUE;
            }
            if !pmatch(&c.head, obj, vars) {
                continue;
            }
            let mut ev = Eval {
                vars,
                obj,
                all: None,
            };
            if !c.guards.iter().all(|g| ev.eval(ctx, g) == Ok(Term::TRUE)) {
                continue;
            }
            return Some(ev.eval(ctx, &c.body).unwrap_or(Term::atom(am::EXIT_SIGNAL)));
        }
        None
    }
}

fn pmatch(p: &Pat, t: Term, vars: &mut [Term]) -> bool {
    match p {
        Pat::Any => true,
        Pat::Var(i) => {
            let b = vars[*i];
            if b.is_value() {
                b == t || exact_eq(b, t)
            } else {
                vars[*i] = t;
                true
            }
        }
        Pat::Lit(l) => *l == t || exact_eq(*l, t),
        Pat::Tuple(ps) => match t.as_tuple() {
            Some(el) if el.len() == ps.len() => ps.iter().zip(el).all(|(p, &e)| pmatch(p, e, vars)),
            _ => false,
        },
        Pat::List(ps, tail) => {
            let mut l = t;
            for p in ps {
                match l.as_cons() {
                    Some((h, tl)) => {
                        if !pmatch(p, h, vars) {
                            return false;
                        }
                        l = tl;
                    }
                    None => return false,
                }
            }
            pmatch(tail, l, vars)
        }
        Pat::Map(ps) => {
            t.is_map()
                && ps.iter().all(|(k, p)| match crate::term::map::get(t, *k) {
                    Some(v) => pmatch(p, v, vars),
                    None => false,
                })
        }
    }
}

struct Eval<'a> {
    vars: &'a [Term],
    obj: Term,
    /// `'$$'`, built once per object.
    all: Option<Term>,
}

type R = Result<Term, ()>;

fn boolean(t: Term) -> Result<bool, ()> {
    if t == Term::TRUE {
        Ok(true)
    } else if t == Term::FALSE {
        Ok(false)
    } else {
        Err(())
    }
}

impl Eval<'_> {
    fn eval(&mut self, ctx: &mut Ctx, e: &Expr) -> R {
        Ok(match e {
            Expr::Lit(t) => *t,
            Expr::Var(i) => self.vars[*i],
            Expr::Obj => self.obj,
            Expr::All => match self.all {
                Some(t) => t,
                None => {
                    let t = ctx.p.heap.list(self.vars);
                    self.all = Some(t);
                    t
                }
            },
            Expr::Tuple(es) => {
                let mut v = Vec::with_capacity(es.len());
                for e in es {
                    v.push(self.eval(ctx, e)?);
                }
                ctx.p.heap.tuple(&v)
            }
            Expr::List(es, tail) => {
                let mut v = Vec::with_capacity(es.len());
                for e in es {
                    v.push(self.eval(ctx, e)?);
                }
                let t = self.eval(ctx, tail)?;
                ctx.p.heap.list_with_tail(&v, t)
            }
            Expr::Map(kvs) => {
                let mut v = Vec::with_capacity(kvs.len());
                for (k, val) in kvs {
                    let k = self.eval(ctx, k)?;
                    let val = self.eval(ctx, val)?;
                    v.push((k, val));
                }
                crate::term::map::from_pairs(&mut ctx.p.heap, &mut v)
            }
            Expr::Op(op, args) => return self.op(ctx, *op, args),
            Expr::Bif(f, args) => {
                let f = f.ok_or(())?;
                let mut v = [Term::NIL; 3];
                for (i, a) in args.iter().enumerate() {
                    v[i] = self.eval(ctx, a)?;
                }
                return f(ctx, &v[..args.len()]).map_err(|_| ());
            }
        })
    }

    fn op(&mut self, ctx: &mut Ctx, op: Op, args: &[Expr]) -> R {
        match op {
            Op::Test(t) => {
                let v = self.eval(ctx, &args[0])?;
                Ok(Term::bool(type_test(t, v)))
            }
            Op::Cmp(c) => {
                let a = self.eval(ctx, &args[0])?;
                let b = self.eval(ctx, &args[1])?;
                Ok(Term::bool(match c {
                    CmpOp::Gt => compare(a, b) == Ordering::Greater,
                    CmpOp::Ge => compare(a, b) != Ordering::Less,
                    CmpOp::Lt => compare(a, b) == Ordering::Less,
                    CmpOp::Le => compare(a, b) != Ordering::Greater,
                    CmpOp::ExactEq => a == b || exact_eq(a, b),
                    CmpOp::ExactNe => !(a == b || exact_eq(a, b)),
                    CmpOp::Eq => eq(a, b),
                    CmpOp::Ne => !eq(a, b),
                }))
            }
            Op::AndAlso => {
                for a in args {
                    if !boolean(self.eval(ctx, a)?)? {
                        return Ok(Term::FALSE);
                    }
                }
                Ok(Term::TRUE)
            }
            Op::OrElse => {
                for a in args {
                    if boolean(self.eval(ctx, a)?)? {
                        return Ok(Term::TRUE);
                    }
                }
                Ok(Term::FALSE)
            }
            Op::And | Op::Or => {
                let mut acc = matches!(op, Op::And);
                for a in args {
                    let b = boolean(self.eval(ctx, a)?)?;
                    acc = if matches!(op, Op::And) {
                        acc && b
                    } else {
                        acc || b
                    };
                }
                Ok(Term::bool(acc))
            }
            Op::Xor => {
                let a = boolean(self.eval(ctx, &args[0])?)?;
                let b = boolean(self.eval(ctx, &args[1])?)?;
                Ok(Term::bool(a != b))
            }
            Op::Not => Ok(Term::bool(!boolean(self.eval(ctx, &args[0])?)?)),
            Op::IsRecord => {
                let t = self.eval(ctx, &args[0])?;
                let tag = self.eval(ctx, &args[1])?;
                let size = self.eval(ctx, &args[2])?;
                if !tag.is_atom() {
                    return Err(());
                }
                let n = size.as_small().ok_or(())?;
                Ok(Term::bool(match t.as_tuple() {
                    Some(el) => el.len() as isize == n && !el.is_empty() && el[0] == tag,
                    None => false,
                }))
            }
            Op::SelfPid => Ok(Term::pid(ctx.p.pid)),
            Op::Node => Ok(Term::atom(am::NONODE)),
        }
    }
}

fn type_test(t: Test, v: Term) -> bool {
    match t {
        Test::Atom => v.is_atom(),
        Test::Float => v.is_float(),
        Test::Integer => v.is_integer(),
        Test::List => v.is_list() || v.is_nil(),
        Test::Number => v.is_number(),
        Test::Pid => v.is_pid(),
        Test::Port => v.is_port(),
        Test::Reference => v.is_ref(),
        Test::Tuple => v.is_tuple(),
        Test::Binary => crate::term::binary::is_binary(v),
        Test::Bitstring => v.is_bitstring(),
        Test::Function => v.is_fun(),
        Test::Map => v.is_map(),
        Test::Boolean => v.is_boolean(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atom_kinds() {
        let k = |s: &str| atom_kind(Atom::from_str(s));
        assert_eq!(k("_"), AtomKind::Wild);
        assert_eq!(k("$_"), AtomKind::Obj);
        assert_eq!(k("$$"), AtomKind::All);
        assert_eq!(k("$0"), AtomKind::Var(0));
        assert_eq!(k("$12"), AtomKind::Var(12));
        assert_eq!(k("$001"), AtomKind::Plain);
        assert_eq!(k("$1a"), AtomKind::Plain);
        assert_eq!(k("$"), AtomKind::Plain);
        assert_eq!(k("$99999999999"), AtomKind::Plain);
        assert_eq!(k("x"), AtomKind::Plain);
    }

    #[test]
    fn patterns_bind_and_compare() {
        let mut h = crate::heap::Heap::default();
        let v1 = Term::atom(Atom::from_str("$1"));
        let any = Term::atom(Atom::from_str("_"));
        let head = h.tuple(&[v1, v1, any]);
        let mut vars = Vec::new();
        head_vars(head, &mut vars, 0).unwrap();
        assert_eq!(vars, alloc::vec![1, 1]);
        vars.dedup();
        let bifs = hashbrown::HashMap::new();
        let cx = Compiler {
            vars: &vars,
            bifs: &bifs,
        };
        let p = cx.pat(head, 0).unwrap();
        let mut slots = [Term::NON_VALUE];
        let o = h.tuple(&[Term::small(1), Term::small(1), Term::NIL]);
        assert!(pmatch(&p, o, &mut slots));
        assert_eq!(slots[0], Term::small(1));
        let mut slots = [Term::NON_VALUE];
        let o = h.tuple(&[Term::small(1), Term::small(2), Term::NIL]);
        assert!(!pmatch(&p, o, &mut slots));
        assert!(ground(o, 0));
        assert!(!ground(head, 0));
    }
}
