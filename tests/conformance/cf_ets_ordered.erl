-module(cf_ets_ordered).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    T = ets:new(cf_oset, [ordered_set]),
    ets:insert(T, I([{5, e}, {1, a}, {3, c}, {2, b}, {4, d}, {b, atom}, {"s", str}, {{t}, tup}, {1.5, f}, {<<"b">>, bin}])),
    p(tab2list_ordered, ets:tab2list(T)),
    p(first_last, [ets:first(T), ets:last(T)]),
    p(walk, walk(T, ets:first(T))),
    p(walk_back, walk_back(T, ets:last(T))),
    p(next_prev, [ets:next(T, 3), ets:prev(T, 3), ets:next(T, 2.5), ets:prev(T, 2.5), ets:next(T, I(<<"b">>)), ets:prev(T, 1)]),
    %% ordered_set compares keys with ==, so 1.0 replaces 1
    ets:insert(T, {1.0, float_one}),
    p(int_float_same_key, [ets:lookup(T, 1), ets:lookup(T, 1.0), ets:info(T, size)]),
    p(match_ordered, element(1, ets:match(T, {'$1', '$2'}, 3))),
    p(match_object_pattern, ets:match_object(T, {'_', '$1'}) =:= ets:tab2list(T)),
    p(select_range, ets:select(T, [{{'$1', '$2'}, [{is_number, '$1'}, {'>=', '$1', 2}, {'=<', '$1', 4}], ['$2']}])),
    p(select_body_forms, ets:select(T, [{{'$1', '$2'}, [{is_integer, '$1'}], [['$1', '$2'], {{'$2'}}, '$_', '$$']}])),
    p(select_limit, begin {R1, C1} = ets:select(T, [{{'$1', '_'}, [], ['$1']}], 4), {R2, C2} = ets:select(C1),
                          {R1, R2, case ets:select(C2) of {R3, _} -> R3; '$end_of_table' -> eot end} end),
    p(select_reverse, ets:select_reverse(T, [{{'$1', '_'}, [{is_integer, '$1'}], ['$1']}])),
    p(match_spec_ops, ets:select(T, [{{'$1', '$2'}, [{'andalso', {is_integer, '$1'}, {'>', {'*', '$1', 2}, 6}}],
                                       [{{'$1', {'+', '$1', 100}, {element, 1, {{'$2'}}}}}]}])),
    p(fun2ms_like, ets:select(T, [{{'$1', '$2'}, [{'orelse', {'==', '$2', a}, {'==', '$2', e}}], ['$1']}])),
    p(update_counter, [ets:insert(T, {ctr, 10}), ets:update_counter(T, ctr, 5), ets:update_counter(T, ctr, {2, -20, 0, 0}), ets:lookup(T, ctr)]),
    p(delete, [ets:delete(T, 3), ets:next(T, 2), ets:delete(T, ctr), ets:info(T, size)]),
    p(foldl_foldr, [ets:foldl(fun({K, _}, A) -> [K | A] end, [], T), ets:foldr(fun({K, _}, A) -> [K | A] end, [], T)]),
    Big = ets:new(big_oset, [ordered_set]),
    Keys = [(N * 7919) rem 10007 || N <- lists:seq(1, I(2000))],
    ets:insert(Big, [{K, K} || K <- Keys]),
    p(big, {ets:info(Big, size), ets:first(Big), ets:last(Big), ets:next(Big, 5000), ets:prev(Big, 5000),
            lists:sublist([K || {K, _} <- ets:tab2list(Big)], 10)}),
    p(big_select_count, ets:select_count(Big, [{{'$1', '_'}, [{'<', '$1', 1000}], [true]}])),
    p(tuple_keys, begin TK = ets:new(tk, [ordered_set]),
                        ets:insert(TK, [{{2, a}, x}, {{1, z}, y}, {{1, b}, z}, {{1}, w}]),
                        R = ets:tab2list(TK), ets:delete(TK), R end),
    p(errors, [t(fun() -> ets:select(T, I([{bad_spec}])) end), t(fun() -> ets:next(T, ets:last(T)) end),
               t(fun() -> ets:prev(T, ets:first(T)) end)]),
    ets:delete(T), ets:delete(Big),
    ok.

walk(_, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].

walk_back(_, '$end_of_table') -> [];
walk_back(T, K) -> [K | walk_back(T, ets:prev(T, K))].
