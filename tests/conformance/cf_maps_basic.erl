-module(cf_maps_basic).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

get_a(#{a := A}) -> {a, A};
get_a(#{}) -> no_a;
get_a(_) -> not_map.

main() ->
    I = fun ?MODULE:id/1,
    M0 = I(#{}),
    M1 = M0#{a => 1},
    M2 = M1#{b => 2, c => 3},
    M3 = M2#{a := 10},
    M4 = M3#{a => 100, d => 4},
    p(build, [M0, M1, M2, M3, M4]),
    p(sizes, [map_size(M) || M <- [M0, M1, M2, M3, M4]]),
    p(update_missing, t(fun() -> (I(#{a => 1}))#{b := 2} end)),
    p(update_missing_many, t(fun() -> (I(#{a => 1}))#{a := 2, z := 3} end)),
    p(update_non_map, t(fun() -> (I(not_a_map))#{a => 1} end)),
    p(update_non_map2, t(fun() -> (I([1]))#{a := 1} end)),
    p(match_missing, t(fun() -> #{x := X} = I(#{y => 1}), X end)),
    p(match_non_map, t(fun() -> #{x := X} = I({x, 1}), X end)),
    p(get_a, [get_a(I(X)) || X <- [#{a => 1}, #{a => undefined, b => 2}, #{b => 1}, #{}, [a]]]),
    %% matching several keys and binding values
    #{a := A, c := C} = M4,
    p(multi_match, {A, C}),
    %% key variable bound before
    K = I(b),
    #{K := VB} = M4,
    p(bound_key, VB),
    %% key expressions
    KM = I(#{{x, 1} => tuple_key, [1, 2] => list_key, <<"bin">> => bin_key, 1.5 => float_key, #{} => map_key}),
    p(complex_keys, [maps:get(Key, KM) || Key <- [{x, 1}, [1, 2], <<"bin">>, 1.5, #{}]]),
    #{{x, 1} := TK} = KM,
    p(tuple_key_match, TK),
    %% update with same key multiple times in one expression
    Ka = I(a),
    p(dup_keys, (I(#{}))#{Ka => 1, a => 2}),
    p(dup_keys2, (I(#{a => 0}))#{a := 1, Ka := 2}),
    %% maps inside other terms, equality and ordering
    p(eq, [#{a => 1, b => 2} =:= #{b => 2, a => 1}, #{a => 1} == #{a => 1.0}, #{a => 1} =:= #{a => 1.0},
           #{1 => a} == #{1.0 => a}, #{} < #{a => 1}, #{b => 1} < #{a => 1, c => 1}, #{a => 2} > #{b => 1},
           #{a => 1} < #{a => 2}]),
    p(sort_maps, lists:sort(I([#{b => 1}, #{a => 2}, #{a => 1, b => 1}, #{}, #{c => 0}, #{1 => x}, #{a => 1}]))),
    %% map as function argument patterns and case
    p(case_map, [case I(X) of
                     #{type := circle, r := R} -> {circle, R};
                     #{type := square} = S -> {square, maps:get(side, S, none)};
                     #{} -> unknown_map;
                     _ -> not_a_map
                 end || X <- [#{type => circle, r => 2}, #{type => square, side => 3}, #{type => square},
                              #{type => other}, atom]]),
    %% empty map pattern matches any map
    p(empty_pattern, [case I(X) of #{} -> map; _ -> no end || X <- [#{}, #{a => 1}, [], {}]]),
    %% nested update
    N = I(#{cfg => #{depth => 1, name => "x"}}),
    #{cfg := Cfg} = N,
    p(nested_update, N#{cfg := Cfg#{depth := 2, extra => true}}),
    %% guards
    p(guards, [g(I(X)) || X <- [#{a => 1}, #{a => 1, b => 2}, #{b => 1}, x]]),
    ok.

g(M) when is_map(M), map_size(M) > 1 -> big;
g(M) when is_map_key(a, M) -> has_a;
g(M) when is_map(M) -> other_map;
g(_) -> not_map.

t(F) -> try F() catch C:R -> {C, R} end.
