-module(cf_ets_bag).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    B = ets:new(cf_bag, [bag]),
    D = ets:new(cf_dbag, [duplicate_bag]),
    Objs = I([{k, 1}, {k, 2}, {k, 1}, {j, 1}, {k, 1.0}, {1, a}, {1.0, b}]),
    ets:insert(B, Objs),
    ets:insert(D, Objs),
    p(bag_lookup, [lists:sort(ets:lookup(B, k)), ets:lookup(B, j), ets:lookup(B, 1), ets:lookup(B, 1.0)]),
    p(dbag_lookup, [lists:sort(ets:lookup(D, k)), ets:lookup(D, j)]),
    p(sizes, [ets:info(B, size), ets:info(D, size)]),
    p(bag_tab2list, lists:sort(ets:tab2list(B))),
    p(dbag_tab2list, lists:sort(ets:tab2list(D))),
    p(dbag_insert_order_within_key, ets:lookup(D, k) =:= [{k, 1}, {k, 2}, {k, 1}, {k, 1.0}]),
    p(delete_object, [ets:delete_object(B, {k, 1}), lists:sort(ets:lookup(B, k)), ets:delete_object(D, {k, 1}), lists:sort(ets:lookup(D, k))]),
    p(delete_key, [ets:delete(B, k), ets:lookup(B, k), ets:member(B, k), ets:member(B, j)]),
    p(lookup_element_bag, [lists:sort(ets:lookup_element(D, k, 2)), t(fun() -> ets:lookup_element(D, zz, 2) end)]),
    p(insert_new_bag, [ets:insert_new(B, {j, 99}), ets:insert_new(B, {new, 1}), lists:sort(ets:tab2list(B))]),
    p(match_bag, lists:sort(ets:match(D, {'$1', '$2'}))),
    p(match_object_bag, lists:sort(ets:match_object(D, {k, '_'}))),
    p(select_bag, lists:sort(ets:select(D, [{{'$1', '$2'}, [{is_number, '$2'}], [{{'$2', '$1'}}]}]))),
    p(take_bag, [lists:sort(ets:take(D, k)), ets:lookup(D, k)]),
    p(update_counter_bag, t(fun() -> ets:update_counter(B, j, 1) end)),
    p(first_next_sorted, lists:sort(walk(B, ets:first(B)))),
    Many = ets:new(many_bag, [duplicate_bag]),
    [ets:insert(Many, {N rem 10, N}) || N <- lists:seq(1, I(500))],
    p(many, {ets:info(Many, size), length(ets:lookup(Many, 3)), lists:sum([V || {_, V} <- ets:lookup(Many, 0)])}),
    p(counts, lists:sort([{K, length(ets:lookup(Many, K))} || K <- lists:seq(0, 9)])),
    [ets:delete(X) || X <- [B, D, Many]],
    ok.

walk(_, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].
