-module(b_maps).
-export([main/0]).

%% Map insertion, update and lookup on a large (hashed) map.
fill(0, M) -> M;
fill(N, M) -> fill(N - 1, M#{N => N * 2}).

bump(0, M) -> M;
bump(N, M) -> #{N := V} = M, bump(N - 1, M#{N := V + 1}).

total(0, _, Acc) -> Acc;
total(N, M, Acc) -> total(N - 1, M, Acc + maps:get(N, M)).

loop(0, Acc) -> Acc;
loop(K, Acc) ->
    M = bump(100000, fill(100000, #{})),
    loop(K - 1, Acc + total(100000, M, 0) + map_size(M)).

main() ->
    io:format("maps: ~p~n", [loop(3, 0)]).
