-module(cf_p_is_alive).
-export([main/0]).

%% is_process_alive/1 across a process's life: before start returns,
%% while waiting, after normal exit, after kill, after exit with a reason,
%% exiting processes, and badarg.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

wait_down(M) -> receive {'DOWN', M, _, _, R} -> R after 2000 -> timeout end.

main() ->
    p(self, is_process_alive(self())),
    W = spawn(fun() -> receive stop -> ok end end),
    p(waiting, is_process_alive(W)),
    M = monitor(process, W),
    W ! stop,
    p(after_normal, [wait_down(M), is_process_alive(W)]),
    K = spawn(fun() -> receive never -> ok end end),
    MK = monitor(process, K),
    exit(K, kill),
    p(after_kill, [wait_down(MK), is_process_alive(K)]),
    %% after exit(Pid, kill) returns, the target is already not alive
    K2 = spawn(fun() -> receive never -> ok end end),
    exit(K2, kill),
    p(immediately_after_kill, is_process_alive(K2)),
    %% exit with a reason while trapping: still alive
    T = spawn(fun() -> process_flag(trap_exit, true), receive {'EXIT', _, _} -> receive stop -> ok end end end),
    MT = monitor(process, T),
    erlang:yield(),
    wait_trapping(T, 200),
    exit(T, please_stop),
    erlang:yield(),
    p(trapping_survives, is_process_alive(T)),
    T ! stop,
    p(trapper_done, [wait_down(MT), is_process_alive(T)]),
    %% a process that finished on its own
    {F, MF} = spawn_monitor(fun() -> ok end),
    p(finished, [wait_down(MF), is_process_alive(F)]),
    %% many processes: all alive, then all dead
    Ps = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 100)],
    p(many_alive, lists:all(fun erlang:is_process_alive/1, Ps)),
    Ms = [monitor(process, P) || P <- Ps],
    [P ! stop || P <- Ps],
    [wait_down(Mx) || Mx <- Ms],
    p(many_dead, lists:any(fun erlang:is_process_alive/1, Ps)),
    p(badarg, [c(fun() -> is_process_alive(not_a_pid) end), c(fun() -> is_process_alive(make_ref()) end)]),
    %% a process checking itself from inside
    Self = self(),
    spawn(fun() -> Self ! {inside, is_process_alive(self())} end),
    p(inside, receive {inside, X} -> X end),
    ok.

wait_trapping(_, 0) -> ok;
wait_trapping(P, N) ->
    case process_info(P, trap_exit) of
        {trap_exit, true} -> ok;
        _ -> erlang:yield(), wait_trapping(P, N - 1)
    end.
