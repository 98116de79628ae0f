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
    DeallocReturn(u32),
}

/// A source operand.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Src {
    X(u32),
    Y(u32),
    /// A constant: an immediate or a pointer into the literal area.
    C(Term),
}

/// A destination register.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Dst {
    X(u32),
    Y(u32),
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
    Bif {
        bif: BifFn,
        export: u32,
        fail: Label,
        args: Box<[Src]>,
        dst: Dst,
    },
    /// `erlang:Op/2` as a guard/body BIF: two small integers are computed
    /// inline; anything else (and every error) goes to `bif`, exactly as a
    /// [`Instr::Bif`] would. The export for a stack trace is looked up only
    /// when the BIF raises.
    Arith {
        op: ArithOp,
        fail: Label,
        a: Src,
        b: Src,
        dst: Dst,
        bif: BifFn,
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
    PutMap {
        exact: bool,
        fail: Label,
        src: Src,
        dst: Dst,
        pairs: Box<[(Src, Src)]>,
    },
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
    UpdateRecord {
        copy_always: bool,
        src: Src,
        dst: Dst,
        size: u32,
        updates: Box<[(u32, Src)]>,
    },
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
    BsCreateBin {
        fail: Label,
        alloc: u32,
        live: u32,
        unit: u32,
        dst: Dst,
        segs: Box<[BinSeg]>,
    },
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
    /// `bs_get_integer2`, `bs_get_float2`, `bs_get_binary2`: one shape,
    /// the segment kind decides how the bits are read.
    BsGet {
        kind: BsGetKind,
        fail: Label,
        ctx: Src,
        size: Src,
        unit: u32,
        flags: u32,
        dst: Dst,
    },
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
        dst: Option<Dst>,
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
