-module(cf_lists_hof).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    L = I(lists:seq(1, 10)),
    p(map, [lists:map(fun(X) -> X * X end, L), lists:map(fun(X) -> X end, [])]),
    p(filter, lists:filter(fun(X) -> X rem 3 =:= 0 end, L)),
    p(filtermap, lists:filtermap(fun(X) when X rem 2 =:= 0 -> {true, X div 2}; (X) -> X > 8 end, L)),
    p(foldl, [lists:foldl(fun(X, A) -> [X | A] end, [], L), lists:foldl(fun(X, A) -> X + A end, 0, L)]),
    p(foldr, lists:foldr(fun(X, A) -> [X | A] end, [], L)),
    p(mapfoldl, lists:mapfoldl(fun(X, A) -> {X * 2, A + X} end, 0, L)),
    p(mapfoldr, lists:mapfoldr(fun(X, A) -> {{X, A}, A + 1} end, 0, [a, b, c])),
    p(flatmap, lists:flatmap(fun(X) -> lists:duplicate(X, X) end, [1, 2, 3])),
    p(zip, [lists:zip([a, b, c], [1, 2, 3]), t(fun() -> lists:zip([a], I([1, 2])) end)]),
    p(zip3, lists:zip3([a, b], [1, 2], [x, y])),
    p(zipwith, [lists:zipwith(fun(A, B) -> A * B end, [1, 2, 3], [4, 5, 6]),
                lists:zipwith3(fun(A, B, C) -> A + B + C end, [1], [2], [3])]),
    p(unzip, [lists:unzip([{a, 1}, {b, 2}]), lists:unzip3([{a, 1, x}, {b, 2, y}])]),
    p(partition, lists:partition(fun(X) -> X > 5 end, L)),
    p(all_any, [lists:all(fun(X) -> X > 0 end, L), lists:all(fun(X) -> X > 5 end, L), lists:all(fun(_) -> false end, []),
                lists:any(fun(X) -> X > 9 end, L), lists:any(fun(X) -> X > 10 end, L), lists:any(fun(_) -> true end, [])]),
    p(foreach, begin put(acc, []), lists:foreach(fun(X) -> put(acc, [X | get(acc)]) end, [a, b, c]), erase(acc) end),
    p(search, [lists:search(fun(X) -> X > 4 end, L), lists:search(fun(X) -> X > 40 end, L)]),
    p(splitwith_hof, lists:splitwith(fun(X) -> X rem 4 =/= 0 end, L)),
    p(dropwhile_all, lists:dropwhile(fun(X) -> X < 100 end, L)),
    p(composition, lists:foldl(fun(F, Acc) -> F(Acc) end, 3, [fun(X) -> X + 1 end, fun(X) -> X * 10 end, fun(X) -> X - 2 end])),
    p(fun_errors, [t(fun() -> lists:map(I(not_fun), [1]) end), t(fun() -> lists:foldl(fun(X, A) -> X + A end, 0, I([1, a])) end),
                   t(fun() -> lists:filter(fun(_) -> maybe end, [1]) end), t(fun() -> lists:map(fun(X) -> X end, I(notalist)) end)]),
    p(closure_capture, begin N = I(100), lists:map(fun(X) -> X + N end, [1, 2, 3]) end),
    p(nested_hof, lists:map(fun(X) -> lists:map(fun(Y) -> X * Y end, [1, 2, 3]) end, [1, 2])),
    p(foldl_big, lists:foldl(fun(X, {S, C}) -> {S + X, C + 1} end, {0, 0}, lists:seq(1, I(200000)))),
    ok.
