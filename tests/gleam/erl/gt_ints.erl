-module(gt_ints).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_ints.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Integers: arbitrary precision, Gleam's division and remainder rules\n"
    " (truncating, and 0 when dividing by 0), literals in other bases, and\n"
    " boundaries around word sizes.\n"
).

-file("src/gt_ints.gleam", 20).
-spec factorial(integer()) -> integer().
factorial(N) ->
    case N of
        0 ->
            1;

        _ ->
            N * factorial(N - 1)
    end.

-file("src/gt_ints.gleam", 27).
-spec pow2(integer()) -> integer().
pow2(N) ->
    erlang:'bsl'(1, N).

-file("src/gt_ints.gleam", 31).
-spec main() -> nil.
main() ->
    gt_ffi:print([7 div 2, -7 div 2, 7 div -2, -7 div -2, 0, 0]),
    gt_ffi:print([7 rem 3, -7 rem 3, 7 rem -3, -7 rem -3, 0]),
    gt_ffi:print([16#FF, 8#17, 2#1011, 1000000]),
    gt_ffi:print(factorial(25)),
    gt_ffi:print(gt_ffi:int_to_string(factorial(30))),
    gt_ffi:print(
        [pow2(59) - 1, pow2(59), pow2(60), pow2(63), pow2(64), - pow2(63)]
    ),
    gt_ffi:print((case pow2(100) of
            0 -> 0;
            Gleam@denominator -> pow2(200) div Gleam@denominator
        end) =:= pow2(100)),
    gt_ffi:print(pow2(100) rem 7),
    gt_ffi:print(erlang:'band'(pow2(70) + 5, 16#FF)),
    gt_ffi:print(erlang:'bsr'(- pow2(70), 68)),
    gt_ffi:print((factorial(20) * factorial(20)) - factorial(21)),
    gt_ffi:print(-9223372036854775808 - 1),
    gt_ffi:print(576460752303423487 + 1),
    gt_ffi:print(-576460752303423488 - 1),
    gt_ffi:print(134217727 + 1),
    {A, B, C, D} = {gt_ffi:id(1), gt_ffi:id(2), gt_ffi:id(3), gt_ffi:id(5)},
    gt_ffi:print([A < B, B =< B, C > D, D >= A, D =:= 5, D /= 6]).
