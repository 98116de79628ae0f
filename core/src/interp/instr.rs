//! The internal instruction form: generic BEAM instructions rewritten at load
//! time with every operand resolved (registers as indices, literals as terms,
//! labels as instruction indices, imports as export or BIF entries), so the
//! dispatch loop does no decoding.

use crate::bif::BifFn;
use crate::term::Term;
use alloc::boxed::Box;

/// An instruction index inside its module; 0 means "no label" (raise).
pub type Label = u32;

/// What follows a call made in tail position.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BifTail {
    None,
    Return,
    /// `deallocate N` and `return` follow (the frame is popped whole, so
    /// `N` is not kept).
    DeallocReturn,
}

/// A source operand in one word, so that instructions stay small (loaded
/// code is most of the VM's memory on a microcontroller).
///
/// A constant is the term itself; a term's low two bits are never `00` (that
/// tag is a boxed object's header, which no operand is), so that tag marks a
/// register: bit 2 says X or Y, the bits above it the register number.
#[derive(Copy, Clone, PartialEq, Eq)]
#[repr(transparent)]
pub struct Src(usize);

/// A [`Src`] taken apart, for matching.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum SrcKind {
    X(u32),
    Y(u32),
    /// A constant: an immediate or a pointer into the literal area.
    C(Term),
}

/// The largest register number a [`Src`] or [`Dst`] holds: the shift leaves
/// 29 bits on a 32-bit target (the loader refuses larger ones).
pub const MAX_REG: u32 = (1 << 28) - 1;

impl Src {
    /// The low bits that tell a register from a constant, and which.
    pub const TAG_BITS: u32 = 3;
    pub const TAG_MASK: usize = 0b111;
    pub const TAG_X: usize = 0b000;
    pub const TAG_Y: usize = 0b100;

    #[inline(always)]
    pub const fn x(r: u32) -> Src {
        Src(((r as usize) << Src::TAG_BITS) | Src::TAG_X)
    }
    #[inline(always)]
    pub const fn y(r: u32) -> Src {
        Src(((r as usize) << Src::TAG_BITS) | Src::TAG_Y)
    }
    /// The word: a register (low bits [`Src::TAG_X`] or [`Src::TAG_Y`],
    /// the number above [`Src::TAG_BITS`]) or else the constant term.
    #[inline(always)]
    pub const fn raw(self) -> usize {
        self.0
    }
    /// A constant; `t` must be a term (not a header or the non-value).
    #[inline(always)]
    pub const fn c(t: Term) -> Src {
        debug_assert!(t.raw() & 0b11 != 0);
        Src(t.raw())
    }
    #[inline(always)]
    pub const fn kind(self) -> SrcKind {
        if self.0 & 0b11 != 0 {
            SrcKind::C(Term::from_raw(self.0))
        } else if self.0 & 0b100 == 0 {
            SrcKind::X((self.0 >> 3) as u32)
        } else {
            SrcKind::Y((self.0 >> 3) as u32)
        }
    }
    /// The constant, if this is one.
    #[inline(always)]
    pub const fn constant(self) -> Option<Term> {
        match self.kind() {
            SrcKind::C(t) => Some(t),
            _ => None,
        }
    }
}

impl From<Dst> for Src {
    #[inline(always)]
    fn from(d: Dst) -> Src {
        match d.kind() {
            DstKind::X(r) => Src::x(r),
            DstKind::Y(r) => Src::y(r),
        }
    }
}

impl core::fmt::Debug for Src {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.kind().fmt(f)
    }
}

/// A destination register in one word: the number shifted left once, the
/// low bit set for a Y register.
#[derive(Copy, Clone, PartialEq, Eq)]
#[repr(transparent)]
pub struct Dst(u32);

/// A [`Dst`] taken apart, for matching.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DstKind {
    X(u32),
    Y(u32),
}

impl Dst {
    #[inline(always)]
    pub const fn x(r: u32) -> Dst {
        Dst(r << 1)
    }
    #[inline(always)]
    pub const fn y(r: u32) -> Dst {
        Dst((r << 1) | 1)
    }
    #[inline(always)]
    pub const fn kind(self) -> DstKind {
        if self.0 & 1 == 0 {
            DstKind::X(self.0 >> 1)
        } else {
            DstKind::Y(self.0 >> 1)
        }
    }
}

