-module(cf_p_ets_heir).
-export([main/0]).

%% ETS heir and give_away: the {'ETS-TRANSFER', Tab, From, Data} message,
%% ownership changes, heir none, errors of give_away (not owner, to self,
%% dead pid), setopts heir, and the heir dying before the owner.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Self = self(),
    %% heir receives the table when the owner exits
    O = spawn(fun() ->
        T = ets:new(heir_tab, [public, {heir, Self, my_heir_data}]),
        ets:insert(T, {a, 1}),
        Self ! {tab, T},
        receive stop -> exit(owner_done) end
    end),
    T1 = receive {tab, X} -> X end,
    p(heir_info, ets:info(T1, heir) =:= Self),
    O ! stop,
    p(transfer_msg, receive {'ETS-TRANSFER', Tab0, From0, Data0} -> {Tab0 =:= T1, From0 =:= O, Data0} after 2000 -> timeout end),
    p(new_owner, [ets:info(T1, owner) =:= Self, ets:lookup(T1, a)]),
    %% give_away to another process
    Rcv = spawn(fun() ->
        receive {'ETS-TRANSFER', Tab, From, Data} ->
            Self ! {rcv_got, Tab, From =:= Self, Data, ets:info(Tab, owner) =:= self()},
            receive {give_back, To} -> ets:give_away(Tab, To, back), receive stop -> ok end end
        end
    end),
    p(give_away, ets:give_away(T1, Rcv, gift)),
    p(receiver_saw, receive {rcv_got, TT, FromSelf, D, IsOwner} -> {TT =:= T1, FromSelf, D, IsOwner} after 2000 -> timeout end),
    p(not_owner_now, [ets:info(T1, owner) =:= Rcv, c(fun() -> ets:give_away(T1, self(), x) end)]),
    Rcv ! {give_back, Self},
    p(back, receive {'ETS-TRANSFER', T1, From2, back} -> From2 =:= Rcv after 2000 -> timeout end),
    Rcv ! stop,
    %% give_away errors
    p(to_self, c(fun() -> ets:give_away(T1, self(), x) end)),
    {Dead, DM} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', DM, _, _, _} -> ok end,
    p(to_dead, c(fun() -> ets:give_away(T1, Dead, x) end)),
    p(to_non_pid, c(fun() -> ets:give_away(T1, not_a_pid, x) end)),
    %% heir none: table dies with the owner
    O2 = spawn(fun() -> T = ets:new(no_heir, [public, {heir, none}]), Self ! {tab, T}, receive stop -> ok end end),
    T2 = receive {tab, Y} -> Y end,
    p(heir_none_info, ets:info(T2, heir)),
    M2 = monitor(process, O2),
    O2 ! stop,
    receive {'DOWN', M2, _, _, _} -> ok end,
    p(heir_none_gone, [ets:info(T2), receive {'ETS-TRANSFER', _, _, _} -> unexpected after 50 -> none end]),
    %% setopts heir later
    O3 = spawn(fun() ->
        T = ets:new(late_heir, [public]),
        Self ! {tab, T},
        receive set_heir -> ets:setopts(T, {heir, Self, late}), Self ! heir_set end,
        receive stop -> ok end
    end),
    T3 = receive {tab, Z} -> Z end,
    O3 ! set_heir,
    receive heir_set -> ok end,
    O3 ! stop,
    p(late_heir, receive {'ETS-TRANSFER', T3, O3F, late} -> O3F =:= O3 after 2000 -> timeout end),
    %% heir that is already dead when the owner exits: table is deleted
    Heir = spawn(fun() -> receive stop -> ok end end),
    HM = monitor(process, Heir),
    O4 = spawn(fun() -> T = ets:new(dead_heir, [public, {heir, Heir, x}]), Self ! {tab, T}, receive stop -> ok end end),
    T4 = receive {tab, W} -> W end,
    Heir ! stop,
    receive {'DOWN', HM, _, _, _} -> ok end,
    M4 = monitor(process, O4),
    O4 ! stop,
    receive {'DOWN', M4, _, _, _} -> ok end,
    p(dead_heir, ets:info(T4)),
    %% the heir option survives the inheritance (it still names us)
    p(heir_after_inherit, case ets:info(T1, heir) of none -> none; H when is_pid(H) -> {pid, H =:= Self} end),
    ets:delete(T1), ets:delete(T3),
    ok.
