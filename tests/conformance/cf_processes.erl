-module(cf_processes).
-export([main/0, id/1, echo/0]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

echo() ->
    receive
        {From, stop} -> From ! {self(), stopped};
        {From, Msg} -> From ! {self(), {echo, Msg}}, echo()
    end.

call(Pid, Msg) ->
    Pid ! {self(), Msg},
    receive {Pid, Reply} -> Reply after 5000 -> timeout end.

main() ->
    I = fun ?MODULE:id/1,
    E = spawn(?MODULE, echo, []),
    EM = monitor(process, E),
    p(echo, [call(E, I(hello)), call(E, I({complex, [1, 2], <<"bin">>, #{k => v}})), call(E, stop)]),
    p(is_alive_after_stop, receive {'DOWN', EM, process, E, normal} -> is_process_alive(E) after 5000 -> timeout end),
    %% message ordering from a single sender is preserved
    Self = self(),
    spawn(fun() -> [Self ! {seq, N} || N <- lists:seq(1, 100)] end),
    p(ordering, collect(100, [])),
    %% selective receive leaves other messages in the mailbox
    self() ! {b, 2}, self() ! {a, 1}, self() ! {c, 3},
    R1 = receive {a, X} -> X end,
    R2 = receive {c, Y} -> Y end,
    R3 = receive {b, Z} -> Z end,
    p(selective, [R1, R2, R3]),
    p(after_zero, receive nothing_here -> got after 0 -> timeout end),
    p(flush_empty, flush()),
    %% spawn many processes, each replies with its index
    Pids = [spawn(fun() -> Self ! {done, N, N * N} end) || N <- lists:seq(1, I(200))],
    Results = [receive {done, N, V} -> V after 5000 -> timeout end || N <- lists:seq(1, 200)],
    p(many_processes, {length(Pids), lists:sum(Results)}),
    %% links and trap_exit
    process_flag(trap_exit, true),
    L = spawn_link(fun() -> exit(I(custom_reason)) end),
    p(linked_exit, receive {'EXIT', L, Why} -> Why after 5000 -> timeout end),
    L2 = spawn_link(fun() -> ok end),
    p(linked_normal, receive {'EXIT', L2, Why2} -> Why2 after 5000 -> timeout end),
    %% (a process dying from error/1 would log a timestamped report, so only exit/1 here)
    L3 = spawn_link(fun() -> exit({I(boom), [nested]}) end),
    p(linked_tuple_reason, receive {'EXIT', L3, Why3} -> Why3 after 5000 -> timeout end),
    process_flag(trap_exit, false),
    %% monitors
    M = spawn(fun() -> receive go -> exit(I(monitored)) end end),
    Ref = monitor(process, M),
    M ! go,
    p(monitor_down, receive {'DOWN', Ref, process, M, Reason} -> Reason after 5000 -> timeout end),
    {Dead, DeadRef} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', DeadRef, process, Dead, normal} -> ok end,
    Ref2 = monitor(process, Dead),
    p(monitor_dead, receive {'DOWN', Ref2, process, Dead, R} -> R after 5000 -> timeout end),
    Ref3 = monitor(process, spawn(fun() -> receive never -> ok end end)),
    p(demonitor, [demonitor(Ref3), demonitor(Ref3, [flush, info])]),
    %% registered names
    register(cf_proc_name, spawn(?MODULE, echo, [])),
    p(registered, [is_pid(whereis(cf_proc_name)), call(whereis(cf_proc_name), via_name), whereis(cf_no_such_name)]),
    cf_proc_name ! {self(), stop},
    receive {_, stopped} -> ok end,
    p(send_to_bad_name, try cf_not_registered ! hello catch C:Rs -> {C, Rs} end),
    %% exit/2 on another process
    V = spawn(fun() -> receive _ -> ok end end),
    MR = monitor(process, V),
    exit(V, I(kill)),
    p(killed, receive {'DOWN', MR, process, V, KR} -> KR after 5000 -> timeout end),
    %% process info that is deterministic
    p(self_checks, [is_pid(self()), is_process_alive(self()), node(self()) =:= node()]),
    ok.

collect(0, Acc) -> lists:reverse(Acc);
collect(N, Acc) -> receive {seq, X} -> collect(N - 1, [X | Acc]) after 5000 -> timeout end.

flush() -> receive _ -> [x | flush()] after 0 -> [] end.
