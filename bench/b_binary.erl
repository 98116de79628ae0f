-module(b_binary).
-export([main/0]).

%% Binary construction (appending) and matching.
build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, N:32, (N band 255):8, "x">>).

sum(<<N:32, B:8, $x, Rest/binary>>, Acc) -> sum(Rest, Acc + N + B);
sum(<<>>, Acc) -> Acc.

loop(0, Acc) -> Acc;
loop(K, Acc) ->
    Bin = build(50000, <<>>),
    loop(K - 1, Acc + sum(Bin, 0) + byte_size(Bin)).

main() ->
    io:format("binary: ~p~n", [loop(150, 0)]).
