-module(cf_p_ets_owner).
-export([main/0]).

%% ETS ownership: named_table resolution across processes, name clashes,
%% tables deleted when the owner exits (normal, kill, other reason),
%% info(owner), and tables created by many short-lived processes.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

owner(Self, Opts) ->
    spawn(fun() ->
        T = ets:new(cf_p_owned, Opts),
        ets:insert(T, {key, val}),
        Self ! {table, self(), T},
        receive {stop, R} -> exit(R) end
    end).

main() ->
    Self = self(),
    %% named table created by another process, used by name from here
    O1 = owner(Self, [named_table, public]),
    T1 = receive {table, O1, Tab1} -> Tab1 end,
    p(named_returns_name, T1),
    p(named_from_here, [ets:lookup(cf_p_owned, key), ets:insert(cf_p_owned, {k2, v2}),
                        ets:info(cf_p_owned, size), ets:info(cf_p_owned, owner) =:= O1,
                        ets:info(cf_p_owned, named_table)]),
    p(name_clash, c(fun() -> ets:new(cf_p_owned, [named_table]) end)),
    p(whereis, ets:whereis(cf_p_owned) =/= undefined),
    M1 = monitor(process, O1),
    O1 ! {stop, normal},
    receive {'DOWN', M1, _, _, _} -> ok end,
    p(gone_after_normal_exit, [ets:info(cf_p_owned), c(fun() -> ets:lookup(cf_p_owned, key) end),
                               ets:whereis(cf_p_owned)]),
    %% the name is free again
    T2 = ets:new(cf_p_owned, [named_table]),
    p(name_reusable, [T2, ets:info(T2, owner) =:= self()]),
    ets:delete(T2),
    %% unnamed table dies with a killed owner
    O3 = owner(Self, [public]),
    T3 = receive {table, O3, Tab3} -> Tab3 end,
    p(unnamed_before, [ets:lookup(T3, key), ets:info(T3, named_table)]),
    M3 = monitor(process, O3),
    exit(O3, kill),
    receive {'DOWN', M3, _, _, _} -> ok end,
    p(unnamed_after_kill, [ets:info(T3), c(fun() -> ets:insert(T3, {x}) end)]),
    %% exit with a reason
    O4 = owner(Self, [public, bag]),
    T4 = receive {table, O4, Tab4} -> Tab4 end,
    M4 = monitor(process, O4),
    O4 ! {stop, {shutdown, done}},
    receive {'DOWN', M4, _, _, R4} -> p(owner_reason, R4) end,
    p(bag_after_exit, ets:info(T4)),
    %% tables of many short-lived processes are all reclaimed
    Before = length(ets:all()),
    Ps = [owner(Self, [public]) || _ <- lists:seq(1, 30)],
    Tabs = [receive {table, P, T} -> T end || P <- Ps],
    p(during, length(ets:all()) - Before),
    Ms = [monitor(process, P) || P <- Ps],
    [P ! {stop, normal} || P <- Ps],
    [receive {'DOWN', Mx, _, _, _} -> ok end || Mx <- Ms],
    p(after_all, [length(ets:all()) - Before, lists:usort([ets:info(T) || T <- Tabs])]),
    %% ets:delete by the owner, then access from another process
    T5 = ets:new(t5, [public]),
    ets:delete(T5),
    {_, M5} = spawn_monitor(fun() -> exit(c(fun() -> ets:lookup(T5, a) end)) end),
    p(deleted_elsewhere, receive {'DOWN', M5, _, _, R5} -> R5 end),
    %% ets:all/0 membership follows creation and deletion
    T6 = ets:new(t6, []),
    In = lists:member(T6, ets:all()),
    ets:delete(T6),
    p(all_membership, [In, lists:member(T6, ets:all())]),
    ok.
