%% A few processes passing messages, small enough for a microcontroller's
%% heap: a ring relaying a token, a server answering calls, a worker pool
%% reporting back, a monitor seeing a crash, a linked exit trapped, and a
%% receive timeout. Expected output (bm_procs.out) is what OTP printed:
%%   erlc bm_procs.erl && erl -noshell -eval 'bm_procs:main(), halt().'
-module(bm_procs).
-export([main/0]).

main() ->
    io:format("ring: ~p~n", [ring(5, 3)]),
    Server = spawn(fun() -> server(0) end),
    io:format("calls: ~p~n", [[call(Server, {add, N}) || N <- [1, 2, 3, 4]]]),
    io:format("total: ~p~n", [call(Server, total)]),
    io:format("pool: ~p~n", [pool(4)]),
    {Pid, Ref} = spawn_monitor(fun() -> exit({shutdown, tired}) end),
    receive
        {'DOWN', Ref, process, Pid, Why} -> io:format("down: ~p~n", [Why])
    end,
    process_flag(trap_exit, true),
    Linked = spawn_link(fun() -> exit(bye) end),
    receive
        {'EXIT', Linked, R} -> io:format("exit: ~p~n", [R])
    end,
    T = receive never -> no after 15 -> timeout end,
    io:format("after: ~p~n", [T]),
    Server ! stop,
    io:format("registered: ~p~n", [register_echo()]),
    ok.

%% N processes in a ring; the token goes round Laps times, each hop adding
%% one, and comes back to the caller.
ring(N, Laps) ->
    Self = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end,
                        Self, lists:seq(1, N)),
    First ! {token, 0, N * Laps},
    wait_token(First).

wait_token(First) ->
    receive
        {token, Count, 0} -> First ! stop, Count;
        {token, Count, Left} -> First ! {token, Count, Left}, wait_token(First)
    end.

relay(Next) ->
    receive
        {token, Count, Left} -> Next ! {token, Count + 1, Left - 1}, relay(Next);
        stop -> Next ! stop
    end.

server(Total) ->
    receive
        {call, From, Ref, {add, N}} -> From ! {Ref, Total + N}, server(Total + N);
        {call, From, Ref, total} -> From ! {Ref, Total}, server(Total);
        stop -> ok
    end.

call(Server, Request) ->
    Ref = make_ref(),
    Server ! {call, self(), Ref, Request},
    receive {Ref, Reply} -> Reply end.

%% Workers squaring numbers; results gathered in the order asked.
pool(N) ->
    Self = self(),
    Pids = [spawn(fun() -> receive {job, X} -> Self ! {self(), X * X} end end)
            || _ <- lists:seq(1, N)],
    [P ! {job, I} || {P, I} <- lists:zip(Pids, lists:seq(1, N))],
    [receive {P, R} -> R end || P <- Pids].

register_echo() ->
    register(echo, spawn(fun() -> receive {From, M} -> From ! {echoed, M} end end)),
    echo ! {self(), hello},
    receive {echoed, M} -> M end.
