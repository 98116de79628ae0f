-module(cf_int_mul_div).
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
              io:format("~w~n", [{V0, V * 2, V * -3, V * V, V div 3, V rem 3, V div -7, V rem -7,
                                  V div V, (V * V) div V, V rem (1 bsl 32), V div (1 bsl 31)}])
      end, vals()),
    Vs = [I(V) || V <- vals()],
    io:format("~p~n", [{pair_products, [lists:sum([A * B || B <- Vs]) || A <- Vs]}]),
    io:format("~p~n", [{pair_divs, [lists:sum([A div B || B <- Vs]) || A <- Vs]}]),
    io:format("~p~n", [{pair_rems, [lists:sum([A rem B || B <- Vs]) || A <- Vs]}]),
    %% div/rem sign rules
    io:format("~p~n", [{signs, [{A div B, A rem B} || {A, B} <- [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 5}, {-1, 5}]]}]),
    %% overflow into bignum and back
    M = I(3037000499), %% floor(sqrt(2^63))
    io:format("~p~n", [{square_edge, [M * M, (M + 1) * (M + 1), (M * M) div M, ((M + 1) * (M + 1)) div (M + 1)]}]),
    io:format("~p~n", [{min64, [I(-(1 bsl 63)) div -1, I(-(1 bsl 63)) * -1, I(-(1 bsl 63)) rem -1,
                                I(-(1 bsl 59)) * I(-(1 bsl 59))]}]),
    %% errors
    io:format("~p~n", [{errors, [t(fun() -> I(1) div I(0) end), t(fun() -> I(1) rem I(0) end),
                                  t(fun() -> I(1 bsl 70) div I(0) end), t(fun() -> I(5) div I(2.0) end),
                                  t(fun() -> I(5.0) rem I(2) end), t(fun() -> I(a) * I(2) end),
                                  t(fun() -> I(1) / I(0) end), t(fun() -> I(0.0) / I(0.0) end)]}]),
    io:format("~p~n", [{slash, [I(7) / I(2), I(1 bsl 64) / I(2), I(-9) / I(3), I(1) / I(3)]}]),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
