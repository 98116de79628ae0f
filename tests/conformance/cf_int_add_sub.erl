-module(cf_int_add_sub).
-export([main/0, id/1]).

id(X) -> X.

bounds() ->
    lists:append([[(1 bsl K) - 1, 1 bsl K, (1 bsl K) + 1] || K <- [27, 28, 31, 32, 59, 60, 63, 64]]).

vals() -> [V || B <- bounds(), V <- [B, -B]].

main() ->
    I = fun ?MODULE:id/1,
    lists:foreach(
      fun(V0) ->
              V = I(V0),
              io:format("~w~n", [{V0, V + 1, V - 1, 1 - V, V + V, V - V, -V, V + (-V - 1),
                                  V + I(1.0) == V, is_integer(V + 1)}])
      end, vals()),
    %% pairwise: sum over all partners, exact with bignums
    Vs = [I(V) || V <- vals()],
    io:format("~p~n", [{pair_sums, [lists:sum([A + B || B <- Vs]) || A <- Vs]}]),
    io:format("~p~n", [{pair_diffs, [lists:sum([A - B || B <- Vs]) rem 1000000007 || A <- Vs]}]),
    %% crossing the small-int boundary in both directions (60-bit tagged on 64-bit)
    S = I(576460752303423487),
    io:format("~p~n", [{cross, [S + 1, S + 2, -S - 1, -S - 2, (S + 1) - 1, (-S - 2) + 1, (S + 1) - (S + 1)]}]),
    io:format("~p~n", [{cross_types, [is_integer((S + 1) - 1), (S + 1) - 1 =:= S, (S + S) - S =:= S]}]),
    %% mixed integer/float
    io:format("~p~n", [{mixed, [I(1 bsl 64) + 0.5, I(1 bsl 53) + 1.0, I(-(1 bsl 63)) - 1.0, I(3) - 0.5]}]),
    %% errors
    io:format("~p~n", [{errors, [t(fun() -> I(1) + I(a) end), t(fun() -> I(1 bsl 64) - I("1") end),
                                  t(fun() -> -I(x) end), t(fun() -> +I(y) end), t(fun() -> I([]) + I([]) end)]}]),
    io:format("~p~n", [{unary_plus, [+I(5), +I(-5), +I(2.5), +I(1 bsl 70)]}]),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