impl core::fmt::Debug for Dst {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.kind().fmt(f)
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum TypeTest {
    Integer,
    Float,
    Number,
    Atom,
    Pid,
    Reference,
    Port,
    Nil,
    Binary,
    List,
    NonEmptyList,
    Tuple,
    Map,
    Boolean,
    Bitstr,
    Function,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Cmp {
    Lt,
    Ge,
    Eq,
    Ne,
    EqExact,
    NeExact,
}

/// An integer operator with a small-integer fast path ([`Instr::Arith`]).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Band,
    Bor,
    Bxor,
    Bsl,
    Bsr,
}

impl ArithOp {
    pub const ALL: [ArithOp; 10] = [
        ArithOp::Add,
        ArithOp::Sub,
        ArithOp::Mul,
        ArithOp::Div,
        ArithOp::Rem,
        ArithOp::Band,
        ArithOp::Bor,
        ArithOp::Bxor,
        ArithOp::Bsl,
        ArithOp::Bsr,
    ];

    /// The `erlang` function name of the operator.
    pub fn name(self) -> &'static str {
        match self {
            ArithOp::Add => "+",
            ArithOp::Sub => "-",
            ArithOp::Mul => "*",
            ArithOp::Div => "div",
            ArithOp::Rem => "rem",
            ArithOp::Band => "band",
            ArithOp::Bor => "bor",
            ArithOp::Bxor => "bxor",
            ArithOp::Bsl => "bsl",
            ArithOp::Bsr => "bsr",
        }
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FloatOp {
    Add,
    Sub,
    Mul,
    Div,
}

/// One segment of `bs_create_bin`.
#[derive(Clone, Debug)]
pub struct BinSeg {
    pub kind: BinSegKind,
    /// The segment's position in the source (`error_info` names it).
    pub seg: u32,
    pub unit: u32,
    pub flags: u32,
    pub src: Src,
    /// Size operand: `C(atom all)` for `all`, `C(nil)` when absent.
    pub size: Src,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BinSegKind {
    Integer,
    Float,
    Binary,
    Utf8,
    Utf16,
    Utf32,
    String,
    Append,
    PrivateAppend,
}

/// Flag bits in bit-syntax operands (as the compiler encodes them).
pub const BSF_ALIGNED: u32 = 1;
pub const BSF_LITTLE: u32 = 2;
pub const BSF_SIGNED: u32 = 4;
pub const BSF_EXACT: u32 = 8;
pub const BSF_NATIVE: u32 = 16;

/// What a `BsGet` reads.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BsGetKind {
    Integer,
    Float,
    Binary,
}

/// One command of an OTP 26+ `bs_match`.
#[derive(Clone, Debug)]
pub enum BsCmd {
    EnsureAtLeast {
        size: u32,
        unit: u32,
    },
    EnsureExactly {
        size: u32,
    },
    Integer {
        live: u32,
        flags: u32,
        size: u32,
        unit: u32,
        dst: Dst,
    },
    Binary {
        live: u32,
        flags: u32,
        size: u32,
        unit: u32,
        dst: Dst,
    },
    GetTail {
        live: u32,
        unit: u32,
        dst: Dst,
    },
    Skip {
        bits: u32,
    },
    /// Compare the next `bits` bits with the literal value (a big-endian
    /// unsigned integer of that many bits).
    EqInt {
        bits: u32,
        value: Term,
    },
}

// The operands of the rarer instructions too large to sit in [`Instr`]
// (each would make every instruction bigger): boxed, one allocation each.

/// The operands of [`Instr::Bif`]: at most three arguments (`gc_bif3`),
/// held here rather than in a second allocation.
#[derive(Clone, Debug)]
pub struct BifOp {
    pub bif: BifFn,
    pub export: u32,
    pub fail: Label,
    pub dst: Dst,
    argc: u8,
    argv: [Src; 3],
}

impl BifOp {
    /// `None` for more than three arguments.
    pub fn new(bif: BifFn, export: u32, fail: Label, args: &[Src], dst: Dst) -> Option<BifOp> {
        let mut argv = [Src::c(Term::NIL); 3];
        argv.get_mut(..args.len())?.copy_from_slice(args);
        Some(BifOp {
            bif,
            export,
            fail,
            dst,
            argc: args.len() as u8,
            argv,
        })
    }
    #[inline(always)]
    pub fn args(&self) -> &[Src] {
        &self.argv[..self.argc as usize]
    }
}

#[derive(Clone, Debug)]
pub struct PutMapOp {
    pub exact: bool,
    pub fail: Label,
    pub src: Src,
    pub dst: Dst,
    pub pairs: Box<[(Src, Src)]>,
}

#[derive(Clone, Debug)]
pub struct UpdateRecordOp {
    pub copy_always: bool,
    pub src: Src,
    pub dst: Dst,
    pub size: u32,
    pub updates: Box<[(u32, Src)]>,
}

#[derive(Clone, Debug)]
pub struct BsCreateBinOp {
    pub fail: Label,
    pub alloc: u32,
    pub live: u32,
    pub unit: u32,
    pub dst: Dst,
    pub segs: Box<[BinSeg]>,
}

/// `bs_get_integer2`, `bs_get_float2`, `bs_get_binary2`: one shape, the
/// segment kind decides how the bits are read.
#[derive(Clone, Debug)]
pub struct BsGetOp {
    pub kind: BsGetKind,
    pub fail: Label,
    pub ctx: Src,
    pub size: Src,
    pub unit: u32,
    pub flags: u32,
    pub dst: Dst,
}

/// The most bytes an [`Instr`] may take. Every loaded instruction is one,
/// so its size is most of the memory loaded code takes (20 bytes on a
/// Cortex-M, against 40 when operands were tagged enums and no variant
/// boxed): the assertion below keeps it from growing back unnoticed. A new
/// large variant belongs in a box, as [`BsGetOp`].
pub const MAX_INSTR_BYTES: usize = if cfg!(target_pointer_width = "64") {
    32
} else {
    20
};
const _: () = assert!(core::mem::size_of::<Instr>() <= MAX_INSTR_BYTES);

/// Which local call a [`Instr::CallLazy`] becomes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CallKind {
    Call,
    Last,
    Only,
}

impl CallKind {
    /// The call to `target` it stands for.
    pub fn call(self, arity: u32, target: Label, dealloc: u32) -> Instr {
        match self {
            CallKind::Call => Instr::Call { arity, target },
            CallKind::Last => Instr::CallLast {
                arity,
                target,
                dealloc,
            },
            CallKind::Only => Instr::CallOnly { arity, target },
        }
    }
}

#[derive(Clone, Debug)]
pub enum Instr {
    /// Start of a function (for `function_clause`); executing it raises.
    FuncInfo {
        module: Term,
        function: Term,
        arity: u32,
    },
    Call {
        arity: u32,
        target: Label,
    },
    CallLast {
        arity: u32,
        target: Label,
        dealloc: u32,
    },
    CallOnly {
        arity: u32,
        target: Label,
    },
    /// A local call, in a lazily loaded module, to a function that was
    /// not loaded yet when the caller was: its first execution loads the
    /// function and becomes the `Call`, `CallLast` or `CallOnly` it stands
    /// for (see [`crate::code::lazy`]).
    CallLazy {
        kind: CallKind,
        arity: u32,
        func: u32,
        dealloc: u32,
    },
    CallExt {
        arity: u32,
        export: u32,
    },
    CallExtLast {
        arity: u32,
        export: u32,
        dealloc: u32,
    },
    CallExtOnly {
        arity: u32,
        export: u32,
    },
    /// A BIF called as a function (`call_ext` to a BIF): args in x0.., result in x0.
    CallBif {
        arity: u32,
        bif: BifFn,
        export: u32,
        tail: BifTail,
    },
    /// A guard/body BIF with explicit operands; `fail` 0 raises.
    Bif(Box<BifOp>),
    /// `erlang:Op/2` as a guard/body BIF: two small integers are computed
    /// inline; anything else (and every error) goes to the BIF, exactly as
    /// a [`Instr::Bif`] would. Kept inline, unlike `Bif`, because it is
    /// hot; the BIF is found from `op` ([`crate::code::CodeServer::arith_export`])
    /// so that it fits in 20 bytes on 32-bit targets.
    Arith {
        op: ArithOp,
        fail: Label,
        a: Src,
        b: Src,
        dst: Dst,
    },
    Allocate {
        stack: u32,
        heap: u32,
        live: u32,
        zero: bool,
    },
    TestHeap {
        need: u32,
        live: u32,
    },
    Init(Dst),
    InitYregs(Box<[u32]>),
    Deallocate(u32),
    Trim {
        n: u32,
    },
    Return,
    Send,
    RemoveMessage,
    Timeout,
    LoopRec {
        fail: Label,
        dst: Dst,
    },
    LoopRecEnd(Label),
    Wait(Label),
    WaitTimeout {
        label: Label,
        time: Src,
    },
    RecvMarkerReserve(Dst),
    RecvMarkerBind {
        marker: Src,
        reference: Src,
    },
    RecvMarkerClear(Src),
    RecvMarkerUse(Src),
    Compare {
        op: Cmp,
        fail: Label,
        a: Src,
        b: Src,
    },
    IsType {
        test: TypeTest,
        fail: Label,
        src: Src,
    },
    IsFunction2 {
        fail: Label,
        src: Src,
        arity: Src,
    },
    TestArity {
        fail: Label,
        src: Src,
        arity: u32,
    },
    IsTaggedTuple {
        fail: Label,
        src: Src,
        arity: u32,
        tag: Term,
    },
    SelectVal {
        src: Src,
        fail: Label,
        table: Box<[(Term, Label)]>,
    },
    SelectTupleArity {
        src: Src,
        fail: Label,
        table: Box<[(u32, Label)]>,
    },
    Jump(Label),
    Catch {
        y: u32,
        handler: u32,
    },
    CatchEnd(u32),
    Try {
        y: u32,
        handler: u32,
    },
    TryEnd(u32),
    TryCase(u32),
    TryCaseEnd(Src),
    Raise {
        trace: Src,
        value: Src,
    },
    RawRaise,
    BuildStacktrace,
    Move {
        src: Src,
        dst: Dst,
    },
    Swap(Dst, Dst),
    GetList {
        src: Src,
        head: Dst,
        tail: Dst,
    },
    GetHd {
        src: Src,
        dst: Dst,
    },
    GetTl {
        src: Src,
        dst: Dst,
    },
    GetTupleElement {
        src: Src,
        index: u32,
        dst: Dst,
    },
    SetTupleElement {
        value: Src,
        tuple: Src,
        index: u32,
    },
    PutList {
        head: Src,
        tail: Src,
        dst: Dst,
    },
    PutTuple {
        dst: Dst,
        elems: Box<[Src]>,
    },
    Badmatch(Src),
    IfEnd,
    CaseEnd(Src),
    Badrecord(Src),
    /// `call_fun`; a tail call (followed by `[deallocate,] return`) leaves
    /// the caller's frame to the callee.
    CallFun {
        arity: u32,
        tail: BifTail,
    },
    CallFun2 {
        fun: Src,
        arity: u32,
        tail: BifTail,
    },
    MakeFun {
        fun: u32,
        dst: Dst,
        env: Box<[Src]>,
    },
    /// `apply/3` (`fun_arity` 0: module, function in x(arity), x(arity+1))
    /// or `erlang:apply/2,3` called by `call_ext` (`fun_arity` 2 or 3).
    Apply {
        arity: u32,
        tail: BifTail,
        fun_arity: u32,
    },
    PutMap(Box<PutMapOp>),
    HasMapFields {
        fail: Label,
        src: Src,
        keys: Box<[Src]>,
    },
    GetMapElements {
        fail: Label,
        src: Src,
        pairs: Box<[(Src, Dst)]>,
    },
    UpdateRecord(Box<UpdateRecordOp>),
    FClearError,
    FCheckError(Label),
    FMoveToF {
        src: Src,
        freg: u32,
    },
    FMoveFromF {
        freg: u32,
        dst: Dst,
    },
    FMoveFF {
        from: u32,
        to: u32,
    },
    FConv {
        src: Src,
        freg: u32,
    },
    FArith {
        op: FloatOp,
        fail: Label,
        a: u32,
        b: u32,
        dst: u32,
    },
    FNegate {
        src: u32,
        dst: u32,
    },
    // ---- bit syntax ----
    BsCreateBin(Box<BsCreateBinOp>),
    BsStartMatch {
        fail: Label,
        live: u32,
        src: Src,
        dst: Dst,
    },
    BsGetPosition {
        ctx: Src,
        dst: Dst,
    },
    BsSetPosition {
        ctx: Src,
        pos: Src,
    },
    BsGetTail {
        ctx: Src,
        dst: Dst,
    },
    BsTestTail {
        fail: Label,
        ctx: Src,
        bits: u32,
    },
    BsTestUnit {
        fail: Label,
        ctx: Src,
        unit: u32,
    },
    BsGet(Box<BsGetOp>),
    BsSkipBits {
        fail: Label,
        ctx: Src,
        size: Src,
        unit: u32,
    },
    BsMatchString {
        fail: Label,
        ctx: Src,
        bits: u32,
        offset: u32,
    },
    BsGetUtf {
        fail: Label,
        ctx: Src,
        width: u8,
        flags: u32,
        dst: Dst,
    },
    BsSkipUtf {
        fail: Label,
        ctx: Src,
        width: u8,
        flags: u32,
    },
    BsMatch {
        fail: Label,
        ctx: Src,
        cmds: Box<[BsCmd]>,
    },
    BsContextToBinary(Src),
    /// `bs_init_writable`: x0 becomes an empty binary to append to.
    BsInitWritable,
    IntCodeEnd,
}
