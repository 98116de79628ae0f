-module(cf_p_start_timer).
-export([main/0]).

%% erlang:start_timer/3,4: the {timeout, Ref, Msg} message shape (refs
%% compared with =:=), ordering with send_after, timers owned by another
%% process, and receive-based timeouts built on timers.

p(T, V) -> io:format("~p~n", [{T, V}]).

main() ->
    Self = self(),
    R1 = erlang:start_timer(5, Self, hello),
    p(shape, receive {timeout, R0, Msg} -> {R0 =:= R1, Msg} after 2000 -> timeout end),
    %% several start_timers with equal time deliver in creation order
    Refs = [erlang:start_timer(10, Self, I) || I <- lists:seq(1, 10)],
    Got = [receive {timeout, R, M} -> {R =:= Ref, M} after 2000 -> timeout end || Ref <- Refs],
    p(equal_order, Got),
    %% mixed start_timer and send_after at different times
    erlang:send_after(40, Self, {plain, late}),
    TR = erlang:start_timer(10, Self, early),
    First = receive X1 -> X1 after 2000 -> timeout end,
    Second = receive X2 -> X2 after 2000 -> timeout end,
    p(mixed, [case First of {timeout, TR, early} -> timer_early; _ -> First end, Second]),
    %% selective receive by timer ref
    A = erlang:start_timer(10, Self, a),
    B = erlang:start_timer(30, Self, b),
    p(by_ref, [receive {timeout, B, V} -> V after 2000 -> timeout end,
               receive {timeout, A, V2} -> V2 after 0 -> not_yet end]),
    %% timer to another process: it receives the {timeout, Ref, Msg} tuple
    Other = spawn(fun() -> receive {timeout, R, M} -> Self ! {other_got, R, M} end end),
    OR = erlang:start_timer(5, Other, for_other),
    p(other, receive {other_got, R3, M3} -> {R3 =:= OR, M3} after 2000 -> timeout end),
    %% absolute start_timer
    At = erlang:monotonic_time(millisecond) + 10,
    AR = erlang:start_timer(At, Self, absolute, [{abs, true}]),
    p(absolute, receive {timeout, AR, M4} -> M4 after 2000 -> timeout end),
    %% timers to a process that dies are cancelled with it
    Dying = spawn(fun() -> receive die -> ok end end),
    DR = erlang:start_timer(5000, Dying, never),
    MD = monitor(process, Dying),
    Dying ! die,
    receive {'DOWN', MD, _, _, _} -> ok end,
    p(dead_owner_target, erlang:read_timer(DR) =:= false orelse is_integer(erlang:read_timer(DR))),
    erlang:cancel_timer(DR),
    %% a timer created by a process that then exits still fires (owner is the target)
    spawn(fun() -> erlang:start_timer(10, Self, from_dead_creator) end),
    p(creator_exits, receive {timeout, _, from_dead_creator} -> fired after 2000 -> timeout end),
    %% timeout message with a complex payload
    Payload = {a, [1, 2, 3], <<"bin">>, #{k => v}},
    PR = erlang:start_timer(1, Self, Payload),
    p(payload, receive {timeout, PR, P} -> P =:= Payload after 2000 -> timeout end),
    ok.
