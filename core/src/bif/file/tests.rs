//! The `prim_file` NIFs over a host without files (everything is
//! `{error, enotsup}`) and over a small in-memory file system; the loader
//! pointing a module's NIF stubs at them; no panics on any arguments.

use super::*;
use crate::bif::convert::testkit::Rig;
use crate::host::Host;
use crate::term::print::to_string;
use crate::vm::Vm;
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec;

/// See testdata/prim_file.erl.
static STUB: &[u8] = include_bytes!("testdata/prim_file.beam");

/// Files in memory: one directory (`/`) of regular files.
#[derive(Default)]
struct MemFs {
    files: BTreeMap<Vec<u8>, Vec<u8>>,
    /// Handle -> (file, position, writable).
    open: BTreeMap<u64, (Vec<u8>, usize, bool)>,
    next: u64,
}

impl FileSystem for MemFs {
    fn open(&mut self, path: &[u8], mode: OpenMode) -> Result<u64, Posix> {
        if !self.files.contains_key(path) {
            if !mode.write {
                return Err("enoent");
            }
            self.files.insert(path.to_vec(), Vec::new());
        }
        self.next += 1;
        self.open.insert(self.next, (path.to_vec(), 0, mode.write));
        Ok(self.next)
    }
    fn read(&mut self, fd: u64, max: usize) -> Result<Vec<u8>, Posix> {
        let (path, pos, _) = self.open.get_mut(&fd).ok_or("ebadf")?;
        let data = &self.files[path.as_slice()];
        let start = (*pos).min(data.len());
        let end = start.saturating_add(max).min(data.len());
        *pos = end;
        Ok(data[start..end].to_vec())
    }
    fn write(&mut self, fd: u64, bytes: &[u8]) -> Result<(), Posix> {
        let (path, pos, writable) = self.open.get_mut(&fd).ok_or("ebadf")?;
        if !*writable {
            return Err("ebadf");
        }
        let data = self.files.get_mut(path.as_slice()).ok_or("enoent")?;
        data.truncate(*pos);
        data.extend_from_slice(bytes);
        *pos = data.len();
        Ok(())
    }
    fn seek(&mut self, fd: u64, whence: Whence, offset: i64) -> Result<u64, Posix> {
        let (path, pos, _) = self.open.get_mut(&fd).ok_or("ebadf")?;
        let base = match whence {
            Whence::Bof => 0,
            Whence::Cur => *pos as i64,
            Whence::Eof => self.files[path.as_slice()].len() as i64,
        };
        let to = base
            .checked_add(offset)
            .filter(|&p| p >= 0)
            .ok_or("einval")?;
        *pos = to as usize;
        Ok(to as u64)
    }
    fn close(&mut self, fd: u64) -> Result<(), Posix> {
        self.open.remove(&fd).map(|_| ()).ok_or("ebadf")
    }
    fn file_info(&mut self, path: &[u8], _follow: bool) -> Result<FileInfo, Posix> {
        let (size, kind) = match self.files.get(path) {
            Some(d) => (d.len() as u64, FileType::Regular),
            None if path == b"/" => (0, FileType::Directory),
            None => return Err("enoent"),
        };
        Ok(FileInfo {
            size,
            kind,
            readable: true,
            writable: false,
            atime: 1,
            mtime: 2,
            ctime: 3,
            mode: 0o100644,
            links: 1,
            major_device: 0,
            minor_device: 0,
            inode: 7,
            uid: 0,
            gid: 0,
        })
    }
    fn list_dir(&mut self, path: &[u8]) -> Result<Vec<Vec<u8>>, Posix> {
        if path != b"/" {
            return Err("enotdir");
        }
        Ok(self
            .files
            .keys()
            .map(|k| k.strip_prefix(b"/").unwrap_or(k).to_vec())
            .collect())
    }
    fn get_cwd(&mut self) -> Result<Vec<u8>, Posix> {
        Ok(b"/".to_vec())
    }
}

/// A host with [`MemFs`] and the stub `prim_file` module.
#[derive(Default)]
struct MemHost {
    fs: MemFs,
}

impl Host for MemHost {
    fn monotonic_ns(&mut self) -> u64 {
        0
    }
    fn system_ns(&mut self) -> u64 {
        0
    }
    fn write(&mut self, _fd: u32, _bytes: &[u8]) {}
    fn find_module(&mut self, name: &str) -> Option<Vec<u8>> {
        (name == "prim_file").then(|| STUB.to_vec())
    }
    fn fs(&mut self) -> Option<&mut dyn FileSystem> {
        Some(&mut self.fs)
    }
    fn code_path(&mut self) -> Vec<String> {
        vec![String::from("/")]
    }
}

fn mem_rig() -> Rig {
    let mut r = Rig::new();
    r.vm = Vm::new(Box::new(MemHost::default()));
    r
}

