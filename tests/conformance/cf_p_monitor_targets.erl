-module(cf_p_monitor_targets).
-export([main/0]).

%% monitor/2 on live pids, dead pids, registered names (live and unknown),
%% {Name, Node} targets, and the exact shape of the 'DOWN' messages.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

waiter() -> receive {stop, R} -> exit(R) end.

main() ->
    %% live pid: DOWN carries the pid and the exit reason
    A = spawn(fun waiter/0),
    MA = monitor(process, A),
    p(ref_type, is_reference(MA)),
    A ! {stop, bye},
    p(live_pid, receive {'DOWN', R, process, Obj, Why} -> {R =:= MA, Obj =:= A, Why} after 2000 -> timeout end),
    %% dead pid: noproc immediately
    MD = monitor(process, A),
    p(dead_pid, receive {'DOWN', R1, process, O1, W1} -> {R1 =:= MD, O1 =:= A, W1} after 2000 -> timeout end),
    %% registered name: DOWN carries {Name, Node}
    B = spawn(fun waiter/0),
    true = register(cf_p_mon_b, B),
    MB = monitor(process, cf_p_mon_b),
    B ! {stop, {shutdown, named}},
    p(named, receive {'DOWN', MB, process, O2, W2} -> {O2, W2} after 2000 -> timeout end),
    %% unknown name: noproc with {Name, Node}
    MU = monitor(process, cf_p_no_such_name),
    p(unknown_name, receive {'DOWN', MU, process, O3, W3} -> {O3, W3} after 2000 -> timeout end),
    %% {Name, node()} form
    C = spawn(fun waiter/0),
    register(cf_p_mon_c, C),
    MC = monitor(process, {cf_p_mon_c, node()}),
    C ! {stop, normal},
    p(name_node, receive {'DOWN', MC, process, O4, W4} -> {O4, W4} after 2000 -> timeout end),
    %% several monitors on one process each get their own DOWN
    D = spawn(fun waiter/0),
    Ms = [monitor(process, D) || _ <- lists:seq(1, 5)],
    p(distinct_refs, length(lists:usort(Ms))),
    D ! {stop, multi},
    p(multi, [receive {'DOWN', M, process, D, W} -> W after 2000 -> timeout end || M <- Ms]),
    %% monitoring self is allowed and never fires while we are alive
    MS = monitor(process, self()),
    p(self_monitor, [demonitor(MS), receive {'DOWN', MS, _, _, _} -> fired after 20 -> none end]),
    %% other processes monitoring us: monitored_by / monitors lists
    E = spawn(fun waiter/0),
    ME = monitor(process, E),
    {monitors, Mons} = process_info(self(), monitors),
    {monitored_by, MBy} = process_info(E, monitored_by),
    p(info_lists, [lists:member({process, E}, Mons), lists:member(self(), MBy)]),
    demonitor(ME),
    {monitored_by, MBy2} = process_info(E, monitored_by),
    p(after_demonitor, lists:member(self(), MBy2)),
    E ! {stop, normal},
    %% bad arguments
    p(badarg, [c(fun() -> monitor(process, 42) end), c(fun() -> monitor(foo, self()) end),
               c(fun() -> monitor(process, {a, b, c}) end)]),
    %% a DOWN from a process that exits with a large reason
    Big = lists:seq(1, 100),
    {_, MF} = spawn_monitor(fun() -> exit({big, Big}) end),
    p(big_reason, receive {'DOWN', MF, process, _, {big, L}} -> L =:= Big after 2000 -> timeout end),
    ok.
