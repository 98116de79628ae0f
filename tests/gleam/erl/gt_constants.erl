-module(gt_constants).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_constants.gleam").
-export([main/0]).
-export_type([colour/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Module constants: scalars, lists, tuples, records and bit arrays as\n"
    " constants, and constants referring to other constants.\n"
).

-type colour() :: {rgb, integer(), integer(), integer()}.

-file("src/gt_constants.gleam", 27).
-spec main() -> nil.
main() ->
    gt_ffi:print(42),
    gt_ffi:print(3.14159),
    gt_ffi:print(<<"beamr"/utf8>>),
    gt_ffi:print([2, 3, 5, 7, 11, 13]),
    gt_ffi:print({42, <<"beamr"/utf8>>}),
    gt_ffi:print({rgb, 255, 0, 0}),
    gt_ffi:print([{rgb, 255, 0, 0}, {rgb, 0, 255, 0}, {rgb, 0, 0, 255}]),
    gt_ffi:print(<<16#CA, 16#FE, (42)>>),
    gt_ffi:print(erlang:element(3, {rgb, 255, 0, 0}) + 42).
