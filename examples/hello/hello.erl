%% A first beamr program: prints through OTP's io module and the group leader.
-module(hello).
-export([main/0]).

main() ->
    io:format("Hello from beamr!~n"),
    Squares = [N * N || N <- lists:seq(1, 10)],
    io:format("squares: ~p~n", [Squares]),
    io:format("2^100 = ~p~n", [pow(2, 100)]),
    io:format("~s~n", [string:uppercase("done")]).

pow(_, 0) -> 1;
pow(B, N) -> B * pow(B, N - 1).
