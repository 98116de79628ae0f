-module(init_stop).
-export([main/1, stop_async/1, slogan/1]).

%% `init:stop/1` ends the VM with its status after returning `ok`; the
%% program's arguments are `init:get_plain_arguments/0`.

main(Args) ->
    io:format("args ~p ~p~n", [Args, init:get_plain_arguments()]),
    io:format("stop ~p~n", [init:stop(list_to_integer(hd(Args)))]).

%% As Gleam's entry module does: a linked worker stops the VM while the
%% main process waits for a message that never comes.
stop_async([Status]) ->
    process_flag(trap_exit, true),
    spawn_link(fun() -> io:format("worker~n"), init:stop(list_to_integer(Status)) end),
    receive {'EXIT', _, Reason} when Reason =/= normal -> exit(Reason) end.

slogan(_) ->
    io:format("~p~n", [catch init:stop(-1)]),
    init:stop("bye").
