-module(cf_p_timer_mod).
-export([main/0, notify/2]).

%% The timer module: sleep, apply_after, send_after, send_interval with
%% cancel, exit_after/kill_after, tc (only the result), and the shapes of
%% the return values ({ok, TRef}; cancel results) without printing refs.

p(T, V) -> io:format("~p~n", [{T, V}]).

notify(Pid, Msg) -> Pid ! {notified, Msg}.

flush() -> receive M -> [M | flush()] after 0 -> [] end.

main() ->
    Self = self(),
    p(sleep, timer:sleep(5)),
    p(sleep_zero, timer:sleep(0)),
    {ok, _} = timer:apply_after(10, ?MODULE, notify, [Self, applied]),
    p(apply_after, receive {notified, M1} -> M1 after 2000 -> timeout end),
    {ok, _} = timer:send_after(10, {plain, sent}),
    p(send_after_self, receive {plain, X} -> X after 2000 -> timeout end),
    {ok, _} = timer:send_after(10, Self, {plain, sent2}),
    p(send_after_pid, receive {plain, Y} -> Y after 2000 -> timeout end),
    %% send_interval: receive three ticks, cancel, no more ticks
    {ok, TRef} = timer:send_interval(20, tick),
    Ticks = [receive tick -> tick after 2000 -> timeout end || _ <- [1, 2, 3]],
    p(interval_ticks, Ticks),
    p(cancel, timer:cancel(TRef)),
    %% ticks sent before the cancel returned are already queued: drop them
    _ = [T || tick = T <- flush()],
    receive {'$cf_never'} -> ok after 60 -> ok end,
    p(no_ticks_after_cancel, [T || tick = T <- flush()]),
    %% cancelling a fired one-shot timer and a bad ref
    {ok, T2} = timer:send_after(1, fired),
    receive fired -> ok end,
    p(cancel_fired, element(1, timer:cancel(T2))),
    p(cancel_bad, timer:cancel(not_a_tref)),
    %% cancel a pending one-shot: message never comes
    {ok, T3} = timer:send_after(40, never),
    p(cancel_pending, timer:cancel(T3)),
    p(pending_cancelled, receive never -> arrived after 80 -> none end),
    %% apply_interval
    {ok, T4} = timer:apply_interval(15, ?MODULE, notify, [Self, again]),
    p(apply_interval, [receive {notified, again} -> again after 2000 -> timeout end || _ <- [1, 2]]),
    timer:cancel(T4),
    receive {'$cf_never'} -> ok after 40 -> ok end,
    flush(),
    %% exit_after / kill_after
    process_flag(trap_exit, true),
    Victim = spawn_link(fun() -> receive never -> ok end end),
    {ok, _} = timer:exit_after(10, Victim, {shutdown, timed}),
    p(exit_after, receive {'EXIT', Victim, R} -> R after 2000 -> timeout end),
    Victim2 = spawn_link(fun() -> process_flag(trap_exit, true), receive never -> ok end end),
    {ok, _} = timer:kill_after(10, Victim2),
    p(kill_after, receive {'EXIT', Victim2, R2} -> R2 after 2000 -> timeout end),
    process_flag(trap_exit, false),
    %% tc
    {Time, Val} = timer:tc(lists, seq, [1, 5]),
    p(tc, {is_integer(Time), Time >= 0, Val}),
    {_, Val2} = timer:tc(fun() -> lists:sum([1, 2, 3]) end),
    p(tc_fun, Val2),
    %% unit conversions
    p(conversions, [timer:seconds(2), timer:minutes(1), timer:hours(1), timer:hms(1, 2, 3)]),
    ok.
