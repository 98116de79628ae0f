//! The process list as JSON text: the page parses it with `JSON.parse`,
//! which is cheaper to keep right than a binary layout read field by field
//! from linear memory, and a few hundred processes make a few kilobytes.

use alloc::string::String;
use beamr_core::atom::Atom;
use beamr_core::vm::introspect::ProcessInfo;
use core::fmt::Write;

/// `[{"pid":"<0.5.0>","name":"user"|null,"status":"waiting","queue":0,
/// "heap":233,"reductions":12,"current":"m:f/1"|null}, ...]`
pub fn processes(procs: &[ProcessInfo]) -> String {
    let mut s = String::from("[");
    for (i, p) in procs.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        let _ = write!(s, "{{\"pid\":\"<0.{}.0>\",\"name\":", p.pid);
        match p.registered_name {
            Some(n) => string(&mut s, n.name()),
            None => s.push_str("null"),
        }
        let _ = write!(
            s,
            ",\"status\":\"{}\",\"queue\":{},\"heap\":{},\"reductions\":{},\"current\":",
            p.state.name(),
            p.message_queue_len,
            p.heap_words,
            p.reductions
        );
        match p.current_function {
            Some((m, f, a)) => {
                let mut mfa = String::new();
                let _ = write!(mfa, "{}:{}/{a}", text(m), text(f));
                string(&mut s, mfa.as_bytes());
            }
            None => s.push_str("null"),
        }
        s.push('}');
    }
    s.push(']');
    s
}

fn text(a: Atom) -> String {
    String::from_utf8_lossy(a.name()).into_owned()
}

/// A JSON string literal (atoms may hold quotes and control characters).
fn string(s: &mut String, bytes: &[u8]) {
    s.push('"');
    for c in String::from_utf8_lossy(bytes).chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(s, "\\u{:04x}", c as u32);
            }
            c => s.push(c),
        }
    }
    s.push('"');
}

#[cfg(test)]
mod tests {
    use super::processes;
    use beamr_core::atom::Atom;
    use beamr_core::vm::introspect::{ProcessInfo, State};

    #[test]
    fn escapes_names_and_writes_null_for_unknowns() {
        let p = ProcessInfo {
            pid: 7,
            registered_name: Some(Atom::from_str("a\"b\n")),
            state: State::Waiting,
            message_queue_len: 2,
            heap_words: 233,
            reductions: 10,
            current_function: None,
        };
        assert_eq!(
            processes(&[p]),
            "[{\"pid\":\"<0.7.0>\",\"name\":\"a\\\"b\\u000a\",\"status\":\"waiting\",\
             \"queue\":2,\"heap\":233,\"reductions\":10,\"current\":null}]"
        );
    }
}
