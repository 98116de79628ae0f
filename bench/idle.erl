-module(idle).
-export([main/1, beam_memory/1]).

%% Memory per idle process: N processes that all block in `receive`.
%% bench/idle.sh runs this with N = 0 and N = 100000 and divides the
%% difference in peak RSS by N.

spawn_idle(0) -> ok;
spawn_idle(N) ->
    spawn(fun() -> receive stop -> ok end end),
    spawn_idle(N - 1).

main([Arg]) ->
    N = list_to_integer(Arg),
    spawn_idle(N),
    %% Let every process run up to its receive.
    receive after 100 -> ok end,
    io:format("idle: ~p~n", [N]).

%% erl only: the same count measured with erlang:memory(processes).
beam_memory([Arg]) ->
    N = list_to_integer(Arg),
    garbage_collect(),
    Before = erlang:memory(processes),
    spawn_idle(N),
    receive after 100 -> ok end,
    After = erlang:memory(processes),
    io:format("~.2f~n", [(After - Before) / N / 1024]).
