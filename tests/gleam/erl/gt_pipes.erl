-module(gt_pipes).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_pipes.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Pipes: into plain calls, into captures with `_` in any position, into\n"
    " anonymous functions, and long chains.\n"
).

-file("src/gt_pipes.gleam", 7).
-spec add(integer(), integer()) -> integer().
add(A, B) ->
    A + B.

-file("src/gt_pipes.gleam", 11).
-spec sub(integer(), integer()) -> integer().
sub(A, B) ->
    A - B.

-file("src/gt_pipes.gleam", 15).
-spec map(list(XF), fun((XF) -> XH)) -> list(XH).
map(L, F) ->
    case L of
        [] ->
            [];

        [X | R] ->
            [F(X) | map(R, F)]
    end.

-file("src/gt_pipes.gleam", 22).
-spec filter(list(XJ), fun((XJ) -> boolean())) -> list(XJ).
filter(L, F) ->
    case L of
        [] ->
            [];

        [X | R] ->
            case F(X) of
                true ->
                    [X | filter(R, F)];

                false ->
                    filter(R, F)
            end
    end.

-file("src/gt_pipes.gleam", 33).
-spec sum(list(integer())) -> integer().
sum(L) ->
    case L of
        [] ->
            0;

        [X | R] ->
            X + sum(R)
    end.

-file("src/gt_pipes.gleam", 40).
-spec main() -> nil.
main() ->
    _pipe = 5,
    _pipe@1 = add(_pipe, 3),
    gt_ffi:print(_pipe@1),
    _pipe@2 = 5,
    _pipe@3 = sub(_pipe@2, 3),
    gt_ffi:print(_pipe@3),
    _pipe@4 = 5,
    _pipe@5 = sub(3, _pipe@4),
    gt_ffi:print(_pipe@5),
    _pipe@6 = 10,
    _pipe@7 = (fun(X) -> X * X end)(_pipe@6),
    gt_ffi:print(_pipe@7),
    _pipe@8 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    _pipe@9 = map(_pipe@8, fun(X@1) -> X@1 * 3 end),
    _pipe@10 = filter(_pipe@9, fun(X@2) -> (X@2 rem 2) =:= 0 end),
    _pipe@11 = sum(_pipe@10),
    gt_ffi:print(_pipe@11),
    F = fun(_capture) -> add(100, _capture) end,
    _pipe@12 = [1, 2],
    _pipe@13 = map(_pipe@12, F),
    gt_ffi:print(_pipe@13).
