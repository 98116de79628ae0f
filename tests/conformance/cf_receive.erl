-module(cf_receive).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

drain() -> receive M -> [M | drain()] after 0 -> [] end.

main() ->
    I = fun ?MODULE:id/1,
    Self = self(),
    %% messages of many types round-trip through the mailbox unchanged
    Msgs = [atom, 42, -1 bsl 70, 3.5, "string", <<"binary">>, <<1:3>>, {tuple, [list]}, #{map => 1},
            lists:seq(1, 50), binary:copy(<<"big">>, 1000), [], {}],
    [Self ! {msg, N, M} || {N, M} <- lists:zip(lists:seq(1, length(Msgs)), Msgs)],
    Got = [receive {msg, N, M} -> M after 1000 -> timeout end || N <- lists:seq(1, length(Msgs))],
    p(roundtrip, Got =:= Msgs),
    %% receive with guards picks the first matching message in arrival order
    [Self ! X || X <- I([5, a, 12, b, 7, 30])],
    R1 = receive N1 when is_integer(N1), N1 > 10 -> N1 end,
    R2 = receive A1 when is_atom(A1) -> A1 end,
    R3 = receive N2 when is_integer(N2), N2 > 10 -> N2 end,
    p(guarded, {R1, R2, R3, drain()}),
    %% multiple patterns in one receive
    [Self ! X || X <- I([{c, 3}, {b, 2}, {a, 1}])],
    First = receive {a, V} -> {a, V}; {b, V} -> {b, V} end,
    p(multi_pattern, {First, drain()}),
    %% after with timeout 0 and with an infinity alternative that never waits
    p(after0, receive _ -> unexpected after 0 -> empty end),
    Self ! ready,
    p(after_infinity_ready, receive ready -> got_ready after infinity -> never end),
    %% timeout values as variables
    T = I(10),
    p(after_var, receive nope -> nope after T -> timed_out end),
    %% message sent from another process and reply correlation with refs
    Ref = make_ref(),
    spawn(fun() -> Self ! {other_ref, ignore}, Self ! {Ref, answer} end),
    p(ref_match, receive {Ref, A} -> A after 5000 -> timeout end),
    p(leftover, receive {other_ref, X2} -> X2 after 5000 -> timeout end),
    %% large mailbox then selective receive from the end
    [Self ! {n, N} || N <- lists:seq(1, I(5000))],
    Last = receive {n, 5000} -> last end,
    p(large_mailbox, {Last, length(drain())}),
    %% nested receive
    Self ! outer, Self ! inner,
    p(nested, receive outer -> receive inner -> both end end),
    %% receive in a loop with accumulator and stop message
    spawn(fun() -> [Self ! {item, N} || N <- lists:seq(1, 10)], Self ! stop end),
    p(loop, loop([])),
    %% sending to self within a receive clause body
    Self ! ping,
    p(self_send, receive ping -> Self ! pong, receive pong -> pingpong end end),
    %% erlang:send/2 and the ! return value
    p(send_return, [Self ! I(ret), erlang:send(Self, I(ret2)), drain()]),
    ok.

loop(Acc) ->
    receive
        {item, N} -> loop([N | Acc]);
        stop -> lists:reverse(Acc)
    after 5000 -> timeout
    end.
