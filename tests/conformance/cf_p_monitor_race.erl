-module(cf_p_monitor_race).
-export([main/0]).

%% Monitor races: monitoring processes that exit immediately (either
%% DOWN with the real reason or noproc, never both, never none), links
%% and monitors from many short-lived processes, and spawn_monitor.

p(T, V) -> io:format("~p~n", [{T, V}]).

classify(normal) -> real;
classify(quick) -> real;
classify(noproc) -> noproc;
classify(Other) -> {unexpected, Other}.

main() ->
    N = 300,
    %% exactly one DOWN per monitor, with the real reason or noproc
    Results = [begin
                   P = spawn(fun() -> exit(quick) end),
                   M = monitor(process, P),
                   R = receive {'DOWN', M, process, P, Why} -> classify(Why) after 2000 -> timeout end,
                   Extra = receive {'DOWN', M, _, _, _} -> duplicate after 0 -> none end,
                   {R, Extra}
               end || _ <- lists:seq(1, N)],
    Kinds = lists:usort([K || {K, _} <- Results]),
    p(race_kinds_subset, lists:all(fun(K) -> lists:member(K, [real, noproc]) end, Kinds)),
    p(race_no_duplicates, lists:usort([E || {_, E} <- Results])),
    %% spawn_monitor never reports noproc: the monitor is set atomically
    SM = [begin
              {P, M} = spawn_monitor(fun() -> exit(quick) end),
              receive {'DOWN', M, process, P, Why} -> Why after 2000 -> timeout end
          end || _ <- lists:seq(1, N)],
    p(spawn_monitor_reasons, lists:usort(SM)),
    %% spawn_monitor/3 with MFA
    {P3, M3} = spawn_monitor(erlang, exit, [mfa_reason]),
    p(spawn_monitor_mfa, receive {'DOWN', M3, process, P3, W3} -> W3 after 2000 -> timeout end),
    %% many processes monitored at once, collected in any order
    Self = self(),
    Pairs = [spawn_monitor(fun() -> receive go -> exit({done, I}) end end) || I <- lists:seq(1, 100)],
    [P ! go || {P, _} <- Pairs],
    Downs = [receive {'DOWN', M, process, P, {done, I}} -> I after 2000 -> timeout end || {P, M} <- Pairs],
    p(many_downs, Downs =:= lists:seq(1, 100)),
    %% a process that monitors its parent and the parent exits
    Child = spawn(fun() ->
        Parent = receive {parent, PP} -> PP end,
        M = monitor(process, Parent),
        Self ! monitoring,
        receive {'DOWN', M, process, Parent, R} -> Self ! {child_saw, R} end
    end),
    Parent = spawn(fun() -> receive die -> exit(parent_died) end end),
    Child ! {parent, Parent},
    receive monitoring -> ok end,
    Parent ! die,
    p(child_saw, receive {child_saw, R} -> R after 2000 -> timeout end),
    %% monitor a process that is being killed right now
    K = spawn(fun() -> receive never -> ok end end),
    exit(K, kill),
    MK = monitor(process, K),
    p(monitor_while_killed, receive {'DOWN', MK, process, K, WK} -> lists:member(WK, [killed, noproc]) after 2000 -> timeout end),
    ok.
