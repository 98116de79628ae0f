-module(b_nrev).
-export([main/0]).

%% Naive reverse: quadratic list appends, heavy on cons allocation and GC.
app([], L) -> L;
app([H | T], L) -> [H | app(T, L)].

nrev([]) -> [];
nrev([H | T]) -> app(nrev(T), [H]).

loop(0, _, Acc) -> Acc;
loop(N, L, Acc) -> loop(N - 1, L, Acc + hd(nrev(L))).

main() ->
    L = lists:seq(1, 1000),
    io:format("nrev: ~p~n", [loop(300, L, 0)]).
