//! Terms as text, the way `io:format("~w", [T])` prints them in OTP 25.
//!
//! For error reports, crash messages and debugging; `io:format` itself runs
//! OTP's Erlang code. What is printed:
//!
//! - atoms quoted exactly when `io_lib:write_atom/1` quotes them (reserved
//!   words, anything not `[a-zß-ÿ][a-zA-Zß-ÿÀ-Þ0-9_@]*` minus `÷`/`×`), with
//!   its escapes (`\'`, `\\`, `\n`, `\e`, octal `\NNN` for other control
//!   characters, `\x{HEX}` above 255);
//! - integers in decimal, floats in OTP's shortest round-trip form
//!   (`float_to_list(F, [short])`: `1.0`, `0.1`, `1.0e3`, `-0.0`);
//! - lists as `[1,2|3]` (strings too: `~w` never prints `"abc"`), tuples
//!   `{a,b}`, maps `#{a => 1,b => 2}` in the map's iteration order (OTP 25's
//!   `~w` also uses internal order: key order for maps up to 32 keys);
//! - binaries `<<1,2,3>>`, bitstrings `<<1,2,3:4>>` (the last element is the
//!   value of the trailing bits); a match context prints as its remaining bits;
//! - local pids `<0.N.S>` (N the low 32 bits of the pid number, S the rest),
//!   ports `#Port<0.N>`, refs `#Ref<0.0.H.L>` (H/L the high/low 32 bits of the
//!   id, as [`crate::etf`] encodes them);
//! - funs as `#Fun<Module.Index.Uniq>` and `fun M:F/A`, when the code layer
//!   has registered a [`compare::set_fun_identity`] resolver (else
//!   `#Fun<...>`);
//! - VM-internal words that are not terms (catch tags, code pointers, the
//!   non-value, stray headers) in a `#Name<...>` form no Erlang term has.
//!
//! Printing is iterative (explicit stack), so deep or long terms are fine.

use super::binary;
use super::boxed::{self, Subtag};
use super::compare::{self, FunIdentity};
use super::integer;
use super::Term;
use crate::atom::Atom;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

