%% The program the web page runs (examples/web): a collector, four
%% workers and a ticker passing messages, paced by timers, with enough
%% arithmetic between messages that the page has to slice the work across
%% animation frames to stay responsive. It prints its progress and ends
%% after about three seconds.
-module(web_demo).
-export([main/0]).

-define(WORKERS, 4).
-define(ROUNDS, 6).

main() ->
    io:format("web_demo: ~b workers, ~b rounds each~n", [?WORKERS, ?ROUNDS]),
    Main = self(),
    Collector = spawn(fun() -> collector(Main, ?WORKERS, #{}) end),
    register(collector, Collector),
    Ticker = spawn(fun() -> ticker(1) end),
    register(ticker, Ticker),
    [spawn(fun() -> worker(Id, 1, 0) end) || Id <- lists:seq(1, ?WORKERS)],
    receive
        {done, Results} ->
            Ticker ! stop,
            Sum = lists:sum(maps:values(Results)),
            io:format("all ~b workers finished, checksum ~b~n", [map_size(Results), Sum]),
            io:format("web_demo: done~n")
    end.

%% Each round: some work, a report to the collector, then a pause whose
%% length differs per worker so their reports interleave.
worker(Id, Round, Acc) when Round > ?ROUNDS ->
    collector ! {finished, Id, Acc};
worker(Id, Round, Acc) ->
    Value = fib(20 + Id + Round rem 2) + lists:sum([X * X || X <- lists:seq(1, 2000 * Id * Round)]),
    collector ! {progress, Id, Round, Value},
    receive after 60 + 45 * Id -> ok end,
    worker(Id, Round + 1, (Acc + Value) rem 1000000007).

collector(Main, 0, Results) ->
    Main ! {done, Results};
collector(Main, Left, Results) ->
    receive
        {progress, Id, Round, Value} ->
            io:format("worker ~b: round ~b/~b -> ~b~n", [Id, Round, ?ROUNDS, Value]),
            collector(Main, Left, Results);
        {finished, Id, Acc} ->
            io:format("worker ~b finished (~b)~n", [Id, Acc]),
            collector(Main, Left - 1, Results#{Id => Acc})
    end.

%% Prints a tick every half second until told to stop.
ticker(N) ->
    erlang:send_after(500, self(), tick),
    receive
        tick ->
            io:format("tick ~b~n", [N]),
            ticker(N + 1);
        stop ->
            ok
    end.

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
