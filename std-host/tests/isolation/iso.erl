%% Driven by std-host/tests/isolation.rs: each round spawns processes that
%% die in every way a process can, beside a survivor that must not notice.
-module(iso).
-export([start/0, round/1, collect/0]).

%% The survivor: counts the pings it gets, answers queries.
start() ->
    logger:set_primary_config(level, none),
    register(survivor, self()),
    survive(0).

survive(N) ->
    receive
        ping -> survive(N + 1);
        {count, From} -> From ! {count, N}, survive(N)
    end.

%% Spawns N doomed processes (and pings the survivor from each), waits
%% until all are gone, then asks the survivor how many pings it saw.
round(N) ->
    Ms = [begin
              {_, M} = spawn_monitor(fun() -> doom(I rem 8) end),
              M
          end || I <- lists:seq(1, N)],
    [receive {'DOWN', M, process, _, _} -> ok end || M <- Ms],
    survivor ! {count, self()},
    receive {count, C} -> exit({done, C}) end.

%% Garbage stays in a process's heap until it next collects, in beamr as in
%% BEAM; the test collects every process before it measures.
collect() ->
    [erlang:garbage_collect(P) || P <- processes()],
    ok.

doom(Kind) ->
    survivor ! ping,
    Garbage = lists:seq(1, 2000),
    _ = erlang:send_after(60000, self(), never),
    _ = ets:new(doomed, [set, private]),
    put(key, Garbage),
    case Kind of
        0 -> 1 / length(tl(Garbage -- Garbage));
        1 -> atom_to_list(Garbage);
        2 -> exit(self(), kill), receive after infinity -> ok end;
        3 -> exit({shutdown, Garbage});
        4 -> throw(Garbage);
        5 -> process_flag(max_heap_size, 1000), lists:reverse(lists:seq(1, 100000));
        6 -> spawn_link(fun() -> exit(linked_crash) end), receive after infinity -> ok end;
        7 -> deep(100000)
    end.

deep(0) -> erlang:error(bottom);
deep(N) -> [N | deep(N - 1)].
