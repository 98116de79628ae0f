-module(b_tak).
-export([main/0]).

%% Takeuchi function: deep non-tail recursion with comparisons.
tak(X, Y, Z) when Y < X -> tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_, _, Z) -> Z.

loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, Acc + tak(24, 16, 8)).

main() ->
    io:format("tak: ~p~n", [loop(10, 0)]).
