-module(cf_iolist).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~w~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    Good = [[], <<>>, "abc", <<"abc">>, [<<"a">>, "b", [$c, [<<"d">>, []]]], [[[[[[$x]]]]]], [1, 2, <<3, 4>> | <<5>>],
            [<<"head">> | <<"tail">>], [[] | <<"t">>], [0, 255], [<<1:8>>, [<<>>, <<>>]], lists:duplicate(100, <<"ab">>)],
    lists:foreach(fun(L) -> p(good, {t(fun() -> iolist_to_binary(I(L)) end), t(fun() -> iolist_size(I(L)) end),
                                     t(fun() -> erlang:iolist_to_iovec(I(L)) =/= x end)}) end, Good),
    Bad = [atom, 1, [256], [-1], [a], [1 | 2], [<<1:1>>], [<<"a">> | b], [[1 | a]], ["abc", 1.0], [{}], [<<1, 2:3>>], [[], [[[[300]]]]]],
    lists:foreach(fun(L) -> p(bad, {t(fun() -> iolist_to_binary(I(L)) end), t(fun() -> iolist_size(I(L)) end)}) end, Bad),
    p(binary_input, [iolist_to_binary(I(<<"already">>)), iolist_size(I(<<"already">>))]),
    p(list_to_binary, [list_to_binary(I([1, [2, <<3>>]])), t(fun() -> list_to_binary(I(<<"x">>)) end),
                       t(fun() -> list_to_binary(I([<<1:4>>])) end)]),
    p(bitstring, [list_to_bitstring(I([<<1:4>>, <<2:4>>])), list_to_bitstring(I([1, <<1:1>>])),
                  t(fun() -> iolist_to_binary(I([<<1:4>>, <<2:4>>])) end)]),
    Deep = lists:foldl(fun(_, Acc) -> [Acc, <<"x">>] end, [], lists:seq(1, I(10000))),
    p(deep_left, {iolist_size(Deep), byte_size(iolist_to_binary(Deep))}),
    DeepR = lists:foldl(fun(_, Acc) -> [<<"y">> | Acc] end, [], lists:seq(1, I(10000))),
    p(deep_right, {iolist_size(DeepR), binary:part(iolist_to_binary(DeepR), 0, 3)}),
    Nested = lists:foldl(fun(_, Acc) -> [Acc] end, "z", lists:seq(1, I(5000))),
    p(nested, {iolist_size(Nested), iolist_to_binary(Nested)}),
    p(io_format_iolist, lists:flatten(io_lib:format("~s|~s", [I([<<"a">>, "b"]), I(<<"c">>)]))),
    p(erlang_iolist_funs, [erlang:iolist_size(I([<<"ab">>, $c])), byte_size(erlang:list_to_binary(I(["ab", <<"c">>])))]),
    p(unicode_iolist, t(fun() -> iolist_to_binary(I([16#20AC])) end)),
    ok.
