-module(cf_p_selective).
-export([main/0, id/1]).

%% Selective receive: out-of-order matching, the save queue keeps the
%% original order of skipped messages, guards, bound variables in
%% patterns, and the mailbox order after several partial matches.

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

drain() -> receive M -> [M | drain()] after 0 -> [] end.

main() ->
    Self = self(),
    I = fun ?MODULE:id/1,
    %% take from the back, then the middle, then the rest in order
    [Self ! {m, N} || N <- lists:seq(1, 10)],
    Last = receive {m, 10} -> 10 end,
    Mid = receive {m, 5} -> 5 end,
    p(partial, {Last, Mid, drain()}),
    %% guards select the first message satisfying them in arrival order
    [Self ! X || X <- I([3, b, 8, "str", 15, c, 1, <<"bin">>])],
    G1 = receive N1 when is_integer(N1), N1 > 5 -> N1 end,
    G2 = receive N2 when is_list(N2) -> N2 end,
    G3 = receive N3 when is_integer(N3), N3 > 5 -> N3 end,
    G4 = receive N4 when is_binary(N4) -> N4 end,
    G5 = receive N5 when is_atom(N5) -> N5 end,
    p(guards, {[G1, G2, G3, G4, G5], drain()}),
    %% bound variable in the pattern
    [Self ! {key, K, K * 10} || K <- lists:seq(1, 5)],
    Want = I(4),
    p(bound_var, {receive {key, Want, V} -> V end, [K || {key, K, _} <- drain()]}),
    %% several clauses: the first *message* that matches any clause wins
    [Self ! X || X <- I([{z, 1}, {y, 2}, {x, 3}])],
    p(clause_vs_message_order, receive {x, A} -> {x, A}; {y, B} -> {y, B} end),
    p(rest, drain()),
    %% repeated selective receive scanning past the same prefix
    [Self ! {noise, N} || N <- lists:seq(1, 100)],
    [Self ! {sig, N} || N <- lists:seq(1, 10)],
    Sigs = [receive {sig, S} -> S end || _ <- lists:seq(1, 10)],
    Noise = drain(),
    p(scan_past_prefix, {Sigs, length(Noise), hd(Noise), lists:last(Noise)}),
    %% matching on a ref from make_ref
    Ref = make_ref(),
    Self ! {reply, make_ref(), wrong},
    Self ! {reply, Ref, right},
    p(ref_match, receive {reply, Ref, R} -> R end),
    p(ref_left, length(drain())),
    %% messages from two processes: each sender's order preserved under selection
    P1 = spawn(fun() -> [Self ! {p1, N} || N <- lists:seq(1, 50)] end),
    P2 = spawn(fun() -> [Self ! {p2, N} || N <- lists:seq(1, 50)] end),
    From2 = [receive {p2, N} -> N end || _ <- lists:seq(1, 50)],
    From1 = [receive {p1, N} -> N end || _ <- lists:seq(1, 50)],
    p(two_senders, {is_pid(P1) andalso is_pid(P2), From1 =:= lists:seq(1, 50), From2 =:= lists:seq(1, 50)}),
    %% receive with a map pattern and a binary pattern
    Self ! #{type => ping, n => 1},
    Self ! <<7, "payload">>,
    p(map_bin, [receive <<7, Rest/binary>> -> Rest end, receive #{type := ping, n := Nn} -> Nn end]),
    %% nested receive restores outer scanning
    Self ! outer_b, Self ! inner, Self ! outer_a,
    p(nested, receive outer_a -> receive inner -> [outer_a, inner] end end),
    p(after_nested, drain()),
    ok.
