-module(b_ring).
-export([main/0]).

%% A ring of 1000 processes passing a token 1 000 000 hops: message send,
%% receive and context switches.
-define(PROCS, 1000).
-define(HOPS, 1000000).

node(Next, Main, Id) ->
    receive
        {token, 0, Acc} ->
            Main ! {done, Acc},
            node(Next, Main, Id);
        {token, N, Acc} ->
            Next ! {token, N - 1, (Acc + Id * N) rem 1000003},
            node(Next, Main, Id);
        stop ->
            Next ! stop
    end.

main() ->
    Main = self(),
    First = spawn(fun() -> receive {next, Next} -> node(Next, Main, 1) end end),
    Last = lists:foldl(fun(Id, Next) -> spawn(fun() -> node(Next, Main, Id) end) end,
                       First, lists:seq(2, ?PROCS)),
    First ! {next, Last},
    Last ! {token, ?HOPS, 0},
    receive {done, Acc} -> Last ! stop, io:format("ring: ~p~n", [Acc]) end.