enum Item {
    Term(Term),
    Str(&'static str),
    /// The rest of a list after an element: `,next...`, `|tail` or nothing.
    ListRest(Term),
    /// Tuple elements from index `i` on, each preceded by a comma.
    TupleRest(Term, usize),
}

/// Appends the `~w` text of `t` to `out`.
pub fn write_term(out: &mut String, t: Term) {
    write_impl(out, t, false)
}

/// Like [`write_term`], but lists of printable ASCII are shown as strings,
/// the way `~p` shows them: for error reports people read.
pub fn write_readable(out: &mut String, t: Term) {
    write_impl(out, t, true)
}

/// The text of a printable string, if `t` is a non-empty list of printable
/// ASCII characters.
fn as_printable(t: Term) -> Option<String> {
    let mut s = String::new();
    let mut l = t;
    while let Some((h, tl)) = l.as_cons() {
        let c = h.as_small()?;
        match c {
            0x20..=0x7E => {
                if c == 0x22 || c == 0x5C {
                    s.push('\\');
                }
                s.push(c as u8 as char);
            }
            0x0A => s.push_str("\\n"),
            0x09 => s.push_str("\\t"),
            _ => return None,
        }
        l = tl;
    }
    if l.is_nil() && !s.is_empty() {
        Some(s)
    } else {
        None
    }
}

fn write_impl(out: &mut String, t: Term, strings: bool) {
    let mut stack: Vec<Item> = Vec::new();
    stack.push(Item::Term(t));
    while let Some(item) = stack.pop() {
        match item {
            Item::Str(s) => out.push_str(s),
            Item::ListRest(rest) => {
                if let Some((h, tl)) = rest.as_cons() {
                    out.push(',');
                    stack.push(Item::ListRest(tl));
                    stack.push(Item::Term(h));
                } else if !rest.is_nil() {
                    out.push('|');
                    stack.push(Item::Term(rest));
                }
            }
            Item::TupleRest(tuple, i) => {
                let elems = tuple.as_tuple().unwrap_or(&[]);
                if i < elems.len() {
                    out.push(',');
                    stack.push(Item::TupleRest(tuple, i + 1));
                    stack.push(Item::Term(elems[i]));
                }
            }
            Item::Term(t) => {
                if strings && t.is_list() {
                    if let Some(text) = as_printable(t) {
                        out.push('"');
                        out.push_str(&text);
                        out.push('"');
                        continue;
                    }
                }
                write_one(out, t, &mut stack)
            }
        }
    }
}

/// The `~w` text of `t` as a new string.
pub fn to_string(t: Term) -> String {
    let mut s = String::new();
    write_term(&mut s, t);
    s
}

fn write_one(out: &mut String, t: Term, stack: &mut Vec<Item>) {
    if let Some(i) = t.as_small() {
        let _ = write!(out, "{i}");
    } else if let Some(a) = t.as_atom() {
        write_atom(out, a);
    } else if t.is_nil() {
        out.push_str("[]");
    } else if let Some((h, tl)) = t.as_cons() {
        out.push('[');
        stack.push(Item::Str("]"));
        stack.push(Item::ListRest(tl));
        stack.push(Item::Term(h));
    } else if t.is_pid() {
        let v = t.pid_value() as u64;
        let _ = write!(out, "<0.{}.{}>", v & 0xFFFF_FFFF, v >> 32);
    } else if t.is_port() {
        let _ = write!(out, "#Port<0.{}>", t.port_value());
    } else if t.is_boxed() {
        write_boxed(out, t, stack);
    } else if t.is_catch() {
        let _ = write!(out, "#Catch<{}>", t.catch_value());
    } else if t.is_cp() {
        let _ = write!(out, "#Cp<{}>", t.cp_value());
    } else if !t.is_value() {
        out.push_str("#NonValue<>");
    } else {
        let _ = write!(out, "#Header<{:#x}>", t.raw());
    }
}

fn write_boxed(out: &mut String, t: Term, stack: &mut Vec<Item>) {
    match t.header().subtag() {
        Subtag::Tuple => {
            let elems = t.as_tuple().unwrap_or(&[]);
            out.push('{');
            stack.push(Item::Str("}"));
            if let Some(&first) = elems.first() {
                stack.push(Item::TupleRest(t, 1));
                stack.push(Item::Term(first));
            }
        }
        Subtag::BigPos | Subtag::BigNeg => match integer::to_bigint(t) {
            Some(b) => {
                let _ = write!(out, "{b}");
            }
            None => out.push_str("#Bignum<>"),
        },
        Subtag::Float => out.push_str(&crate::num::float_text::short(boxed::float_value(t))),
        Subtag::Ref => {
            let id = boxed::ref_value(t);
            let _ = write!(out, "#Ref<0.0.{}.{}>", id >> 32, id & 0xFFFF_FFFF);
        }
        Subtag::Fun | Subtag::Export => match compare::fun_identity(t) {
            Some(FunIdentity::Local {
                module,
                index,
                uniq,
            }) => {
                // OTP prints the module name raw here, never quoted.
                out.push_str("#Fun<");
                out.push_str(&String::from_utf8_lossy(module.name()));
                let _ = write!(out, ".{index}.{uniq}>");
            }
            Some(FunIdentity::Export {
                module,
                function,
                arity,
            }) => {
                out.push_str("fun ");
                write_atom(out, module);
                out.push(':');
                write_atom(out, function);
                let _ = write!(out, "/{arity}");
            }
            None => out.push_str("#Fun<...>"),
        },
        Subtag::HeapBin | Subtag::RefcBin | Subtag::SubBin => match binary::bitstring(t) {
            Some(bits) => write_bits(out, &bits),
            None => out.push_str("<<>>"),
        },
        Subtag::MatchCtx => {
            let orig = t.payload_term(0);
            let (pos, end) = (t.payload(1), t.payload(2));
            match binary::bitstring(orig) {
                Some(b) if pos <= end && end <= b.bit_size => {
                    let rest = binary::BitSlice {
                        base: b.base,
                        bit_offset: b.bit_offset + pos,
                        bit_size: end - pos,
                    };
                    write_bits(out, &rest);
                }
                _ => out.push_str("#MatchState<>"),
            }
        }
        Subtag::FlatMap | Subtag::HashMap => {
            let pairs = map_pairs(t);
            out.push_str("#{");
            stack.push(Item::Str("}"));
            for (i, &(k, v)) in pairs.iter().enumerate().rev() {
                stack.push(Item::Term(v));
                stack.push(Item::Str(" => "));
                stack.push(Item::Term(k));
                if i > 0 {
                    stack.push(Item::Str(","));
                }
            }
        }
        st => {
            let _ = write!(out, "#Boxed<{st:?}>");
        }
    }
}

/// The key/value pairs of a map in its iteration order.
fn map_pairs(t: Term) -> Vec<(Term, Term)> {
    super::map::iter(t).collect()
}

fn write_bits(out: &mut String, b: &binary::BitSlice<'_>) {
    out.push_str("<<");
    let whole = b.bit_size / 8;
    let rem = b.bit_size % 8;
    for i in 0..whole {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "{}", b.byte(i));
    }
    if rem > 0 {
        if whole > 0 {
            out.push(',');
        }
        let v = b.byte(whole) >> (8 - rem);
        let _ = write!(out, "{v}:{rem}");
    }
    out.push_str(">>");
}

