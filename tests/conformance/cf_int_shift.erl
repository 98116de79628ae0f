-module(cf_int_shift).
-export([main/0, id/1]).

id(X) -> X.

bounds() ->
    lists:append([[(1 bsl K) - 1, 1 bsl K, (1 bsl K) + 1] || K <- [27, 28, 31, 32, 59, 60, 63, 64]]).

vals() -> [V || B <- bounds(), V <- [B, -B]].

main() ->
    I = fun ?MODULE:id/1,
    Shifts = [0, 1, 4, 27, 31, 32, 60, 63, 64, 65, 129, -1, -64],
    lists:foreach(
      fun(V0) ->
              V = I(V0),
              io:format("~w~n", [{V0, [V bsr I(S) || S <- Shifts]}]),
              io:format("~w~n", [{V0, 'bsl', [(V bsl I(S)) rem 1000000007 || S <- Shifts]}])
      end, vals()),
    io:format("~p~n", [{small, [{S, I(1) bsl S, I(-1) bsl S, I(-1) bsr S, I(1) bsr S} || S <- [0, 1, 27, 28, 59, 60, 63, 64]]}]),
    io:format("~p~n", [{huge_shift_right, [I(1 bsl 200) bsr I(1000), I(-(1 bsl 200)) bsr I(1000), I(5) bsr I(1 bsl 40)]}]),
    io:format("~p~n", [{roundtrip, lists:all(fun(X) -> X end,
                                             [(V bsl S) bsr S =:= V || V <- [I(X) || X <- vals()], S <- [1, 7, 33, 64, 100]])}]),
    io:format("~p~n", [{errors, [t(fun() -> I(1) bsl I(1.0) end), t(fun() -> I(1.0) bsr I(1) end),
                                  t(fun() -> I(1) bsl I(a) end), t(fun() -> I(1) bsl I(1 bsl 64) end)]}]),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
