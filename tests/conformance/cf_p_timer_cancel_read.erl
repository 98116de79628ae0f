-module(cf_p_timer_cancel_read).
-export([main/0]).

%% erlang:cancel_timer/1,2 and read_timer/1,2: result shapes (integer or
%% false), async/info options, cancelling fired and cancelled timers, and
%% that cancelled timers never deliver. Remaining milliseconds are only
%% compared, never printed.

p(T, V) -> io:format("~p~n", [{T, V}]).

c(F) -> try F() catch C:R -> {C, R} end.

shape(N) when is_integer(N), N >= 0 -> int;
shape(X) -> X.

%% (a receive with a clause: a bare `receive after` is exercised elsewhere)
sleep(Ms) -> receive {'$cf_never'} -> ok after Ms -> ok end.

flush() -> receive M -> [M | flush()] after 0 -> [] end.

main() ->
    Self = self(),
    T1 = erlang:send_after(5000, Self, t1),
    R1 = erlang:read_timer(T1),
    p(read_live, [shape(R1), R1 =< 5000]),
    C1 = erlang:cancel_timer(T1),
    p(cancel_live, [shape(C1), C1 =< 5000]),
    p(cancel_again, erlang:cancel_timer(T1)),
    p(read_cancelled, erlang:read_timer(T1)),
    %% fired timer: message is in the mailbox, cancel/read give false
    T2 = erlang:send_after(1, Self, t2),
    receive t2 -> ok end,
    p(fired, [erlang:read_timer(T2), erlang:cancel_timer(T2)]),
    %% start_timer cancel
    T3 = erlang:start_timer(5000, Self, t3),
    p(start_timer_cancel, [shape(erlang:cancel_timer(T3)), erlang:cancel_timer(T3)]),
    %% options: {info, false} returns ok, {async, true} sends a message
    T4 = erlang:send_after(5000, Self, t4),
    p(info_false, erlang:cancel_timer(T4, [{info, false}])),
    T5 = erlang:send_after(5000, Self, t5),
    ok = erlang:cancel_timer(T5, [{async, true}, {info, true}]),
    p(async_info, receive {cancel_timer, Ref, Res} -> {Ref =:= T5, shape(Res)} after 2000 -> timeout end),
    T6 = erlang:send_after(5000, Self, t6),
    erlang:cancel_timer(T6),
    ok = erlang:cancel_timer(T6, [{async, true}, {info, true}]),
    p(async_info_cancelled, receive {cancel_timer, Ref6, Res6} -> {Ref6 =:= T6, Res6} after 2000 -> timeout end),
    T7 = erlang:send_after(5000, Self, t7),
    ok = erlang:read_timer(T7, [{async, true}]),
    p(read_async, receive {read_timer, Ref7, Res7} -> {Ref7 =:= T7, shape(Res7)} after 2000 -> timeout end),
    erlang:cancel_timer(T7),
    %% remaining time decreases
    T8 = erlang:send_after(1000, Self, t8),
    A = erlang:read_timer(T8),
    sleep(30),
    B = erlang:read_timer(T8),
    p(decreasing, [A > B, A - B >= 20]),
    erlang:cancel_timer(T8),
    %% unknown refs give false
    p(unknown_ref, [erlang:cancel_timer(make_ref()), erlang:read_timer(make_ref())]),
    %% badarg
    p(badarg, [c(fun() -> erlang:cancel_timer(not_a_ref) end), c(fun() -> erlang:read_timer(42) end)]),
    %% cancelled timers never deliver
    Ts = [erlang:send_after(100, Self, {many, I}) || I <- lists:seq(1, 50)],
    [erlang:cancel_timer(T) || {I, T} <- lists:zip(lists:seq(1, 50), Ts), I rem 2 =:= 0],
    sleep(150),
    p(only_uncancelled, [I || {many, I} <- flush()]),
    p(mailbox_empty, flush()),
    ok.
