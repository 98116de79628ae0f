-module(b_qsort).
-export([main/0]).

%% Quicksort with list comprehensions over pseudo-random integers.
qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P | qsort([X || X <- T, X >= P])].

rand_list(0, _, Acc) -> Acc;
rand_list(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) band 16#7FFFFFFF,
    rand_list(N - 1, S1, [S1 rem 1000000 | Acc]).

loop(0, _, Acc) -> Acc;
loop(N, L, Acc) ->
    [First | _] = qsort(L),
    loop(N - 1, L, Acc + First).

main() ->
    L = rand_list(20000, 42, []),
    Sorted = qsort(L),
    io:format("qsort: ~p ~p ~p~n", [loop(40, L, 0), hd(Sorted), lists:last(Sorted)]).
