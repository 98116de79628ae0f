-module(cf_maps_keys).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

main() ->
    I = fun ?MODULE:id/1,
    %% 1 and 1.0 are different keys (exact equality)
    M = I(#{1 => int, 1.0 => float}),
    p(int_float_keys, {map_size(M), maps:get(1, M), maps:get(1.0, M), M}),
    p(match_int, case M of #{1 := V1} -> V1 end),
    p(match_float, case M of #{1.0 := V2} -> V2 end),
    p(update_int, M#{1 := int2}),
    p(update_float, M#{1.0 := float2}),
    p(missing_float, t(fun() -> (I(#{1 => a}))#{1.0 := b} end)),
    p(zero_keys, I(#{0 => pos, 0.0 => fpos, -0.0 => fneg})),
    p(zero_size, map_size(I(#{0.0 => a, -0.0 => b}))),
    %% keys ordering in printing of small maps: term order, integers before floats of the same value
    p(ordering, I(#{b => 1, a => 2, 1 => x, 1.0 => y, "str" => s, <<"bin">> => b, {t} => t, [] => nil, 0.5 => h, -1 => n})),
    p(ordering_keys, maps:keys(I(#{z => 1, 3 => 1, 2.0 => 1, 2 => 1, [a] => 1, {} => 1, #{} => 1, <<>> => 1}))),
    p(to_list_small, maps:to_list(I(#{3 => c, 1 => a, 2 => b, 1.5 => ab}))),
    %% comparing maps: size first, then keys, then values
    p(compare, [I(#{a => 1}) < I(#{a => 1, b => 1}), I(#{z => 1}) < I(#{a => 1, b => 1}),
                I(#{1 => a}) < I(#{1.0 => a}), I(#{1 => a}) == I(#{1.0 => a}), I(#{a => 1}) < I(#{a => 1.0}),
                I(#{a => 1}) == I(#{a => 1.0}), I(#{a => 2}) < I(#{b => 1}), I(#{1.0 => a}) < I(#{2 => a})]),
    p(sort, lists:sort(I([#{1.0 => a}, #{1 => a}, #{a => 1}, #{a => 1.0}, #{0 => z}, #{}]))),
    p(usort, lists:usort(I([#{1.0 => a}, #{1 => a}, #{1 => a}]))),
    %% keys that are maps, lists, tuples with floats
    K = I(#{#{1 => a} => one, #{1.0 => a} => onef, [1] => l, [1.0] => lf, {1} => tp, {1.0} => tpf}),
    p(compound_keys, {map_size(K), maps:get(#{1.0 => a}, K), maps:get([1.0], K), maps:get({1}, K)}),
    %% is_map_key and find with numeric lookalikes
    p(lookalikes, [maps:is_key(I(1.0), I(#{1 => x})), maps:find(I(1), I(#{1.0 => x})), maps:is_key(I(<<"a">>), I(#{"a" => x}))]),
    %% big integer and float keys near 2^53
    B = I(#{(1 bsl 53) => i, 9007199254740992.0 => f, (1 bsl 53) + 1 => i1}),
    p(big_keys, {map_size(B), lists:sort(maps:keys(B))}),
    %% atoms and strings
    p(atom_vs_string, I(#{abc => 1, "abc" => 2, <<"abc">> => 3})),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
