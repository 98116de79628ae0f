-module(cf_p_exit_table).
-export([main/0]).

%% The exit-signal table: reasons normal / kill / other / {shutdown, _}
%% crossed with trap_exit false / true and with the way the signal is
%% sent (link exit, exit/2 from an unlinked process, exit/2 to self).

p(T, V) -> io:format("~p~n", [{T, V}]).

target(Trap, Main) ->
    process_flag(trap_exit, Trap),
    Main ! {ready, self()},
    target_loop(Main).

target_loop(Main) ->
    receive
        {'EXIT', From, R} -> Main ! {got_exit, From, R}, target_loop(Main);
        {exit_self, R} ->
            exit(self(), R),
            receive {'EXIT', F, R2} -> Main ! {got_exit, F, R2} after 50 -> ok end,
            Main ! after_exit_self,
            target_loop(Main);
        report -> Main ! {alive, self()}, target_loop(Main)
    end.

%% (a receive with a clause: a bare `receive after` is exercised elsewhere)
sleep(Ms) -> receive {'$cf_never'} -> ok after Ms -> ok end.

tag(P, Tags) -> proplists:get_value(P, Tags, other_pid).

run(Kind, Trap, Reason) ->
    Main = self(),
    T = spawn(fun() -> target(Trap, Main) end),
    receive {ready, T} -> ok end,
    TM = monitor(process, T),
    Tags0 = [{Main, main}, {T, self}],
    Tags = case Kind of
        link ->
            L = spawn(fun() -> link(T), Main ! linked, receive go -> exit(Reason) end end),
            receive linked -> ok end,
            LM = monitor(process, L),
            L ! go,
            receive {'DOWN', LM, process, L, _} -> ok end,
            sleep(40),
            [{L, linker} | Tags0];
        exit2 ->
            true = exit(T, Reason),
            Tags0;
        other ->
            O = spawn(fun() -> exit(T, Reason), Main ! sent end),
            receive sent -> ok end,
            sleep(40),
            [{O, sender} | Tags0];
        self ->
            T ! {exit_self, Reason},
            Tags0
    end,
    T ! report,
    Events = collect(T, TM, Tags, []),
    exit(T, kill),
    demonitor(TM, [flush]),
    p({Kind, Trap, Reason}, Events).

collect(T, TM, Tags, Acc) ->
    receive
        {got_exit, From, R} -> collect(T, TM, Tags, [{trapped, tag(From, Tags), R} | Acc]);
        after_exit_self -> collect(T, TM, Tags, [continued | Acc]);
        {alive, T} -> lists:reverse([alive | Acc]);
        {'DOWN', TM, process, T, R} -> lists:reverse([{died, R} | Acc])
    after 2000 -> lists:reverse([timeout | Acc])
    end.

main() ->
    [run(Kind, Trap, Reason) || Kind <- [link, exit2, other, self],
                                Trap <- [false, true],
                                Reason <- [normal, kill, boom, {shutdown, x}]],
    p(exit2_dead_pid, begin
        {D, DM} = spawn_monitor(fun() -> ok end),
        receive {'DOWN', DM, _, _, _} -> ok end,
        exit(D, boom)
    end),
    p(exit2_badarg, try exit(not_a_pid, boom) catch C:E -> {C, E} end),
    ok.
