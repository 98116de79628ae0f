-module(cf_proplists).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

main() ->
    I = fun ?MODULE:id/1,
    L = I([{a, 1}, b, {c, 3}, {a, 10}, {d}, {e, 5, extra}, "str", {f, false}]),
    p(get_value, [proplists:get_value(a, L), proplists:get_value(b, L), proplists:get_value(z, L),
                  proplists:get_value(z, L, dflt), proplists:get_value(d, L), proplists:get_value(e, L)]),
    p(get_all_values, [proplists:get_all_values(a, L), proplists:get_all_values(z, L)]),
    p(lookup, [proplists:lookup(a, L), proplists:lookup(b, L), proplists:lookup(z, L), proplists:lookup(e, L)]),
    p(lookup_all, proplists:lookup_all(a, L)),
    p(is_defined, [proplists:is_defined(b, L), proplists:is_defined(d, L), proplists:is_defined(z, L)]),
    p(get_bool, [proplists:get_bool(b, L), proplists:get_bool(f, L), proplists:get_bool(a, L), proplists:get_bool(z, L)]),
    p(get_keys, lists:sort(proplists:get_keys(L))),
    p(delete, proplists:delete(a, L)),
    p(append_values, proplists:append_values(a, I([{a, [1, 2]}, {b, x}, {a, 3}, a]))),
    p(substitute_aliases, proplists:substitute_aliases([{colour, color}], I([{colour, red}, colour, {size, 1}]))),
    p(substitute_negations, proplists:substitute_negations([{no_debug, debug}], I([no_debug, {no_debug, false}, x]))),
    p(expand, proplists:expand([{foo, [bar, baz]}], I([foo, {x, 1}]))),
    p(normalize, proplists:normalize(I([a, {b, true}, {no_c, true}]), [{negations, [{no_c, c}]}, {aliases, [{b, bee}]}])),
    p(compact_unfold, [proplists:compact(I([{a, true}, {b, 1}, c])), proplists:unfold(I([a, {b, 1}]))]),
    p(property, [proplists:property(I({a, true})), proplists:property(I(a), I(x)), proplists:property(I({a, 1}))]),
    p(split, proplists:split(I([{a, 1}, {b, 2}, c, {a, 3}, d]), [a, c])),
    p(to_from_map, [proplists:to_map(I([{a, 1}, b, {a, 2}, {c, 3}])), lists:sort(proplists:from_map(I(#{x => 1, y => 2})))]),
    p(keyfind_equiv, [lists:keyfind(a, 1, L), proplists:get_value(a, L)]),
    ok.
