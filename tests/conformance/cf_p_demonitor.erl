-module(cf_p_demonitor).
-export([main/0]).

%% demonitor/1,2 with [] / [flush] / [info] / [flush, info] on active
%% monitors, on monitors whose DOWN is already queued, and on stale refs.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

flush_msgs() -> receive M -> [M | flush_msgs()] after 0 -> [] end.

dead_with_queued_down() ->
    {P, M} = spawn_monitor(fun() -> exit(gone) end),
    %% a second monitor confirms the first DOWN is queued (same sender order)
    M2 = monitor(process, P),
    receive {'DOWN', M2, _, _, _} -> ok end,
    {P, M}.

main() ->
    Idle = fun() -> receive stop -> ok end end,
    %% active monitor
    A = spawn(Idle),
    MA1 = monitor(process, A),
    p(active_plain, demonitor(MA1)),
    MA2 = monitor(process, A),
    p(active_info, demonitor(MA2, [info])),
    MA3 = monitor(process, A),
    p(active_flush_info, demonitor(MA3, [flush, info])),
    MA4 = monitor(process, A),
    p(active_flush, demonitor(MA4, [flush])),
    A ! stop,
    %% DOWN already queued
    {_, MB1} = dead_with_queued_down(),
    p(queued_plain, [demonitor(MB1), length([x || {'DOWN', R, _, _, _} <- flush_msgs(), R =:= MB1])]),
    {_, MB2} = dead_with_queued_down(),
    p(queued_flush, [demonitor(MB2, [flush]), flush_msgs()]),
    {_, MB3} = dead_with_queued_down(),
    p(queued_info, [demonitor(MB3, [info]), length(flush_msgs())]),
    {_, MB4} = dead_with_queued_down(),
    p(queued_flush_info, [demonitor(MB4, [flush, info]), flush_msgs()]),
    %% stale ref (already demonitored) and a ref that never was a monitor
    MC = monitor(process, spawn(Idle)),
    demonitor(MC),
    p(stale, [demonitor(MC), demonitor(MC, [info]), demonitor(MC, [flush, info]), demonitor(make_ref(), [info])]),
    %% flush only removes the DOWN for that ref
    self() ! keep_me,
    {_, MD} = dead_with_queued_down(),
    self() ! keep_me_too,
    demonitor(MD, [flush]),
    p(flush_selective, flush_msgs()),
    %% bad arguments
    p(badarg, [c(fun() -> demonitor(not_a_ref) end), c(fun() -> demonitor(make_ref(), [bad_opt]) end),
               c(fun() -> demonitor(make_ref(), not_a_list) end)]),
    %% demonitor before the process exits: no DOWN arrives afterwards
    E = spawn(Idle),
    ME = monitor(process, E),
    true = demonitor(ME),
    ME2 = monitor(process, E),
    E ! stop,
    receive {'DOWN', ME2, _, _, _} -> ok end,
    p(no_down_after_demonitor, [M || {'DOWN', R, _, _, _} = M <- flush_msgs(), R =:= ME]),
    ok.
