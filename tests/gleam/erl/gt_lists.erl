-module(gt_lists).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gt_lists.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(
    " Pattern matching on lists: empty, single, fixed prefixes, spreads,\n"
    " nested lists, and list prepends.\n"
).

-file("src/gt_lists.gleam", 7).
-spec describe(list(integer())) -> binary().
describe(L) ->
    case L of
        [] ->
            <<"empty"/utf8>>;

        [_] ->
            <<"one"/utf8>>;

        [A, B] when A =:= B ->
            <<"two equal"/utf8>>;

        [_, _] ->
            <<"two"/utf8>>;

        [1, 2, 3 | _] ->
            <<"starts 1 2 3"/utf8>>;

        [X | Rest] when X > 100 ->
            <<"big head, rest "/utf8, (describe(Rest))/binary>>;

        _ ->
            <<"many"/utf8>>
    end.

-file("src/gt_lists.gleam", 23).
-spec do_reverse(list(GZ), list(GZ)) -> list(GZ).
do_reverse(L, Acc) ->
    case L of
        [] ->
            Acc;

        [X | Rest] ->
            do_reverse(Rest, [X | Acc])
    end.

-file("src/gt_lists.gleam", 19).
-spec reverse(list(GW)) -> list(GW).
reverse(L) ->
    do_reverse(L, []).

-file("src/gt_lists.gleam", 30).
-spec pairs(list(HD)) -> list({HD, HD}).
pairs(L) ->
    case L of
        [A, B | Rest] ->
            [{A, B} | pairs(Rest)];

        _ ->
            []
    end.

-file("src/gt_lists.gleam", 37).
-spec flatten(list(list(HG))) -> list(HG).
flatten(L) ->
    case L of
        [] ->
            [];

        [[] | Rest] ->
            flatten(Rest);

        [[X | Xs] | Rest@1] ->
            [X | flatten([Xs | Rest@1])]
    end.

-file("src/gt_lists.gleam", 45).
-spec range(integer(), integer()) -> list(integer()).
range(From, To) ->
    case From > To of
        true ->
            [];

        false ->
            [From | range(From + 1, To)]
    end.

-file("src/gt_lists.gleam", 52).
-spec main() -> nil.
main() ->
    gt_ffi:print(
        [describe([]),
            describe([7]),
            describe([3, 3]),
            describe([3, 4]),
            describe([1, 2, 3, 4]),
            describe([200, 5]),
            describe([5, 6, 7])]
    ),
    gt_ffi:print(reverse(range(1, 10))),
    gt_ffi:print(
        pairs(
            [<<"a"/utf8>>,
                <<"b"/utf8>>,
                <<"c"/utf8>>,
                <<"d"/utf8>>,
                <<"e"/utf8>>]
        )
    ),
    gt_ffi:print(flatten([[1, 2], [], [3], [4, 5, 6]])),
    Base = [3, 4],
    gt_ffi:print([1, 2 | Base]),
    gt_ffi:print(case gt_ffi:id([[1], [2, 3]]) of
            [[A], [B, C]] ->
                (A + B) + C;

            _ ->
                0
        end).