/// Calls `prim_file:F/N` (a BIF): what it returned, or the reason it
/// raised.
fn call(r: &mut Rig, f: &str, args: &[Term]) -> String {
    let s = r.call_in("prim_file", f, args);
    match s.strip_prefix("ok ") {
        Some(v) => String::from(v),
        None => s.replace("error ", ""),
    }
}

/// A native name, as `internal_name2native/1` makes it.
fn native(r: &mut Rig, s: &str) -> Term {
    let mut v = s.as_bytes().to_vec();
    v.push(0);
    r.p.heap.binary(&v)
}

fn modes(r: &mut Rig, m: &[&str]) -> Term {
    let l: Vec<Term> = m.iter().map(|s| at(s)).collect();
    r.p.heap.list(&l)
}

#[test]
fn without_a_file_system_everything_is_enotsup() {
    let mut r = Rig::new();
    let p = native(&mut r, "/x");
    let read = modes(&mut r, &["read"]);
    let enotsup = "{error,enotsup}";
    assert_eq!(call(&mut r, "read_file_nif", &[p]), enotsup);
    assert_eq!(call(&mut r, "open_nif", &[p, read]), enotsup);
    assert_eq!(call(&mut r, "list_dir_nif", &[p]), enotsup);
    assert_eq!(call(&mut r, "read_info_nif", &[p, Term::small(1)]), enotsup);
    assert_eq!(call(&mut r, "get_cwd_nif", &[]), enotsup);
    assert_eq!(call(&mut r, "make_dir_nif", &[p]), enotsup);
    assert_eq!(call(&mut r, "del_file_nif", &[p]), enotsup);
    assert_eq!(call(&mut r, "rename_nif", &[p, p]), enotsup);
    assert_eq!(call(&mut r, "altname_nif", &[p]), enotsup);
    // Arguments of the wrong type are badarg whatever the host.
    assert_eq!(call(&mut r, "read_file_nif", &[Term::small(1)]), "badarg");
    assert_eq!(call(&mut r, "open_nif", &[p, Term::small(1)]), "badarg");
    assert_eq!(
        call(&mut r, "read_info_nif", &[p, Term::small(2)]),
        "badarg"
    );
    // Not a file: badarg (prim_file.erl turns it into {error, badarg}).
    let r0 = r.p.heap.reference(1);
    assert_eq!(call(&mut r, "close_nif", &[r0]), "badarg");
    assert_eq!(call(&mut r, "read_nif", &[r0, Term::small(1)]), "badarg");
}

#[test]
fn names() {
    let mut r = Rig::new();
    let l = r.p.heap.str_list("dir/é");
    assert_eq!(
        call(&mut r, "internal_name2native", &[l]),
        "<<100,105,114,47,195,169,0>>"
    );
    let deep = {
        let h = &mut r.p.heap;
        let inner = h.str_list("b");
        h.list(&[Term::small(97), inner, Term::NIL])
    };
    assert_eq!(call(&mut r, "internal_name2native", &[deep]), "<<97,98,0>>");
    let nul = r.p.heap.str_list("a\0b");
    assert_eq!(call(&mut r, "internal_name2native", &[nul]), "badarg");
    assert_eq!(call(&mut r, "internal_name2native", &[at("a")]), "badarg");
    let bad = r.p.heap.binary(&[255]);
    assert_eq!(
        call(&mut r, "internal_native2name", &[bad]),
        "{error,warning}"
    );
    assert_eq!(call(&mut r, "is_translatable", &[bad]), "false");
    let ok = r.p.heap.binary(b"ab");
    assert_eq!(call(&mut r, "internal_native2name", &[ok]), "[97,98]");
    assert_eq!(call(&mut r, "internal_normalize_utf8", &[bad]), "badarg");
}

