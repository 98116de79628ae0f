-module(cf_p_spawn_opt).
-export([main/0, worker/1]).

%% spawn_opt/2,3,4,5 with link, monitor, {monitor, Opts}, priority,
%% min_heap_size and fullsweep_after; return shapes and their effects.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

worker(Reason) -> receive go -> exit(Reason) end.

main() ->
    Self = self(),
    %% plain: returns a pid
    P0 = spawn_opt(fun() -> Self ! plain end, []),
    p(plain, [is_pid(P0), receive plain -> got after 2000 -> timeout end]),
    %% link
    process_flag(trap_exit, true),
    P1 = spawn_opt(fun() -> receive go -> exit(linked_exit) end end, [link]),
    {links, L1} = process_info(self(), links),
    p(link_in_links, lists:member(P1, L1)),
    P1 ! go,
    p(link_exit, receive {'EXIT', P1, R1} -> R1 after 2000 -> timeout end),
    %% monitor: returns {Pid, Ref}
    {P2, M2} = spawn_opt(fun() -> receive go -> exit(monitored_exit) end end, [monitor]),
    p(monitor_shape, [is_pid(P2), is_reference(M2)]),
    P2 ! go,
    p(monitor_down, receive {'DOWN', M2, process, P2, R2} -> R2 after 2000 -> timeout end),
    %% link + monitor: both fire
    {P3, M3} = spawn_opt(?MODULE, worker, [both], [link, monitor]),
    P3 ! go,
    R3a = receive {'EXIT', P3, X} -> X after 2000 -> timeout end,
    R3b = receive {'DOWN', M3, process, P3, Y} -> Y after 2000 -> timeout end,
    p(link_and_monitor, [R3a, R3b]),
    process_flag(trap_exit, false),
    %% priority option is visible in process_info
    P4 = spawn_opt(fun() -> receive stop -> ok end end, [{priority, low}]),
    p(priority_low, process_info(P4, priority)),
    P4 ! stop,
    P5 = spawn_opt(fun() -> Self ! {prio, process_flag(priority, normal)} end, [{priority, high}]),
    p(priority_flag_old, receive {prio, Old} -> {is_pid(P5), Old} after 2000 -> timeout end),
    %% heap options accepted
    P6 = spawn_opt(fun() -> Self ! {heap, ok} end, [{min_heap_size, 1000}, {fullsweep_after, 5}]),
    p(heap_opts, receive {heap, R6} -> {is_pid(P6), R6} after 2000 -> timeout end),
    %% message_queue_data option
    {_, M7} = spawn_opt(fun() -> Self ! {mqd, process_info(self(), message_queue_data)} end,
                        [monitor, {message_queue_data, off_heap}]),
    p(mqd, receive {mqd, R7} -> R7 after 2000 -> timeout end),
    receive {'DOWN', M7, _, _, _} -> ok end,
    %% bad options
    p(bad_opts, [c(fun() -> spawn_opt(fun() -> ok end, [bogus]) end),
                 c(fun() -> spawn_opt(fun() -> ok end, not_a_list) end),
                 c(fun() -> spawn_opt(fun() -> ok end, [{priority, urgent}]) end)]),
    %% spawn_link/spawn_monitor MFA forms
    process_flag(trap_exit, true),
    P8 = spawn_link(?MODULE, worker, [mfa_link]),
    P8 ! go,
    p(spawn_link_mfa, receive {'EXIT', P8, R8} -> R8 after 2000 -> timeout end),
    process_flag(trap_exit, false),
    ok.
