-module(gt_tuples).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_tuples.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(" Tuples: construction, index access, nested patterns and tuples in lists.\n").

-file("src/gt_tuples.gleam", 6).
-spec classify({integer(), binary()}) -> binary().
classify(T) ->
    case T of
        {0, _} ->
            <<"zero"/utf8>>;

        {N, <<"x"/utf8>>} when N > 0 ->
            <<"positive x"/utf8>>;

        {_, S} ->
            <<"other "/utf8, S/binary>>
    end.

-file("src/gt_tuples.gleam", 21).
-spec do_min_max(list(integer()), {integer(), integer()}) -> {integer(),
    integer()}.
do_min_max(L, Acc) ->
    case L of
        [] ->
            Acc;

        [X | Rest] ->
            Lo = case X < erlang:element(1, Acc) of
                true ->
                    X;

                false ->
                    erlang:element(1, Acc)
            end,
            Hi = case X > erlang:element(2, Acc) of
                true ->
                    X;

                false ->
                    erlang:element(2, Acc)
            end,
            do_min_max(Rest, {Lo, Hi})
    end.

-file("src/gt_tuples.gleam", 14).
-spec min_max(list(integer())) -> {integer(), integer()}.
min_max(L) ->
    case L of
        [] ->
            {0, 0};

        [X | Rest] ->
            do_min_max(Rest, {X, X})
    end.

-file("src/gt_tuples.gleam", 38).
-spec main() -> nil.
main() ->
    T = {1, <<"two"/utf8>>, 3.0, {4, [5]}},
    gt_ffi:print(T),
    gt_ffi:print(erlang:element(1, T)),
    gt_ffi:print(erlang:element(2, T)),
    gt_ffi:print(erlang:element(2, (erlang:element(4, T)))),
    gt_ffi:print(
        [classify({0, <<"a"/utf8>>}),
            classify({5, <<"x"/utf8>>}),
            classify({-1, <<"y"/utf8>>})]
    ),
    gt_ffi:print(min_max([5, 3, 9, -2, 7])),
    {A, {B, C}} = {<<"a"/utf8>>, {2, [3]}},
    gt_ffi:print({C, B, A}),
    gt_ffi:print({}).
