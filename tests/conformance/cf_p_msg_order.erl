-module(cf_p_msg_order).
-export([main/0]).

%% Message ordering guarantees between pairs of processes: per-sender
%% FIFO, ping-pong, relays, and message vs. exit-signal order from one
%% sender (a message sent before exiting is received before the EXIT).

p(T, V) -> io:format("~p~n", [{T, V}]).

pong() ->
    receive
        {ping, From, N} -> From ! {pong, N}, pong();
        stop -> ok
    end.

relay(Next) ->
    receive
        stop -> Next ! stop;
        M -> Next ! M, relay(Next)
    end.

sink(Parent, Acc) ->
    receive
        stop -> Parent ! {sink, lists:reverse(Acc)};
        M -> sink(Parent, [M | Acc])
    end.

main() ->
    Self = self(),
    %% ping-pong 1000 times, each answer matches its request
    P = spawn(fun pong/0),
    Answers = [begin P ! {ping, Self, N}, receive {pong, M} -> M end end || N <- lists:seq(1, 1000)],
    p(ping_pong, Answers =:= lists:seq(1, 1000)),
    %% pipelined: 1000 requests then 1000 answers, in order
    [P ! {ping, Self, N} || N <- lists:seq(1, 1000)],
    Pipelined = [receive {pong, M} -> M end || _ <- lists:seq(1, 1000)],
    p(pipelined, Pipelined =:= lists:seq(1, 1000)),
    P ! stop,
    %% a chain of relays preserves order
    Sink = spawn(fun() -> sink(Self, []) end),
    Head = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, Sink, lists:seq(1, 10)),
    [Head ! {r, N} || N <- lists:seq(1, 500)],
    Head ! stop,
    p(relay_chain, receive {sink, L} -> {length(L), L =:= [{r, N} || N <- lists:seq(1, 500)]} after 5000 -> timeout end),
    %% messages before the exit signal of the same sender
    process_flag(trap_exit, true),
    Sender = spawn_link(fun() -> [Self ! {before_exit, N} || N <- lists:seq(1, 100)], exit(done) end),
    Seq = collect_until_exit(Sender, []),
    p(msgs_then_exit, Seq),
    process_flag(trap_exit, false),
    %% messages before the DOWN of the same sender
    {Mon, MRef} = spawn_monitor(fun() -> [Self ! {before_down, N} || N <- lists:seq(1, 100)] end),
    p(msgs_then_down, collect_until_down(Mon, MRef, 0)),
    %% two senders interleave arbitrarily, but each one is FIFO
    Parent = self(),
    Senders = [spawn(fun() -> [Parent ! {s, Id, N} || N <- lists:seq(1, 200)] end) || Id <- [a, b, c]],
    All = [receive {s, _, _} = M -> M end || _ <- lists:seq(1, 600)],
    PerSender = [[N || {s, Id2, N} <- All, Id2 =:= Id] =:= lists:seq(1, 200) || Id <- [a, b, c]],
    p(per_sender_fifo, {length(Senders), PerSender}),
    ok.

collect_until_exit(Sender, Acc) ->
    receive
        {before_exit, N} -> collect_until_exit(Sender, [N | Acc]);
        {'EXIT', Sender, R} -> {length(Acc), lists:reverse(Acc) =:= lists:seq(1, 100), R}
    after 5000 -> timeout
    end.

collect_until_down(P, M, N) ->
    receive
        {before_down, _} -> collect_until_down(P, M, N + 1);
        {'DOWN', M, process, P, R} -> {N, R}
    after 5000 -> timeout
    end.
