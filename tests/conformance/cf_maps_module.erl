-module(cf_maps_module).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

main() ->
    I = fun ?MODULE:id/1,
    M = I(#{a => 1, b => 2, c => 3}),
    p(get, [maps:get(a, M), maps:get(z, M, default), t(fun() -> maps:get(z, M) end), t(fun() -> maps:get(a, I(x)) end)]),
    p(find, [maps:find(b, M), maps:find(z, M), t(fun() -> maps:find(a, I([])) end)]),
    p(put, [maps:put(d, 4, M), maps:put(a, 0, M)]),
    p(update, [maps:update(a, 9, M), t(fun() -> maps:update(z, 9, M) end)]),
    p(remove, [maps:remove(a, M), maps:remove(z, M), t(fun() -> maps:remove(a, I(1)) end)]),
    p(take, [maps:take(a, M), maps:take(z, M)]),
    p(is_key, [maps:is_key(a, M), maps:is_key(1, M), t(fun() -> maps:is_key(a, I(<<>>)) end)]),
    p(keys_values, {maps:keys(M), maps:values(M)}),
    p(to_from_list, {maps:to_list(M), maps:from_list([{x, 1}, {y, 2}, {x, 3}]), t(fun() -> maps:from_list(I([a])) end)}),
    p(from_keys, maps:from_keys([a, b, a], 0)),
    p(size, [maps:size(M), maps:size(#{}), t(fun() -> maps:size(I(a)) end)]),
    p(merge, [maps:merge(M, #{c => 30, d => 40}), maps:merge(#{}, M), t(fun() -> maps:merge(M, I(x)) end)]),
    p(merge_with, maps:merge_with(fun(_K, V1, V2) -> V1 + V2 end, M, #{a => 10, z => 26})),
    p(map, maps:map(fun(K, V) -> {K, V * 10} end, M)),
    p(filter, maps:filter(fun(_K, V) -> V rem 2 =:= 1 end, M)),
    p(filtermap, maps:filtermap(fun(a, _) -> false; (b, V) -> {true, V * 100}; (_, _) -> true end, M)),
    p(fold, maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M)),
    p(foreach, begin maps:foreach(fun(K, V) -> put(K, V) end, M), lists:sort([{K, get(K)} || K <- [a, b, c]]) end),
    p(with_without, {maps:with([a, c, z], M), maps:without([a, z], M)}),
    p(update_with, [maps:update_with(a, fun(V) -> V + 1 end, M), maps:update_with(z, fun(V) -> V + 1 end, 0, M),
                    t(fun() -> maps:update_with(z, fun(V) -> V end, M) end)]),
    p(groups_from_list, maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10))),
    p(groups_from_list3, maps:groups_from_list(fun(X) -> X rem 2 end, fun(X) -> X * X end, lists:seq(1, 6))),
    p(intersect, [maps:intersect(M, #{a => x, z => y}), maps:intersect_with(fun(_, A, B) -> {A, B} end, M, #{b => bb})]),
    It = maps:iterator(M),
    p(iterator, iter(maps:next(It))),
    p(empty_next, maps:next(maps:iterator(#{}))),
    %% maps:get/3 and find on float/int keys
    F = I(#{1 => int, 2.0 => float}),
    p(numeric_keys, [maps:get(1, F, none), maps:get(1.0, F, none), maps:get(2, F, none), maps:get(2.0, F, none)]),
    %% large sequences through maps functions
    Big = maps:from_list([{N, N} || N <- lists:seq(1, I(100))]),
    p(big_filter, lists:sort(maps:keys(maps:filter(fun(K, _) -> K rem 10 =:= 0 end, Big)))),
    p(big_fold, maps:fold(fun(_, V, A) -> A + V end, 0, Big)),
    p(big_map_sum, lists:sum(maps:values(maps:map(fun(_, V) -> V * 2 end, Big)))),
    p(big_without, map_size(maps:without(lists:seq(1, 50), Big))),
    ok.

iter(none) -> [];
iter({K, V, Next}) -> [{K, V} | iter(maps:next(Next))].

t(F) -> try F() catch C:R -> {C, R} end.
