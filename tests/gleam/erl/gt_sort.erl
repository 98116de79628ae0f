-module(gt_sort).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_sort.gleam").
-export([main/0]).
-export_type([order/0, item/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Generic sorting: merge sort and quicksort over any type with a\n"
    " comparison function, on ints, strings and records, stable on ties.\n"
).

-type order() :: lt | eq | gt.

-type item() :: {item, integer(), binary()}.

-file("src/gt_sort.gleam", 17).
-spec compare_int(integer(), integer()) -> order().
compare_int(A, B) ->
    case {A < B, A =:= B} of
        {true, _} ->
            lt;

        {_, true} ->
            eq;

        {_, _} ->
            gt
    end.

-file("src/gt_sort.gleam", 25).
-spec merge(list(ACY), list(ACY), fun((ACY, ACY) -> order())) -> list(ACY).
merge(A, B, Cmp) ->
    case {A, B} of
        {[], _} ->
            B;

        {_, []} ->
            A;

        {[X | Xs], [Y | Ys]} ->
            case Cmp(Y, X) of
                lt ->
                    [Y | merge(A, Ys, Cmp)];

                _ ->
                    [X | merge(Xs, B, Cmp)]
            end
    end.

-file("src/gt_sort.gleam", 37).
-spec split(list(ADC), list(ADC), list(ADC)) -> {list(ADC), list(ADC)}.
split(L, A, B) ->
    case L of
        [] ->
            {A, B};

        [X | Rest] ->
            split(Rest, B, [X | A])
    end.

-file("src/gt_sort.gleam", 44).
-spec merge_sort(list(ADI), fun((ADI, ADI) -> order())) -> list(ADI).
merge_sort(L, Cmp) ->
    case L of
        [] ->
            L;

        [_] ->
            L;

        _ ->
            {A, B} = split(L, [], []),
            merge(merge_sort(A, Cmp), merge_sort(B, Cmp), Cmp)
    end.

-file("src/gt_sort.gleam", 54).
-spec partition(
    list(ADL),
    ADL,
    fun((ADL, ADL) -> order()),
    list(ADL),
    list(ADL)
) -> {list(ADL), list(ADL)}.
partition(L, P, Cmp, Lo, Hi) ->
    case L of
        [] ->
            {Lo, Hi};

        [X | Rest] ->
            case Cmp(X, P) of
                lt ->
                    partition(Rest, P, Cmp, [X | Lo], Hi);

                _ ->
                    partition(Rest, P, Cmp, Lo, [X | Hi])
            end
    end.

-file("src/gt_sort.gleam", 75).
-spec append(list(ADU), list(ADU)) -> list(ADU).
append(A, B) ->
    case A of
        [] ->
            B;

        [X | Rest] ->
            [X | append(Rest, B)]
    end.

-file("src/gt_sort.gleam", 65).
-spec quick_sort(list(ADR), fun((ADR, ADR) -> order())) -> list(ADR).
quick_sort(L, Cmp) ->
    case L of
        [] ->
            [];

        [P | Rest] ->
            {Lo, Hi} = partition(Rest, P, Cmp, [], []),
            append(quick_sort(Lo, Cmp), [P | quick_sort(Hi, Cmp)])
    end.

-file("src/gt_sort.gleam", 82).
-spec pseudo_random(integer(), integer(), list(integer())) -> list(integer()).
pseudo_random(N, Seed, Acc) ->
    case N of
        0 ->
            Acc;

        _ ->
            Next = ((Seed * 1103515245) + 12345) rem 2147483648,
            pseudo_random(N - 1, Next, [Next rem 1000 | Acc])
    end.

-file("src/gt_sort.gleam", 92).
-spec is_sorted(list(integer())) -> boolean().
is_sorted(L) ->
    case L of
        [A, B | Rest] ->
            (A =< B) andalso is_sorted([B | Rest]);

        _ ->
            true
    end.

-file("src/gt_sort.gleam", 99).
-spec main() -> nil.
main() ->
    gt_ffi:print(merge_sort([5, 2, 9, 1, 5, 6], fun compare_int/2)),
    gt_ffi:print(quick_sort([5, 2, 9, 1, 5, 6], fun compare_int/2)),
    Nums = pseudo_random(20000, 42, []),
    gt_ffi:print(is_sorted(merge_sort(Nums, fun compare_int/2))),
    gt_ffi:print(
        merge_sort(Nums, fun compare_int/2) =:= quick_sort(
            Nums,
            fun compare_int/2
        )
    ),
    Items = [{item, 2, <<"b1"/utf8>>},
        {item, 1, <<"a"/utf8>>},
        {item, 2, <<"b2"/utf8>>},
        {item, 0, <<"z"/utf8>>},
        {item, 2, <<"b3"/utf8>>}],
    gt_ffi:print(
        merge_sort(
            Items,
            fun(A, B) ->
                compare_int(erlang:element(2, A), erlang:element(2, B))
            end
        )
    ),
    Words = [<<"pear"/utf8>>,
        <<"apple"/utf8>>,
        <<"fig"/utf8>>,
        <<"banana"/utf8>>],
    gt_ffi:print(merge_sort(Words, fun(A@1, B@1) -> case A@1 =:= B@1 of
                    true ->
                        eq;

                    false ->
                        case erlang:'<'(A@1, B@1) of
                            true ->
                                lt;

                            false ->
                                gt
                        end
                end end)).
