-module(b_spawn).
-export([main/0]).

%% Spawning 100 000 processes that each send one message back to the parent.
-define(N, 100000).

spawn_all(0, _) -> ok;
spawn_all(I, Parent) ->
    spawn(fun() -> Parent ! {result, I * 3 + 1} end),
    spawn_all(I - 1, Parent).

collect(0, Acc) -> Acc;
collect(K, Acc) -> receive {result, V} -> collect(K - 1, (Acc + V * V) rem 1000000007) end.

main() ->
    spawn_all(?N, self()),
    io:format("spawn: ~p~n", [collect(?N, 0)]).
