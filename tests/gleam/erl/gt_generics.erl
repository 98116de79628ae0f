-module(gt_generics).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_generics.gleam").
-export([main/0]).
-export_type(['maybe'/1, pair/2]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Generic types and functions: a Maybe type, a Result pipeline, pairs,\n"
    " and functions polymorphic in their element type.\n"
).

-type 'maybe'(NN) :: {just, NN} | nothing.

-type pair(NO, NP) :: {pair, NO, NP}.

-file("src/gt_generics.gleam", 16).
-spec maybe_map('maybe'(NR), fun((NR) -> NT)) -> 'maybe'(NT).
maybe_map(M, F) ->
    case M of
        {just, X} ->
            {just, F(X)};

        nothing ->
            nothing
    end.

-file("src/gt_generics.gleam", 23).
-spec with_default('maybe'(NV), NV) -> NV.
with_default(M, D) ->
    case M of
        {just, X} ->
            X;

        nothing ->
            D
    end.

-file("src/gt_generics.gleam", 30).
-spec find(list(NX), fun((NX) -> boolean())) -> 'maybe'(NX).
find(L, Pred) ->
    case L of
        [] ->
            nothing;

        [X | Rest] ->
            case Pred(X) of
                true ->
                    {just, X};

                false ->
                    find(Rest, Pred)
            end
    end.

-file("src/gt_generics.gleam", 41).
-spec swap(pair(OA, OB)) -> pair(OB, OA).
swap(P) ->
    {pair, erlang:element(3, P), erlang:element(2, P)}.

-file("src/gt_generics.gleam", 45).
-spec zip(list(OG), list(OI)) -> list(pair(OG, OI)).
zip(A, B) ->
    case {A, B} of
        {[X | Xs], [Y | Ys]} ->
            [{pair, X, Y} | zip(Xs, Ys)];

        {_, _} ->
            []
    end.

-file("src/gt_generics.gleam", 52).
-spec parse_positive(integer()) -> {ok, integer()} | {error, binary()}.
parse_positive(N) ->
    case N > 0 of
        true ->
            {ok, N};

        false ->
            {error, <<"not positive"/utf8>>}
    end.

-file("src/gt_generics.gleam", 59).
-spec result_then({ok, OP} | {error, OQ}, fun((OP) -> {ok, OT} | {error, OQ})) -> {ok,
        OT} |
    {error, OQ}.
result_then(R, F) ->
    case R of
        {ok, X} ->
            F(X);

        {error, E} ->
            {error, E}
    end.

-file("src/gt_generics.gleam", 66).
-spec main() -> nil.
main() ->
    gt_ffi:print(find([1, 4, 9, 16], fun(X) -> X > 5 end)),
    gt_ffi:print(
        find(
            [<<"a"/utf8>>, <<"bb"/utf8>>],
            fun(X@1) -> X@1 =:= <<"ccc"/utf8>> end
        )
    ),
    gt_ffi:print(
        begin
            _pipe = maybe_map({just, 20}, fun(X@2) -> X@2 * 2 end),
            with_default(_pipe, 0)
        end
    ),
    gt_ffi:print(
        begin
            _pipe@1 = maybe_map(nothing, fun(X@3) -> X@3 * 2 end),
            with_default(_pipe@1, -1)
        end
    ),
    gt_ffi:print(swap({pair, <<"left"/utf8>>, 1.5})),
    gt_ffi:print(zip([1, 2, 3], [<<"one"/utf8>>, <<"two"/utf8>>])),
    gt_ffi:print(result_then(parse_positive(3), fun(X@4) -> {ok, X@4 * 10} end)),
    gt_ffi:print(
        result_then(parse_positive(-3), fun(X@5) -> {ok, X@5 * 10} end)
    ),
    gt_ffi:print(
        result_then(
            {ok, 1},
            fun(_) -> {error, {<<"nested"/utf8>>, [nothing, {just, nil}]}} end
        )
    ).
