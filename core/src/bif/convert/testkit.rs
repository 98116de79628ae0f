//! Test support for the BIF files: a reader for `~w` term text and a runner
//! for fixture files of OTP results (`Function<TAB>Args<TAB>ok V | error R`,
//! written by the `gen_otp_cases.escript` next to each fixture).

use crate::atom::Atom;
use crate::bif::{Class, Ctx, Exc};
use crate::heap::Heap;
use crate::host::NullHost;
use crate::num::float_text;
use crate::process::Process;
use crate::term::{map, print, Term};
use crate::vm::Vm;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::BigInt;

/// Reads a term in `~w` syntax (no pids, ports, refs or funs).
pub fn term(heap: &mut Heap, s: &str) -> Term {
    let mut p = P {
        s: s.as_bytes(),
        i: 0,
    };
    let t = p.term(heap);
    p.ws();
    assert_eq!(p.i, p.s.len(), "trailing text in {s}");
    t
}

struct P<'a> {
    s: &'a [u8],
    i: usize,
}

impl P<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }
    fn peek(&mut self) -> u8 {
        self.ws();
        self.s.get(self.i).copied().unwrap_or(0)
    }
    fn eat(&mut self, c: &[u8]) -> bool {
        self.ws();
        if self.s[self.i..].starts_with(c) {
            self.i += c.len();
            true
        } else {
            false
        }
    }
    fn expect(&mut self, c: &[u8]) {
        assert!(
            self.eat(c),
            "expected {:?} at {} in {:?}",
            core::str::from_utf8(c),
            self.i,
            core::str::from_utf8(self.s)
        );
    }

    fn term(&mut self, heap: &mut Heap) -> Term {
        match self.peek() {
            b'[' => {
                self.i += 1;
                let mut elems = Vec::new();
                if self.eat(b"]") {
                    return Term::NIL;
                }
                loop {
                    elems.push(self.term(heap));
                    if self.eat(b",") {
                        continue;
                    }
                    let tail = if self.eat(b"|") {
                        self.term(heap)
                    } else {
                        Term::NIL
                    };
                    self.expect(b"]");
                    return heap.list_with_tail(&elems, tail);
                }
            }
            b'{' => {
                self.i += 1;
                let mut elems = Vec::new();
                if !self.eat(b"}") {
                    loop {
                        elems.push(self.term(heap));
                        if !self.eat(b",") {
                            break;
                        }
                    }
                    self.expect(b"}");
                }
                heap.tuple(&elems)
            }
            b'#' => {
                self.expect(b"#{");
                let mut pairs = Vec::new();
                if !self.eat(b"}") {
                    loop {
                        let k = self.term(heap);
                        self.expect(b"=>");
                        let v = self.term(heap);
                        pairs.push((k, v));
                        if !self.eat(b",") {
                            break;
                        }
                    }
                    self.expect(b"}");
                }
                map::from_pairs(heap, &mut pairs)
            }
            b'<' => {
                self.expect(b"<<");
                let mut bytes = Vec::new();
                let mut bits = 0usize;
                if !self.eat(b">>") {
                    loop {
                        let v = self.number_text();
                        let v: u64 = v.parse().unwrap();
                        if self.eat(b":") {
                            let n: usize = self.number_text().parse().unwrap();
                            bytes.push((v as u8) << (8 - n));
                            bits = n;
                            self.expect(b">>");
                            break;
                        }
                        bytes.push(v as u8);
                        if !self.eat(b",") {
                            self.expect(b">>");
                            break;
                        }
                    }
                }
                let bin = heap.binary(&bytes);
                if bits == 0 {
                    bin
                } else {
                    let total = (bytes.len() - 1) * 8 + bits;
                    heap.sub_binary(bin, 0, total)
                }
            }
            b'\'' => {
                self.i += 1;
                let mut name = String::new();
                loop {
                    let c = self.s[self.i];
                    self.i += 1;
                    match c {
                        b'\'' => break,
                        b'\\' => name.push(self.escape()),
                        _ => {
                            // Copy one UTF-8 character.
                            let start = self.i - 1;
                            let mut end = self.i;
                            while end < self.s.len() && (self.s[end] & 0xC0) == 0x80 {
                                end += 1;
                            }
                            name.push_str(core::str::from_utf8(&self.s[start..end]).unwrap());
                            self.i = end;
                        }
                    }
                }
                Term::atom(Atom::intern(name.as_bytes()).unwrap())
            }
            c if c.is_ascii_lowercase() || c >= 0x80 => {
                let start = self.i;
                while self.i < self.s.len()
                    && (self.s[self.i].is_ascii_alphanumeric()
                        || self.s[self.i] >= 0x80
                        || matches!(self.s[self.i], b'_' | b'@'))
                {
                    self.i += 1;
                }
                Term::atom(Atom::intern(&self.s[start..self.i]).unwrap())
            }
            _ => {
                let text = self.number_text();
                if text.contains('.') {
                    let f = float_text::parse(text.as_bytes()).unwrap();
                    heap.float(f)
                } else {
                    let b: BigInt = text.parse().unwrap();
                    heap.bigint(&b)
                }
            }
        }
    }

    fn escape(&mut self) -> char {
        let c = self.s[self.i];
        self.i += 1;
        match c {
            b'n' => '\n',
            b't' => '\t',
            b'r' => '\r',
            b'e' => '\x1b',
            b'v' => '\x0b',
            b'f' => '\x0c',
            b'b' => '\x08',
            b's' => ' ',
            b'd' => '\x7f',
            b'x' => {
                self.expect(b"{");
                let start = self.i;
                while self.s[self.i] != b'}' {
                    self.i += 1;
                }
                let hex = core::str::from_utf8(&self.s[start..self.i]).unwrap();
                self.i += 1;
                char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap()
            }
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match self.s.get(self.i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            self.i += 1;
                        }
                        _ => break,
                    }
                }
                char::from_u32(v).unwrap()
            }
            other => other as char,
        }
    }

    fn number_text(&mut self) -> String {
        self.ws();
        let start = self.i;
        while self.i < self.s.len()
            && (self.s[self.i].is_ascii_alphanumeric()
                || matches!(self.s[self.i], b'-' | b'+' | b'.'))
        {
            self.i += 1;
        }
        String::from(core::str::from_utf8(&self.s[start..self.i]).unwrap())
    }
}

