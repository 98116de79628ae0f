-module(cf_p_exit_signals).
-export([main/0]).

%% Exit signals as OTP sends them: exit/2 to oneself and to others, with
%% and without trap_exit; kill is untrappable and turns into killed for
%% links and monitors; normal is ignored unless trapped; a catch never
%% sees an exit signal. Timers sent to a process by pid end with it.

p(T, V) -> io:format("~p~n", [{T, V}]).

%% Runs F in a monitored process; its exit reason.
w(F) ->
    {P, M} = spawn_monitor(F),
    receive {'DOWN', M, process, P, R} -> R after 2000 -> timeout end.

%% The message a trapping process got, without the pid.
msg() ->
    receive {'EXIT', _, R} -> {exit_msg, R}; Other -> {other, Other} after 0 -> none end.

idle() -> receive after infinity -> ok end.

main() ->
    %% to oneself, not trapping: the process dies, catch or not
    p(self_normal, w(fun() -> exit(self(), normal), receive after 50 -> ok end, exit(survived) end)),
    p(self_reason, w(fun() -> catch exit(self(), my_reason), exit(survived) end)),
    p(self_kill, w(fun() -> catch exit(self(), kill), exit(survived) end)),
    p(self_kill_try, w(fun() -> try exit(self(), kill) catch _:_ -> exit(caught) end end)),
    p(self_killed_atom, w(fun() -> catch exit(self(), killed), exit(survived) end)),
    %% to oneself, trapping: a message, except kill
    p(trap_self_normal, w(fun() -> process_flag(trap_exit, true), exit(self(), normal), exit(msg()) end)),
    p(trap_self_reason, w(fun() -> process_flag(trap_exit, true), exit(self(), boom), exit(msg()) end)),
    p(trap_self_killed, w(fun() -> process_flag(trap_exit, true), exit(self(), killed), exit(msg()) end)),
    p(trap_self_kill, w(fun() -> process_flag(trap_exit, true), catch exit(self(), kill), exit(survived) end)),
    %% exit/2 returns true
    p(exit2_returns, w(fun() -> T = spawn(fun idle/0), R = exit(T, normal), exit({returned, R}) end)),
    %% to another process, not trapping
    T1 = spawn(fun idle/0),
    M1 = monitor(process, T1),
    exit(T1, normal),
    p(other_normal_ignored, receive {'DOWN', M1, _, _, R1} -> {down, R1} after 100 -> alive end),
    exit(T1, some_reason),
    p(other_reason, receive {'DOWN', M1, _, _, R1b} -> R1b after 2000 -> timeout end),
    T2 = spawn(fun idle/0),
    M2 = monitor(process, T2),
    exit(T2, kill),
    p(other_kill_monitor, receive {'DOWN', M2, _, _, R2} -> R2 after 2000 -> timeout end),
    p(other_kill_alive, is_process_alive(T2)),
    %% to another process that traps exits
    Self = self(),
    Trapper = fun() ->
                      process_flag(trap_exit, true),
                      Self ! ready,
                      loop_trap(Self)
              end,
    T3 = spawn(Trapper),
    receive ready -> ok end,
    exit(T3, normal),
    exit(T3, hello),
    exit(T3, killed),
    p(trap_msgs, [receive {trapped, X} -> X after 2000 -> timeout end || _ <- [1, 2, 3]]),
    M3 = monitor(process, T3),
    exit(T3, kill),
    p(trap_kill, receive {'DOWN', M3, _, _, R3} -> R3 after 2000 -> timeout end),
    %% kill propagates as killed through links
    process_flag(trap_exit, true),
    L1 = spawn_link(fun idle/0),
    exit(L1, kill),
    p(linked_kill, receive {'EXIT', L1, RL1} -> RL1 after 2000 -> timeout end),
    %% a process that exits with reason kill sends kill (trappable) to links
    L2 = spawn_link(fun() -> exit(kill) end),
    p(exit_kill_reason, receive {'EXIT', L2, RL2} -> RL2 after 2000 -> timeout end),
    process_flag(trap_exit, false),
    %% a non-trapping process linked to one that is killed dies with killed
    p(chain_killed, w(fun() ->
                              A = spawn_link(fun idle/0),
                              catch exit(A, kill),
                              receive after 100 -> ok end,
                              exit(survived)
                      end)),
    %% ... and with the reason of one exiting with kill, the reason is kill
    p(chain_exit_kill, w(fun() ->
                                 spawn_link(fun() -> exit(kill) end),
                                 receive after 100 -> ok end,
                                 exit(survived)
                         end)),
    %% linked chain: A - B - C, killing C kills all three, each with killed
    p(chain_three, w(fun() ->
                             Top = self(),
                             B = spawn_link(fun() ->
                                                    C = spawn_link(fun idle/0),
                                                    Top ! {c, C},
                                                    idle()
                                            end),
                             C = receive {c, CC} -> CC end,
                             process_flag(trap_exit, true),
                             exit(C, kill),
                             R = receive {'EXIT', B, RB} -> RB after 2000 -> timeout end,
                             exit({b_died, R, is_process_alive(C)})
                     end)),
    %% normal exit of a linked process does not kill a non-trapping one
    p(link_normal, w(fun() ->
                             spawn_link(fun() -> ok end),
                             receive after 100 -> ok end,
                             exit(survived)
                     end)),
    %% abnormal exit of a linked process does
    p(link_abnormal, w(fun() ->
                               spawn_link(fun() -> exit(bad) end),
                               receive after 100 -> ok end,
                               exit(survived)
                       end)),
    %% unlink before the exit: nothing arrives
    p(unlinked, w(fun() ->
                          Pid = spawn_link(fun() -> receive go -> exit(bad) end end),
                          unlink(Pid),
                          Pid ! go,
                          receive after 100 -> ok end,
                          exit(survived)
                  end)),
    %% exit/2 with a bad pid
    p(bad_pid, try exit(not_a_pid, x) catch C:E -> {C, E} end),
    %% timers for a process by pid go with it; by name they stay
    {D, MD} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', MD, _, _, _} -> ok end,
    p(timer_to_dead, erlang:read_timer(erlang:send_after(10000, D, x))),
    T = spawn(fun idle/0),
    register(cf_p_exit_signals_named, T),
    Tm1 = erlang:send_after(10000, T, x),
    Tm2 = erlang:start_timer(10000, T, x),
    Tm3 = erlang:send_after(10000, cf_p_exit_signals_named, x),
    MT = monitor(process, T),
    exit(T, kill),
    receive {'DOWN', MT, _, _, _} -> ok end,
    p(timers_after_exit, [erlang:read_timer(Tm1), erlang:cancel_timer(Tm2),
                          is_integer(erlang:cancel_timer(Tm3))]),
    ok.

loop_trap(Parent) ->
    receive
        {'EXIT', _, R} -> Parent ! {trapped, R}, loop_trap(Parent)
    end.
