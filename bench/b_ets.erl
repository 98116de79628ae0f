-module(b_ets).
-export([main/0]).

%% ETS: 1 000 000 keys inserted into a set table, then each looked up.
-define(N, 1000000).

fill(_, 0) -> ok;
fill(T, K) -> true = ets:insert(T, {K, K * 2}), fill(T, K - 1).

sum(_, 0, Acc) -> Acc;
sum(T, K, Acc) -> [{_, V}] = ets:lookup(T, K), sum(T, K - 1, Acc + V).

main() ->
    T = ets:new(bench, [set]),
    fill(T, ?N),
    S = sum(T, ?N, 0),
    io:format("ets: ~p ~p~n", [S, ets:info(T, size)]).
