-module(cf_ets_set).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    T = ets:new(cf_set, [set, public]),
    p(insert, [ets:insert(T, {a, 1}), ets:insert(T, [{b, 2}, {c, 3, extra}]), ets:insert(T, {a, 10}),
               ets:insert_new(T, {a, 99}), ets:insert_new(T, {d, 4}), ets:insert_new(T, [{e, 5}, {a, 0}])]),
    p(lookup, [ets:lookup(T, a), ets:lookup(T, c), ets:lookup(T, zz), ets:lookup(T, I(e))]),
    p(lookup_element, [ets:lookup_element(T, c, 3), ets:lookup_element(T, a, 1), t(fun() -> ets:lookup_element(T, zz, 2) end),
                       t(fun() -> ets:lookup_element(T, a, 5) end)]),
    p(member, [ets:member(T, a), ets:member(T, zz)]),
    p(tab2list_sorted, lists:sort(ets:tab2list(T))),
    p(size, ets:info(T, size)),
    p(first_next_sorted, lists:sort(walk(T, ets:first(T)))),
    p(last_equals_first_for_set, ets:last(T) =:= ets:first(T)),
    p(next_missing_key, t(fun() -> ets:next(T, I(no_such_key)) end)),
    p(delete, [ets:delete(T, a), ets:lookup(T, a), ets:delete(T, zz), ets:delete_object(T, {b, 999}), ets:lookup(T, b),
               ets:delete_object(T, {b, 2}), ets:lookup(T, b)]),
    p(update_counter, [ets:insert(T, {cnt, 0}), ets:update_counter(T, cnt, 1), ets:update_counter(T, cnt, 10),
                       ets:update_counter(T, cnt, -3), ets:update_counter(T, cnt, {2, 100}),
                       ets:update_counter(T, cnt, {2, 1, 150, 0}), ets:update_counter(T, cnt, {2, 1, 150, 0}),
                       ets:update_counter(T, cnt, [{2, 1}, {2, 1}]), t(fun() -> ets:update_counter(T, zz, 1) end),
                       ets:update_counter(T, newcnt, 5, {newcnt, 100}), ets:lookup(T, newcnt),
                       t(fun() -> ets:update_counter(T, c, 1) end)]),
    p(update_element, [ets:update_element(T, c, {2, 33}), ets:lookup(T, c), ets:update_element(T, zz, {2, 1}),
                       ets:update_element(T, c, [{2, 1}, {3, x}]), ets:lookup(T, c), t(fun() -> ets:update_element(T, c, {1, k}) end)]),
    p(take, [ets:take(T, d), ets:take(T, d)]),
    %% keys compare with =:= in set tables
    ets:insert(T, [{1, int}, {1.0, float}]),
    p(int_float_keys, [ets:lookup(T, 1), ets:lookup(T, 1.0)]),
    p(match_object_sorted, lists:sort(ets:match_object(T, {'_', '_'}))),
    p(match, lists:sort(ets:match(T, {'$1', int}))),
    p(select, lists:sort(ets:select(T, [{{'$1', '$2'}, [{is_integer, '$2'}], [{{'$2', '$1'}}]}]))),
    p(select_count, ets:select_count(T, [{{'_', '$1'}, [{is_atom, '$1'}], [true]}])),
    p(select_delete, [ets:select_delete(T, [{{'_', '$1'}, [{is_atom, '$1'}], [true]}]), lists:sort(ets:tab2list(T))]),
    p(foldl, ets:foldl(fun({_, V}, Acc) when is_integer(V) -> Acc + V; (_, Acc) -> Acc end, 0, T)),
    Many = ets:new(many, [set]),
    ets:insert(Many, [{N, N * N} || N <- lists:seq(1, I(1000))]),
    p(many, {ets:info(Many, size), ets:lookup(Many, 500), length(ets:select(Many, [{{'$1', '_'}, [{'<', '$1', 100}], ['$1']}]))}),
    p(delete_all, [ets:delete_all_objects(Many), ets:info(Many, size)]),
    p(info, [ets:info(T, type), ets:info(T, keypos), ets:info(T, protection), ets:info(T, named_table)]),
    p(delete_table, [ets:delete(T), ets:info(T), t(fun() -> ets:lookup(T, a) end), t(fun() -> ets:insert(T, {x}) end)]),
    N = ets:new(cf_named_tab, [named_table, set]),
    p(named, [N, ets:insert(cf_named_tab, {k, v}), ets:lookup(cf_named_tab, k), ets:whereis(cf_named_tab) =/= undefined,
              t(fun() -> ets:new(cf_named_tab, [named_table]) end), ets:delete(cf_named_tab)]),
    p(bad_args, [t(fun() -> ets:insert(I(no_such_table_x), {a}) end), t(fun() -> ets:new(x, [bogus_option]) end),
                 t(fun() -> ets:insert(Many, I({})) end), t(fun() -> ets:insert(Many, I(notuple)) end)]),
    p(keypos, begin K = ets:new(kp, [{keypos, 2}]), ets:insert(K, [{rec, k1, v1}, {rec, k2, v2}]),
                   R = {ets:lookup(K, k2), t(fun() -> ets:insert(K, {short}) end)}, ets:delete(K), R end),
    ok.

walk(_, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].
