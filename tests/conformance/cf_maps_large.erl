-module(cf_maps_large).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

main() ->
    I = fun ?MODULE:id/1,
    %% boundary between flat and hashed maps (32 keys)
    lists:foreach(
      fun(N) ->
              M = maps:from_list([{K, K * K} || K <- lists:seq(1, I(N))]),
              p({size, N}, {map_size(M), lists:sort(maps:keys(M)) =:= lists:seq(1, N),
                            maps:get(N, M), maps:is_key(N + 1, M), lists:sum(maps:values(M))})
      end, [31, 32, 33, 64, 65, 1000]),
    %% printing order of large maps (atoms, integers, mixed)
    M33 = maps:from_list([{K, K} || K <- lists:seq(1, I(33))]),
    io:format("~w~n", [M33]),
    MA = maps:from_list([{list_to_atom("k" ++ integer_to_list(K)), K} || K <- lists:seq(1, I(40))]),
    p(atom_keys_sorted, lists:sublist(lists:sort(maps:to_list(MA)), 8)),
    MT = maps:from_list([{{K, K rem 3}, <<K>>} || K <- lists:seq(1, I(34))]),
    io:format("~w~n", [MT]),
    MX = maps:from_list([{K, v} || K <- [1, 1.0, "s", <<"b">>, {1}, [], -5, 1 bsl 70, 2.5 | lists:seq(100, 130)]]),
    io:format("~w~n", [MX]),
    p(mixed_keys_size, map_size(MX)),
    %% iteration order of hashed maps (integer and compound keys only: atom hashes vary per run)
    p(to_list_first5, lists:sublist(maps:to_list(M33), 5)),
    p(keys_first5, lists:sublist(maps:keys(MX), 5)),
    p(values_first5, lists:sublist(maps:values(MT), 5)),
    %% insert, update, remove on large maps
    Big = maps:from_list([{K, 0} || K <- lists:seq(1, I(200))]),
    B1 = Big#{50 := 1, 201 => new},
    B2 = maps:remove(100, B1),
    B3 = lists:foldl(fun(K, Acc) -> maps:remove(K, Acc) end, B2, lists:seq(1, 180)),
    p(large_ops, {map_size(B1), map_size(B2), map_size(B3), maps:get(50, B1), maps:find(100, B2),
                  lists:sort(maps:to_list(B3))}),
    io:format("~w~n", [B3]),
    p(large_update_missing, t(fun() -> Big#{999 := x} end)),
    %% equality and comparison of large maps independent of construction order
    R1 = maps:from_list([{K, K} || K <- lists:seq(1, I(50))]),
    R2 = maps:from_list([{K, K} || K <- lists:reverse(lists:seq(1, I(50)))]),
    R3 = lists:foldl(fun(K, Acc) -> Acc#{K => K} end, #{}, lists:seq(50, 1, -1)),
    p(large_eq, {R1 =:= R2, R2 =:= R3, R1 == R3#{1 => 1.0}, R1 =:= R3#{1 => 1.0}, R1 < R1#{51 => 0}}),
    p(large_cmp, [R1 < R2#{50 => 51}, R1#{1 => 2} > R1, lists:sort([R1#{1 => 2}, R1, R1#{2 => 0}]) =:= [R1#{2 => 0}, R1, R1#{1 => 2}]]),
    %% large map as a key
    KM = #{R1 => big_key, #{} => empty},
    p(map_key, {maps:get(R2, KM), maps:get(#{}, KM)}),
    %% large map pattern match
    #{33 := V33, 1 := V1} = R1,
    p(match_large, {V33, V1}),
    p(fold_sum, maps:fold(fun(K, V, Acc) -> Acc + K * V end, 0, R1)),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