/// A VM and a process to call BIFs with.
pub struct Rig {
    pub vm: Vm,
    pub p: Process,
}

impl Rig {
    pub fn new() -> Rig {
        Rig {
            vm: Vm::new(Box::new(NullHost::default())),
            p: Process::new(1),
        }
    }

    /// Reads a term onto the process heap.
    pub fn t(&mut self, s: &str) -> Term {
        term(&mut self.p.heap, s)
    }

    /// Calls `erlang:F(Args...)` and renders the outcome as the fixtures do.
    pub fn call(&mut self, f: &str, args: &[Term]) -> String {
        self.call_in("erlang", f, args)
    }

    /// Calls `M:F(Args...)` and renders the outcome as the fixtures do:
    /// `ok Value` or `error Reason`.
    pub fn call_in(&mut self, m: &str, f: &str, args: &[Term]) -> String {
        let key = (Atom::from_str(m), Atom::from_str(f), args.len() as u32);
        let Some(&bif) = self.vm.code.bifs.get(&key) else {
            return alloc::format!("error undef {f}/{}", args.len());
        };
        let mut ctx = Ctx {
            vm: &mut self.vm,
            p: &mut self.p,
        };
        match bif(&mut ctx, args) {
            Ok(v) => alloc::format!("ok {}", print::to_string(v)),
            Err(
                Exc::Raise {
                    class: Class::Error,
                    reason,
                }
                | Exc::Cause { reason, .. },
            ) => alloc::format!("error {}", print::to_string(reason)),
            Err(e) => alloc::format!("other {e:?}"),
        }
    }

    /// `call` with the arguments given as `~w` text of a list.
    pub fn eval(&mut self, f: &str, args: &str) -> String {
        let l = self.t(args);
        let mut v = Vec::new();
        let mut l = l;
        while let Some((h, t)) = l.as_cons() {
            v.push(h);
            l = t;
        }
        self.call(f, &v)
    }
}

/// Runs every line of a fixture; panics listing the first mismatches.
pub fn check_fixture(text: &str) {
    let mut fails = Vec::new();
    let mut n = 0;
    let mut rig = Rig::new();
    for line in text.lines() {
        if line.is_empty() {
            continue;
        }
        let mut parts = line.splitn(3, '\t');
        let (Some(f), Some(args), Some(want)) = (parts.next(), parts.next(), parts.next()) else {
            panic!("bad fixture line {line}");
        };
        // A fresh process per case keeps heaps small.
        rig.p = Process::new(1);
        let fname = {
            let mut h = Heap::default();
            term(&mut h, f).as_atom().unwrap().name()
        };
        let got = rig.eval(core::str::from_utf8(fname).unwrap(), args);
        n += 1;
        if got != want {
            fails.push(alloc::format!("{f}{args}: want {want}, got {got}"));
        }
    }
    assert!(n > 0, "empty fixture");
    if !fails.is_empty() {
        let shown: Vec<&String> = fails.iter().take(40).collect();
        panic!(
            "{} of {} cases differ:\n{}",
            fails.len(),
            n,
            shown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}