/// Words `io_lib` always quotes (`erl_scan:reserved_word/1` in OTP 25).
const RESERVED: &[&str] = &[
    "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case",
    "catch", "cond", "div", "end", "fun", "if", "let", "not", "of", "or", "orelse", "receive",
    "rem", "try", "when", "xor",
];

fn is_lower(c: char) -> bool {
    c.is_ascii_lowercase() || (('\u{DF}'..='\u{FF}').contains(&c) && c != '\u{F7}')
}

fn is_name_char(c: char) -> bool {
    is_lower(c)
        || c.is_ascii_uppercase()
        || (('\u{C0}'..='\u{DE}').contains(&c) && c != '\u{D7}')
        || c.is_ascii_digit()
        || c == '_'
        || c == '@'
}

/// Whether `io_lib:write_atom/1` quotes an atom with this name.
pub fn atom_needs_quotes(name: &str) -> bool {
    if RESERVED.contains(&name) {
        return true;
    }
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if is_lower(c) => !chars.all(is_name_char),
        _ => true,
    }
}

/// Appends an atom as `~w` prints it.
pub fn write_atom(out: &mut String, a: Atom) {
    let bytes = a.name();
    let name = match core::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(_) => {
            // Atom names are UTF-8 by construction; show anything else raw.
            out.push('\'');
            for &b in bytes {
                let _ = write!(out, "\\x{{{b:X}}}");
            }
            out.push('\'');
            return;
        }
    };
    if !atom_needs_quotes(name) {
        out.push_str(name);
        return;
    }
    out.push('\'');
    for c in name.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            ' '..='~' | '\u{A0}'..='\u{FF}' => out.push(c),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{B}' => out.push_str("\\v"),
            '\u{8}' => out.push_str("\\b"),
            '\u{C}' => out.push_str("\\f"),
            '\u{1B}' => out.push_str("\\e"),
            '\u{7F}' => out.push_str("\\d"),
            c if (c as u32) < 0xA0 => {
                let v = c as u32;
                let _ = write!(out, "\\{}{}{}", v >> 6, (v >> 3) & 7, v & 7);
            }
            c => {
                let _ = write!(out, "\\x{{{:X}}}", c as u32);
            }
        }
    }
    out.push('\'');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Heap;

    fn atom(s: &str) -> String {
        let mut o = String::new();
        write_atom(&mut o, Atom::intern(s.as_bytes()).unwrap());
        o
    }

    #[test]
    fn atoms_quote_as_otp() {
        // Expected texts from OTP 25: io:format("~w~n", [list_to_atom(S)]).
        let cases: &[(&str, &str)] = &[
            ("abc", "abc"),
            ("Abc", "'Abc'"),
            ("hello world", "'hello world'"),
            ("", "''"),
            ("[]", "'[]'"),
            ("a@b", "a@b"),
            ("a.b", "'a.b'"),
            ("a_B9", "a_B9"),
            ("after", "'after'"),
            ("maybe", "maybe"),
            ("else", "else"),
            ("cond", "'cond'"),
            ("let", "'let'"),
            ("ünï", "ünï"),
            ("ß", "ß"),
            ("÷a", "'÷a'"),
            ("aÿ", "aÿ"),
            ("a÷", "'a÷'"),
            ("日本", "'\\x{65E5}\\x{672C}'"),
            ("a'b", "'a\\'b'"),
            ("a\\b", "'a\\\\b'"),
            ("a\nb", "'a\\nb'"),
            ("a\tb", "'a\\tb'"),
            ("\u{1b}", "'\\e'"),
            ("\u{7f}", "'\\d'"),
            ("\u{80}", "'\\200'"),
            ("\u{a0}", "'\u{a0}'"),
            ("é", "é"),
            ("É", "'É'"),
            ("_a", "'_a'"),
            ("9", "'9'"),
            ("a-b", "'a-b'"),
            ("\u{0}", "'\\000'"),
            ("\u{1}", "'\\001'"),
            ("ÿ", "ÿ"),
            ("À", "'À'"),
            ("×", "'×'"),
            ("aB", "aB"),
            ("a@", "a@"),
            ("@", "'@'"),
            ("true", "true"),
            ("nil", "nil"),
            ("a\"b", "'a\"b'"),
            ("\u{8}", "'\\b'"),
            ("\u{b}", "'\\v'"),
            ("\u{c}", "'\\f'"),
            ("\r", "'\\r'"),
            ("\u{1f}", "'\\037'"),
            ("fun", "'fun'"),
            ("of", "'of'"),
            ("div", "'div'"),
            ("andalso", "'andalso'"),
            ("begin", "'begin'"),
            ("query", "query"),
            ("spec", "spec"),
        ];
        for (name, want) in cases {
            assert_eq!(&atom(name), want, "atom {name:?}");
        }
    }

    #[test]
    fn terms_print_as_otp() {
        let mut h = Heap::default();
        let a = |s: &str| Term::atom(Atom::from_str(s));
        let cases: Vec<(Term, &str)> = alloc::vec![
            (Term::NIL, "[]"),
            (h.str_list("abc"), "[97,98,99]"),
            (
                h.list_with_tail(&[Term::small(1), Term::small(2)], Term::small(3)),
                "[1,2|3]"
            ),
            (h.list_with_tail(&[a("a")], a("b")), "[a|b]"),
            (h.binary(b""), "<<>>"),
            (h.binary(b"abc"), "<<97,98,99>>"),
            (
                {
                    let b = h.binary(&[0x20]);
                    h.sub_binary(b, 0, 3)
                },
                "<<1:3>>"
            ),
            (
                {
                    let b = h.binary(&[1, 2, 0x30]);
                    h.sub_binary(b, 0, 20)
                },
                "<<1,2,3:4>>"
            ),
            (h.tuple(&[]), "{}"),
            (
                {
                    let c = h.list(&[a("c")]);
                    let inner = h.tuple(&[a("b"), c]);
                    h.tuple(&[a("a"), inner])
                },
                "{a,{b,[c]}}"
            ),
            (Term::pid(9), "<0.9.0>"),
            (Term::port(0), "#Port<0.0>"),
            (h.reference(5), "#Ref<0.0.0.5>"),
            (h.reference((7 << 32) | 5), "#Ref<0.0.7.5>"),
            (h.float(1.0), "1.0"),
            (h.float(0.1), "0.1"),
            (h.float(-0.0), "-0.0"),
            (h.float(1.0e300), "1.0e300"),
            (h.float(5.0e-324), "5.0e-324"),
            (h.float(123456.789), "123456.789"),
            (h.float(1000.0), "1.0e3"),
            (h.float(123456789012345678.0), "1.2345678901234568e17"),
            (h.float(0.00012345), "1.2345e-4"),
            (
                h.int128(-12345678901234567890123),
                "-12345678901234567890123"
            ),
            (h.int128(1 << 100), "1267650600228229401496703205376"),
            (h.list(&[Term::NIL]), "[[]]"),
            (
                {
                    let e = h.tuple(&[]);
                    h.list_with_tail(&[e], e)
                },
                "[{}|{}]"
            ),
            (a("hello"), "hello"),
            (Term::small(-42), "-42"),
        ];
        for (t, want) in cases {
            assert_eq!(to_string(t), want);
        }
    }

    #[test]
    fn maps_print_as_otp() {
        let mut h = Heap::default();
        let a = |s: &str| Term::atom(Atom::from_str(s));
        let empty = crate::term::map::from_pairs(&mut h, &mut []);
        assert_eq!(to_string(empty), "#{}");
        let inner = crate::term::map::from_pairs(&mut h, &mut [(a("c"), Term::NIL)]);
        let m =
            crate::term::map::from_pairs(&mut h, &mut [(a("b"), inner), (a("a"), Term::small(1))]);
        assert_eq!(to_string(m), "#{a => 1,b => #{c => []}}");
    }

    #[test]
    fn readable_shows_strings() {
        let mut h = crate::heap::Heap::default();
        let s = h.str_list("a\"b");
        let t = h.tuple(&[Term::atom(crate::atom::am::FILE), s]);
        let mut out = String::new();
        write_readable(&mut out, t);
        assert_eq!(out, "{file,\"a\\\"b\"}");
        let l = h.list(&[Term::small(1), Term::small(2)]);
        let mut out = String::new();
        write_readable(&mut out, l);
        assert_eq!(out, "[1,2]");
    }

    #[test]
    fn deep_terms_do_not_recurse() {
        let mut h = Heap::default();
        let mut t = Term::NIL;
        for _ in 0..100_000 {
            t = h.tuple(&[t]);
        }
        for _ in 0..100_000 {
            t = h.list(&[t]);
        }
        let s = to_string(t);
        assert_eq!(s.len(), 2 + 100_000 * 4);
        assert!(s.starts_with("[[[") && s.ends_with("]]]"));
        assert!(s.contains("[{{{") && s.contains("{[]}") && s.contains("}}]]"));
    }
}
