-module(cf_list_comp).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    L = I(lists:seq(1, 10)),
    p(simple, [X * 2 || X <- L]),
    p(filter, [X || X <- L, X rem 2 =:= 0]),
    p(multi_filter, [X || X <- L, X > 3, X < 8, X =/= 5]),
    p(two_gens, [{X, Y} || X <- [1, 2, 3], Y <- [a, b]]),
    p(dependent_gens, [{X, Y} || X <- lists:seq(1, 4), Y <- lists:seq(X, 4)]),
    p(three_gens_filter, [{A, B, C} || A <- lists:seq(1, 20), B <- lists:seq(A, 20), C <- lists:seq(B, 20),
                                       A * A + B * B =:= C * C]),
    p(pattern_gen, [X || {ok, X} <- I([{ok, 1}, error, {ok, 2}, {error, 3}, {ok, 3, extra}])]),
    p(pattern_tuple_gen, [K || {K, V} <- I([{a, 1}, {b, 2}, {c, 1}]), V =:= 1]),
    p(nested_lc, [[Y || Y <- lists:seq(1, X)] || X <- lists:seq(1, 4)]),
    p(string_lc, [C - 32 || C <- I("hello"), C =/= $l]),
    p(guard_bif_filter, [X || X <- I([1, a, "s", 2.0, {t}, [l]]), is_number(X)]),
    p(non_bool_filter, t(fun() -> [X || X <- L, I(X)] end)),
    p(bad_gen, t(fun() -> [X || X <- I(notalist)] end)),
    p(improper_gen, t(fun() -> [X || X <- I([1, 2 | tail])] end)),
    p(empty, [[X || X <- []], [X || X <- L, I(false)], [{X, Y} || X <- L, Y <- []]]),
    p(qsort, qsort(I([5, 3, 8, 1, 9, 2, 7, 3, 5]))),
    p(perms, perms(I([a, b, c]))),
    p(primes, [N || N <- lists:seq(2, 60), lists:all(fun(D) -> N rem D =/= 0 end, lists:seq(2, N - 1))]),
    p(bin_and_list_gens, [{X, Y} || <<X>> <= I(<<1, 2>>), Y <- [a, b]]),
    p(map_gen, lists:sort([{K, V} || {K, V} <- maps:to_list(I(#{a => 1, b => 2}))])),
    p(shadowing, begin W = I(100), {W, [W2 || W2 <- [1, 2, 3]]} end),
    p(outer_var, begin Z = I(10), [Q + Z || Q <- [1, 2, 3]] end),
    p(large, length([E || E <- lists:seq(1, I(100000)), E rem 7 =:= 0])),
    p(side_effect_order, begin put(order, []), _ = [put(order, [O | get(order)]) || O <- [1, 2, 3]], lists:reverse(erase(order)) end),
    ok.

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].
