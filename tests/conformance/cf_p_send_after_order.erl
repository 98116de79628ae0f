-module(cf_p_send_after_order).
-export([main/0]).

%% erlang:send_after/3,4: timers with equal times fire in creation order,
%% timers with clearly different times fire by time, timers to names,
%% to dead pids, and ordering relative to ordinary messages.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

collect(0) -> [];
collect(N) -> receive {t, X} -> [X | collect(N - 1)] after 2000 -> [timeout] end.

main() ->
    Self = self(),
    %% equal times: creation order
    [erlang:send_after(10, Self, {t, I}) || I <- lists:seq(1, 20)],
    p(equal_times, collect(20)),
    %% zero timeouts: creation order too
    [erlang:send_after(0, Self, {t, I}) || I <- lists:seq(1, 10)],
    p(zero_times, collect(10)),
    %% different times (>= 20 ms apart) created in reverse
    [erlang:send_after(T, Self, {t, T}) || T <- [100, 75, 50, 25, 1]],
    p(by_time, collect(5)),
    %% mixed: pairs with equal times interleaved with later ones
    erlang:send_after(60, Self, {t, c1}),
    erlang:send_after(10, Self, {t, a1}),
    erlang:send_after(35, Self, {t, b1}),
    erlang:send_after(10, Self, {t, a2}),
    erlang:send_after(60, Self, {t, c2}),
    erlang:send_after(35, Self, {t, b2}),
    p(mixed, collect(6)),
    %% a message sent directly arrives before a 30 ms timer
    erlang:send_after(30, Self, {t, timer}),
    Self ! {t, direct},
    p(direct_first, collect(2)),
    %% to a registered name
    register(cf_p_sa_name, Self),
    erlang:send_after(5, cf_p_sa_name, {t, by_name}),
    p(by_name, collect(1)),
    unregister(cf_p_sa_name),
    %% to a name that is not registered when the timer fires: silently dropped
    erlang:send_after(5, cf_p_sa_nobody, {t, lost}),
    p(unregistered_name, receive {t, lost} -> got after 50 -> none end),
    %% to a dead pid: the timer is created and the message vanishes
    {D, DM} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', DM, _, _, _} -> ok end,
    TR = erlang:send_after(5, D, {t, dead}),
    p(dead_pid, [is_reference(TR), erlang:read_timer(TR) =:= false orelse is_integer(erlang:read_timer(TR))]),
    %% send_after/4 with options
    R4 = erlang:send_after(10, Self, {t, opt4}, [{abs, false}]),
    p(send_after_4, [is_reference(R4), collect(1)]),
    Abs = erlang:monotonic_time(millisecond) + 15,
    erlang:send_after(Abs, Self, {t, absolute}, [{abs, true}]),
    p(absolute, collect(1)),
    %% badarg
    p(badarg, [c(fun() -> erlang:send_after(-1, Self, x) end), c(fun() -> erlang:send_after(a, Self, x) end),
               c(fun() -> erlang:send_after(10, 42, x) end)]),
    %% big message payload survives
    Big = lists:seq(1, 1000),
    erlang:send_after(1, Self, {t, Big}),
    p(big_payload, collect(1) =:= [Big]),
    ok.
