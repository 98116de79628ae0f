-module(cf_lists_basic).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    L = I([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]),
    p(reverse, [lists:reverse(L), lists:reverse([]), lists:reverse(L, [tail]), t(fun() -> lists:reverse(I([a | b])) end)]),
    p(nth, [lists:nth(1, L), lists:nth(11, L), t(fun() -> lists:nth(12, L) end), t(fun() -> lists:nth(0, L) end)]),
    p(nthtail, [lists:nthtail(0, L), lists:nthtail(8, L), lists:nthtail(11, L), t(fun() -> lists:nthtail(12, L) end)]),
    p(sublist, [lists:sublist(L, 3), lists:sublist(L, 20), lists:sublist(L, 4, 3), lists:sublist(L, 11, 5),
                lists:sublist(L, 12, 1), t(fun() -> lists:sublist(L, 13, 1) end), lists:sublist(L, 0)]),
    p(last, [lists:last(L), t(fun() -> lists:last([]) end)]),
    p(append, [lists:append([[1], [2, 3], [], [4]]), lists:append("ab", "cd"), [1, 2] ++ [3], [] ++ a, lists:append([])]),
    p(concat, lists:concat([abc, "def", 12, 3.5, 'g'])),
    p(flatten, [lists:flatten([1, [2, [3, [4, []]]], [[[5]]]]), lists:flatten([[a], [b]], [tail]), lists:flatten([]),
                lists:flatten(["ab", [$c, ["de"]]])]),
    p(flatlength, lists:flatlength([1, [2, [3, [4]]], []])),
    p(seq, [lists:seq(1, 10), lists:seq(1, 10, 3), lists:seq(10, 1, -2), lists:seq(5, 4), lists:seq(1, 1),
            t(fun() -> lists:seq(5, 1) end), t(fun() -> lists:seq(1, 5, 0) end), lists:seq(-3, 3, 2), lists:seq(1, 2, 5)]),
    p(duplicate, [lists:duplicate(3, x), lists:duplicate(0, x), t(fun() -> lists:duplicate(-1, x) end)]),
    p(delete, [lists:delete(1, L), lists:delete(7, L), lists:delete(1.0, [1, 1.0])]),
    p(subtract, [L -- [1, 5, 5, 100], lists:subtract(L, [3]), [1, 2, 1.0] -- [1.0], "hello" -- "lo"]),
    p(member, [lists:member(9, L), lists:member(9.0, L), lists:member(x, [])]),
    p(sum_max_min, [lists:sum(L), lists:sum([1, 2.5]), lists:max(L), lists:min(L), lists:max([1, 1.0]), lists:min([1.0, 1]),
                    t(fun() -> lists:max([]) end), t(fun() -> lists:sum([a]) end)]),
    p(split, [lists:split(3, L), lists:split(0, L), lists:split(11, L), t(fun() -> lists:split(12, L) end)]),
    p(splitwith, [lists:splitwith(fun(X) -> X < 4 end, L), lists:splitwith(fun(_) -> true end, [1, 2])]),
    p(dropwhile, [lists:dropwhile(fun(X) -> X < 4 end, L), lists:dropwhile(fun(_) -> true end, L)]),
    p(takewhile, [lists:takewhile(fun(X) -> X < 4 end, L), lists:takewhile(fun(_) -> false end, L)]),
    p(prefix_suffix, [lists:prefix([3, 1], L), lists:prefix([], L), lists:prefix([1], L), lists:suffix([3, 5], L),
                      lists:suffix(L, L), lists:suffix([9], L)]),
    p(droplast, [lists:droplast(L), t(fun() -> lists:droplast([]) end)]),
    p(join, [lists:join(", ", ["a", "b", "c"]), lists:join(x, []), lists:join(x, [1])]),
    p(enumerate, [lists:enumerate([a, b, c]), lists:enumerate(10, [a, b])]),
    p(uniq, [lists:uniq(L), lists:uniq(fun(X) -> X rem 3 end, L), lists:uniq([1, 1.0, 1])]),
    p(length, [length(L), length([]), t(fun() -> length(I([1 | 2])) end)]),
    p(long_list, begin LL = lists:seq(1, I(100000)), {length(LL), lists:sum(LL), lists:last(LL), lists:nth(50000, LL)} end),
    p(strings_as_lists, [lists:reverse("hello"), lists:sort("hello"), lists:usort("mississippi")]),
    ok.
