-module(cf_gb_trees).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    E = gb_trees:empty(),
    T1 = gb_trees:insert(b, 2, gb_trees:insert(a, 1, gb_trees:insert(c, 3, E))),
    p(basic, [gb_trees:to_list(T1), gb_trees:size(T1), gb_trees:is_empty(E), gb_trees:is_empty(T1)]),
    p(lookup, [gb_trees:lookup(a, T1), gb_trees:lookup(z, T1), gb_trees:get(b, T1), t(fun() -> gb_trees:get(z, T1) end),
               gb_trees:is_defined(c, T1), gb_trees:is_defined(d, T1)]),
    p(insert_dup, t(fun() -> gb_trees:insert(a, 9, T1) end)),
    p(enter_update, [gb_trees:to_list(gb_trees:enter(a, 9, T1)), gb_trees:to_list(gb_trees:enter(d, 4, T1)),
                     gb_trees:to_list(gb_trees:update(b, 20, T1)), t(fun() -> gb_trees:update(z, 0, T1) end)]),
    p(delete, [gb_trees:to_list(gb_trees:delete(b, T1)), gb_trees:to_list(gb_trees:delete_any(z, T1)),
               t(fun() -> gb_trees:delete(z, T1) end)]),
    p(keys_values, {gb_trees:keys(T1), gb_trees:values(T1)}),
    p(smallest_largest, [gb_trees:smallest(T1), gb_trees:largest(T1), t(fun() -> gb_trees:smallest(E) end)]),
    {Ks, Vs, Ts} = gb_trees:take_smallest(T1),
    {Kl, Vl, Tl} = gb_trees:take_largest(T1),
    {Vb, Tb} = gb_trees:take(b, T1),
    p(take, [{Ks, Vs, gb_trees:keys(Ts)}, {Kl, Vl, gb_trees:keys(Tl)}, {Vb, gb_trees:keys(Tb)}, gb_trees:take_any(z, T1)]),
    p(map, gb_trees:to_list(gb_trees:map(fun(Km, Vm) -> {Km, Vm * 10} end, T1))),
    p(iterator, iter(gb_trees:next(gb_trees:iterator(T1)))),
    p(iterator_from, iter(gb_trees:next(gb_trees:iterator_from(b, T1)))),
    %% a larger tree; random-ish insertion order
    Keys = [(N * 7919) rem 1009 || N <- lists:seq(1, I(1000))],
    Big = lists:foldl(fun(Ke, Te) -> gb_trees:enter(Ke, Ke * Ke, Te) end, E, Keys),
    p(big, {gb_trees:size(Big), lists:sublist(gb_trees:keys(Big), 10), gb_trees:smallest(Big), gb_trees:largest(Big),
            gb_trees:lookup(500, Big)}),
    Balanced = gb_trees:balance(Big),
    p(balanced_same, gb_trees:to_list(Balanced) =:= gb_trees:to_list(Big)),
    Half = lists:foldl(fun(Kd, Td) -> gb_trees:delete_any(Kd, Td) end, Big, lists:seq(0, 500)),
    p(half, {gb_trees:size(Half), gb_trees:smallest(Half)}),
    p(from_orddict, gb_trees:to_list(gb_trees:from_orddict([{1, a}, {2, b}, {3, c}]))),
    p(term_keys, gb_trees:keys(gb_trees:from_orddict(lists:usort([{Kt, x} || Kt <- I([1, 1.5, a, "s", {t}, <<"b">>])])))),
    p(numeric_keys, gb_trees:to_list(gb_trees:enter(1.0, float, gb_trees:insert(1, int, E)))),
    ok.

iter(none) -> [];
iter({K, V, It}) -> [{K, V} | iter(gb_trees:next(It))].
