-module(cf_lists_sort).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

lcg(0, _) -> [];
lcg(N, S) -> S1 = (S * 1103515245 + 12345) rem 2147483648, [S1 rem 1000 | lcg(N - 1, S1)].

main() ->
    I = fun ?MODULE:id/1,
    L = I([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]),
    p(sort, [lists:sort(L), lists:sort([]), lists:sort([x]), lists:sort([b, a, 1, "s", {t}, 2.0, []])]),
    p(usort, [lists:usort(L), lists:usort([1, 1.0, 1]), lists:usort([2.0, 1, 2])]),
    p(sort_fun, [lists:sort(fun(A, B) -> A >= B end, L), lists:sort(fun(A, B) -> A > B end, L),
                 lists:sort(fun({_, A}, {_, B}) -> A =< B end, I([{x, 2}, {y, 1}, {z, 2}, {w, 1}]))]),
    p(usort_fun, [lists:usort(fun(A, B) -> A >= B end, L), lists:usort(fun(A, B) -> A rem 3 =< B rem 3 end, L)]),
    p(merge, [lists:merge([1, 3, 5], [2, 4, 6]), lists:merge([[1, 4], [2, 5], [3, 6]]), lists:merge([], [1]),
              lists:merge(fun(A, B) -> A >= B end, [5, 3, 1], [6, 4, 2])]),
    p(merge3, lists:merge3([1, 4], [2, 5], [3, 6])),
    p(umerge, [lists:umerge([1, 2, 3], [2, 3, 4]), lists:umerge([[1, 2], [2, 3], [3, 4]]), lists:umerge3([1], [1], [1, 2])]),
    p(rmerge, [lists:rmerge([5, 3, 1], [6, 4, 2]), lists:rumerge([3, 2, 1], [4, 3, 2])]),
    R = lcg(I(500), 42),
    S = lists:sort(R),
    p(big_sort, {length(S), lists:sublist(S, 10), lists:nthtail(490, S), S =:= lists:usort(R) orelse length(lists:usort(R))}),
    p(sorted_check, lists:all(fun({A, B}) -> A =< B end, lists:zip(lists:droplast(S), tl(S)))),
    p(reverse_sort, lists:sublist(lists:reverse(lists:sort(R)), 10)),
    p(sort_tuples, lists:sort(I([{2, a}, {1, b}, {2, a, x}, {1}, {1, a}]))),
    p(sort_stability, lists:sort(fun({A, _}, {B, _}) -> A =< B end, [{N rem 3, N} || N <- lists:seq(1, 12)])),
    p(errors, [t(fun() -> lists:sort(I(a)) end), t(fun() -> lists:sort(I([b | a])) end),
               t(fun() -> lists:merge(I(a), [1]) end)]),
    ok.
