-module(gt_tail_rec).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_tail_rec.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Tail recursion over large inputs: loops of millions of steps run in\n"
    " constant stack, and big lists are built and consumed.\n"
).

-file("src/gt_tail_rec.gleam", 7).
-spec count(integer(), integer()) -> integer().
count(N, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            count(N - 1, Acc + N)
    end.

-file("src/gt_tail_rec.gleam", 14).
-spec build(integer(), list(integer())) -> list(integer()).
build(N, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            build(N - 1, [N | Acc])
    end.

-file("src/gt_tail_rec.gleam", 21).
-spec sum(list(integer()), integer()) -> integer().
sum(L, Acc) ->
    case L of
        [] ->
            Acc;

        [X | Rest] ->
            sum(Rest, Acc + X)
    end.

-file("src/gt_tail_rec.gleam", 28).
-spec length(list(any()), integer()) -> integer().
length(L, Acc) ->
    case L of
        [] ->
            Acc;

        [_ | Rest] ->
            length(Rest, Acc + 1)
    end.

-file("src/gt_tail_rec.gleam", 35).
-spec collatz(integer(), integer()) -> integer().
collatz(N, Steps) ->
    case N of
        1 ->
            Steps;

        _ ->
            case N rem 2 of
                0 ->
                    collatz(N div 2, Steps + 1);

                _ ->
                    collatz((3 * N) + 1, Steps + 1)
            end
    end.

-file("src/gt_tail_rec.gleam", 46).
-spec longest(integer(), integer(), {integer(), integer()}) -> {integer(),
    integer()}.
longest(From, To, Best) ->
    case From > To of
        true ->
            Best;

        false ->
            S = collatz(From, 0),
            case S > erlang:element(2, Best) of
                true ->
                    longest(From + 1, To, {From, S});

                false ->
                    longest(From + 1, To, Best)
            end
    end.

-file("src/gt_tail_rec.gleam", 59).
-spec main() -> nil.
main() ->
    gt_ffi:print(count(3000000, 0)),
    L = build(1000000, []),
    gt_ffi:print(length(L, 0)),
    gt_ffi:print(sum(L, 0)),
    gt_ffi:print(longest(1, 30000, {1, 0})).