#[test]
fn files_in_memory() {
    let mut r = mem_rig();
    let p = native(&mut r, "/a.txt");
    let read = modes(&mut r, &["read", "binary"]);
    assert_eq!(call(&mut r, "open_nif", &[p, read]), "{error,enoent}");
    let write = modes(&mut r, &["write", "raw"]);
    let opened = call(&mut r, "open_nif", &[p, write]);
    assert!(opened.starts_with("{ok,#Ref<"), "{opened}");
    // The reference is the second element of the last tuple built.
    let fd = r.vm.bifs.files.handles.keys().next().copied().unwrap();
    let fref = r.p.heap.reference(fd);
    let data = r.p.heap.binary(b"hello world");
    let iov = r.p.heap.list(&[data]);
    assert_eq!(call(&mut r, "write_nif", &[fref, iov]), "ok");
    let bof = at("bof");
    assert_eq!(
        call(&mut r, "seek_nif", &[fref, bof, Term::small(6)]),
        "{ok,6}"
    );
    assert_eq!(
        call(&mut r, "seek_nif", &[fref, bof, Term::small(-1)]),
        "{error,einval}"
    );
    assert_eq!(
        call(&mut r, "read_nif", &[fref, Term::small(3)]),
        "{ok,<<119,111,114>>}"
    );
    assert_eq!(
        call(&mut r, "read_nif", &[fref, Term::small(100)]),
        "{ok,<<108,100>>}"
    );
    assert_eq!(call(&mut r, "read_nif", &[fref, Term::small(1)]), "eof");
    assert_eq!(call(&mut r, "read_nif", &[fref, Term::small(-1)]), "badarg");
    assert_eq!(call(&mut r, "close_nif", &[fref]), "ok");
    assert_eq!(call(&mut r, "close_nif", &[fref]), "{error,einval}");
    assert_eq!(
        call(&mut r, "read_nif", &[fref, Term::small(1)]),
        "{error,einval}"
    );
    assert_eq!(
        call(&mut r, "read_file_nif", &[p]),
        "{ok,<<104,101,108,108,111,32,119,111,114,108,100>>}"
    );
    assert_eq!(
        call(&mut r, "read_info_nif", &[p, Term::small(1)]),
        "{file_info,11,regular,read,1,2,3,33188,1,0,0,7,0,0}"
    );
    let root = native(&mut r, "/");
    assert_eq!(
        call(&mut r, "list_dir_nif", &[root]),
        "{ok,[<<97,46,116,120,116>>]}"
    );
    assert_eq!(call(&mut r, "list_dir_nif", &[p]), "{error,enotdir}");
    assert_eq!(call(&mut r, "get_cwd_nif", &[]), "{ok,<<47>>}");
    // Operations the host does not offer.
    assert_eq!(call(&mut r, "make_dir_nif", &[p]), "{error,enotsup}");
}

#[test]
fn the_loader_points_nif_stubs_at_the_bifs() {
    let mut vm = Vm::new(Box::new(MemHost::default()));
    write_file(vm.host.fs().unwrap(), b"/f", b"xyz");
    assert!(vm.ensure_loaded(Atom::from_str("prim_file")));
    let mut h = crate::heap::Heap::default();
    let name = h.str_list("/f");
    let pid = vm
        .spawn(Atom::from_str("prim_file"), Atom::from_str("run"), &[name])
        .unwrap();
    while vm.has_ready() {
        vm.run_until_idle();
    }
    let res = vm.take_exit_result(pid).unwrap();
    assert_eq!(
        to_string(res.term()),
        "{{ok,<<120,121,122>>},{ok,<<47>>},{error,enotdir}}"
    );
}

#[test]
fn no_panics_on_any_arguments() {
    for mut r in [Rig::new(), mem_rig()] {
        let file = native(&mut r, "/a");
        let m = modes(&mut r, &["write", "read"]);
        let _ = call(&mut r, "open_nif", &[file, m]);
        let fd = r.vm.bifs.files.handles.keys().next().copied();
        let h = &mut r.p.heap;
        let mut samples = vec![
            Term::small(0),
            Term::small(-1),
            Term::small(1),
            Term::NIL,
            at("bof"),
            at("eof"),
            at("normal"),
            file,
            m,
            h.binary(b""),
            h.reference(3),
            h.int(i64::MAX),
            h.str_list("a"),
            h.cons(Term::small(1), Term::small(2)),
        ];
        if let Some(fd) = fd {
            samples.push(h.reference(fd));
        }
        let bin = h.binary(b"zz");
        samples.push(h.list(&[bin]));
        let mut bifs: Vec<_> =
            r.vm.code
                .bifs
                .iter()
                .filter(|(k, _)| {
                    matches!(
                        k.0.name(),
                        b"prim_file"
                            | b"prim_buffer"
                            | b"erl_prim_loader"
                            | b"code_server"
                            | b"init"
                            | b"os"
                    )
                })
                .map(|(k, f)| (*k, *f))
                .collect();
        bifs.sort_by_key(|(k, _)| (k.0, k.1, k.2));
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for ((_, f, arity), bif) in bifs {
            // These change the process's working directory or stop the VM.
            if matches!(f.name(), b"set_cwd_nif" | b"stop") {
                continue;
            }
            for _ in 0..200 {
                let args: Vec<Term> = (0..arity)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        samples[(seed % samples.len() as u64) as usize]
                    })
                    .collect();
                let mut ctx = Ctx {
                    vm: &mut r.vm,
                    p: &mut r.p,
                };
                let _ = bif(&mut ctx, &args);
            }
        }
    }
}

/// Creates a file with these contents (through the handle calls).
fn write_file(fs: &mut dyn FileSystem, path: &[u8], data: &[u8]) {
    let mode = OpenMode {
        write: true,
        ..OpenMode::default()
    };
    let fd = fs.open(path, mode).unwrap();
    fs.write(fd, data).unwrap();
    fs.close(fd).unwrap();
}
