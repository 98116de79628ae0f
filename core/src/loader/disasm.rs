//! A readable listing of a [`RawModule`]'s generic code, for debugging.

use alloc::format;
use alloc::string::String;
use core::fmt::Write;

use super::genop;
use super::{Operand, RawModule, Reg};

/// Renders the module's tables and generic code as text, one instruction per
/// line: byte offset in the `Code` chunk, opcode name, operands.
///
/// Operands print as: `5` untagged, `#5` integer, `foo` / `'Foo'` atom, `nil`
/// (`[]`), `x(0)`, `y(1)`, `f(3)` label, `$a` character, `fr(0)` float
/// register, `lit(2)` literal, `x(0)/t4` typed register, `[...]` extended
/// list, `alloc(words:3, floats:0, funs:1)`. Import, fun and line indices
/// are annotated with what they refer to.
pub fn disasm(m: &RawModule) -> String {
    let mut s = String::new();
    let _ = write_listing(&mut s, m);
    s
}

fn write_listing(s: &mut String, m: &RawModule) -> core::fmt::Result {
    writeln!(s, "module {}", quote(&m.name))?;
    writeln!(
        s,
        "  instruction set {}, max opcode {}, {} labels, {} functions, {} atoms, {} literals",
        m.instruction_set,
        m.max_opcode,
        m.label_count,
        m.function_count,
        m.atoms.len(),
        m.literals.len()
    )?;
    if !m.skipped_chunks.is_empty() {
        write!(s, "  skipped chunks:")?;
        for id in &m.skipped_chunks {
            write!(s, " {}", String::from_utf8_lossy(id))?;
        }
        writeln!(s)?;
    }
    writeln!(s, "exports:")?;
    for &(f, a, l) in &m.exports {
        writeln!(s, "  {}/{} -> f({})", atom(m, f), a, l)?;
    }
    writeln!(s, "imports:")?;
    for (i, &(md, f, a)) in m.imports.iter().enumerate() {
        writeln!(s, "  {:3}: {}:{}/{}", i, atom(m, md), atom(m, f), a)?;
    }
    if !m.funs.is_empty() {
        writeln!(s, "funs:")?;
        for (i, e) in m.funs.iter().enumerate() {
            writeln!(
                s,
                "  {:3}: {}/{} -> f({}), {} free",
                i,
                atom(m, e.function),
                e.arity,
                e.label,
                e.num_free
            )?;
        }
    }
    writeln!(s, "code:")?;
    for op in &m.code {
        if op.opcode == genop::LABEL {
            let n = match m.args(op).first() {
                Some(Operand::Untagged(n)) => format!("{n}"),
                Some(o) => operand(m, o),
                None => String::from("?"),
            };
            writeln!(s, "{:06x} label {}:", op.offset, n)?;
            continue;
        }
        write!(s, "{:06x}     {}", op.offset, op.name())?;
        for (i, a) in m.args(op).iter().enumerate() {
            s.push_str(if i == 0 { " " } else { ", " });
            s.push_str(&operand(m, a));
            if let Operand::Untagged(n) = a {
                annotate(s, m, op.opcode, i, *n);
            }
        }
        writeln!(s)?;
    }
    Ok(())
}

/// Adds `(erlang:'+'/2)` and the like after index operands.
fn annotate(s: &mut String, m: &RawModule, opcode: u8, arg: usize, n: u64) {
    use genop::*;
    let import_arg = match opcode {
        CALL_EXT | CALL_EXT_LAST | CALL_EXT_ONLY | BIF1 | BIF2 => Some(1),
        BIF0 => Some(0),
        GC_BIF1 | GC_BIF2 | GC_BIF3 => Some(2),
        _ => None,
    };
    if import_arg == Some(arg) {
        if let Some(&(md, f, a)) = usize::try_from(n).ok().and_then(|i| m.imports.get(i)) {
            let _ = write!(s, " ({}:{}/{})", atom(m, md), atom(m, f), a);
        }
    } else if opcode == MAKE_FUN3 && arg == 0 {
        if let Some(e) = usize::try_from(n).ok().and_then(|i| m.funs.get(i)) {
            let _ = write!(s, " (fun {}/{})", atom(m, e.function), e.arity);
        }
    } else if (opcode == LINE || opcode == EXECUTABLE_LINE || opcode == DEBUG_LINE) && arg == 0 {
        if let Some((file, line)) = u32::try_from(n).ok().and_then(|i| m.lines.location(i)) {
            let _ = write!(s, " ({file}:{line})");
        }
    }
}

fn atom(m: &RawModule, index: u32) -> String {
    match m.atom(index) {
        Some(a) => quote(a),
        None => format!("<atom {index}?>"),
    }
}

/// An atom as Erlang would print it.
fn quote(a: &str) -> String {
    let mut chars = a.chars();
    let plain = matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '@');
    if plain {
        return String::from(a);
    }
    let mut s = String::from("'");
    for c in a.chars() {
        match c {
            '\'' => s.push_str("\\'"),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(s, "\\x{{{:x}}}", c as u32);
            }
            c => s.push(c),
        }
    }
    s.push('\'');
    s
}

fn operand(m: &RawModule, o: &Operand) -> String {
    match o {
        Operand::Untagged(n) => format!("{n}"),
        Operand::Int(n) => format!("#{n}"),
        Operand::BigInt(i) => match m.bigint(*i) {
            Some(n) => format!("#{n}"),
            None => format!("<bigint {i}?>"),
        },
        Operand::Atom(a) => atom(m, *a),
        Operand::Nil => String::from("nil"),
        Operand::X(n) => format!("x({n})"),
        Operand::Y(n) => format!("y({n})"),
        Operand::Label(n) => format!("f({n})"),
        Operand::Char(c) => match char::from_u32(*c) {
            Some(ch) if ch.is_ascii_graphic() => format!("${ch}"),
            _ => format!("$\\x{{{c:x}}}"),
        },
        Operand::Float(f) => format!("{f:?}"),
        Operand::List(items) => {
            let mut s = String::from("[");
            for (i, it) in m.list(*items).iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&operand(m, it));
            }
            s.push(']');
            s
        }
        Operand::FReg(n) => format!("fr({n})"),
        Operand::AllocList(items) => {
            let mut s = String::from("alloc(");
            for (i, &(kind, n)) in m.alloc_list(*items).iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                let k = match kind {
                    0 => "words",
                    1 => "floats",
                    _ => "funs",
                };
                let _ = write!(s, "{k}:{n}");
            }
            s.push(')');
            s
        }
        Operand::Literal(n) => format!("lit({n})"),
        Operand::TypedReg(Reg::X(r), t) => format!("x({r})/t{t}"),
        Operand::TypedReg(Reg::Y(r), t) => format!("y({r})/t{t}"),
    }
}
