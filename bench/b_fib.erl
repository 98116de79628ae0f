-module(b_fib).
-export([main/0]).

%% Naive doubly recursive Fibonacci: calls and small-integer arithmetic.
fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

%% fib(30) is about 50 ms on the OTP 25 JIT, so it is computed 20 times.
loop(0, Acc) -> Acc;
loop(K, _) -> loop(K - 1, fib(30)).

main() ->
    io:format("fib(30) = ~p~n", [loop(20, 0)]).
