-module(gt_closures).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_closures.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Closures: capturing variables, returning functions, composing them,\n"
    " counters threaded through folds, and functions stored in data.\n"
).

-file("src/gt_closures.gleam", 7).
-spec adder(integer()) -> fun((integer()) -> integer()).
adder(N) ->
    fun(X) -> X + N end.

-file("src/gt_closures.gleam", 11).
-spec compose(fun((AI) -> AJ), fun((AJ) -> AK)) -> fun((AI) -> AK).
compose(F, G) ->
    fun(X) -> G(F(X)) end.

-file("src/gt_closures.gleam", 15).
-spec twice(fun((AL) -> AL)) -> fun((AL) -> AL).
twice(F) ->
    compose(F, F).

-file("src/gt_closures.gleam", 19).
-spec apply_all(list(fun((integer()) -> integer())), integer()) -> list(integer()).
apply_all(Fs, X) ->
    case Fs of
        [] ->
            [];

        [F | Rest] ->
            [F(X) | apply_all(Rest, X)]
    end.

-file("src/gt_closures.gleam", 26).
-spec curry(fun((AO, AP) -> AQ)) -> fun((AO) -> fun((AP) -> AQ)).
curry(F) ->
    fun(A) -> fun(B) -> F(A, B) end end.

-file("src/gt_closures.gleam", 46).
-spec power(integer(), integer(), integer()) -> integer().
power(B, E, Acc) ->
    case E of
        0 ->
            Acc;

        _ ->
            power(B, E - 1, Acc * B)
    end.

-file("src/gt_closures.gleam", 30).
-spec main() -> nil.
main() ->
    Add5 = adder(5),
    gt_ffi:print(Add5(10)),
    Times3 = fun(X) -> X * 3 end,
    gt_ffi:print((compose(Add5, Times3))(1)),
    gt_ffi:print((twice(twice(Add5)))(0)),
    Offset = 1000,
    Fs = [adder(1), Times3, fun(X@1) -> X@1 - Offset end, twice(Times3)],
    gt_ffi:print(apply_all(Fs, 7)),
    Pow = fun(B, E) -> power(B, E, 1) end,
    gt_ffi:print(((curry(Pow))(2))(10)),
    Label = <<"n="/utf8>>,
    Show = fun(N) -> {Label, N} end,
    gt_ffi:print(Show(3)).
